using System.Globalization;
using System.Text;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// What a document given as an object must hold for the index to take it: an id and entity values the index can
/// keep as single terms (Lucene refuses a term of more than 32,766 bytes, and the refusal would fail the whole call).
/// </summary>
internal static class DocumentChecks
{
    /// <summary>Longest id, in characters.</summary>
    public const int MaxIdLength = 1_000;

    /// <summary>Longest actor, person or location value, in characters.</summary>
    public const int MaxValueLength = 1_000;

    /// <summary>Throws <see cref="ArgumentException"/> (for <paramref name="parameter"/>) naming the document and what is wrong with it.</summary>
    public static void Check(NewsDocument document, string parameter, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(document, parameter);
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException("A document has an empty Id; every document needs one (its file's path, or any unique text).", parameter);
        }

        if (document.Id.Length > MaxIdLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The document '{Start(document.Id)}…' has an Id of {document.Id.Length:N0} characters; an Id may have at most {MaxIdLength:N0}."), parameter);
        }

        if (UnicodeText.HasLoneSurrogate(document.Id))
        {
            throw new ArgumentException($"The document '{document.Id}' has an Id with half a character (a lone UTF-16 surrogate); the index could keep it only as U+FFFD, so the Id would not come back as given.", parameter);
        }

        if (DocumentReader.ImplausibleDate(document.Date, clock) is { } why)
        {
            // A file with such a date is rejected; one given as an object stood first under "newest" for ever (9999).
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The document '{document.Id}' has the date {document.Date:yyyy-MM-dd}, {why}; a file with that date would be rejected too."), parameter);
        }

        CheckValues(document, document.Actors, nameof(NewsDocument.Actors), parameter);
        CheckValues(document, document.Persons, nameof(NewsDocument.Persons), parameter);
        CheckValues(document, document.Locations, nameof(NewsDocument.Locations), parameter);
    }

    private static void CheckValues(NewsDocument document, IReadOnlyList<string> values, string property, string parameter)
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException($"The document '{document.Id}' has a null value in {property}.", parameter);
            }

            if (value.Length > MaxValueLength)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The document '{document.Id}' has a value of {value.Length:N0} characters in {property} ('{Start(value)}…'); a value may have at most {MaxValueLength:N0}."),
                    parameter);
            }
        }
    }

    /// <summary>
    /// The document with its headline, text and entity values in composed form (NFC), as articles read from files are:
    /// "Mu\u0308nchen" (decomposed) is "München", which queries are folded to. The same document when all are composed.
    /// </summary>
    public static NewsDocument Composed(NewsDocument document)
    {
        if (IsComposed(document.Title) && IsComposed(document.Body) && document.Actors.All(IsComposed) && document.Locations.All(IsComposed) && document.Persons.All(IsComposed))
        {
            return document;
        }

        return document with
        {
            Title = Compose(document.Title),
            Body = Compose(document.Body),
            Actors = [.. document.Actors.Select(Compose)],
            Locations = [.. document.Locations.Select(Compose)],
            Persons = [.. document.Persons.Select(Compose)],
        };
    }

    private static bool IsComposed(string text) => UnicodeText.HasLoneSurrogate(text) || text.IsNormalized(NormalizationForm.FormC);

    private static string Compose(string text) => IsComposed(text) ? text : text.Normalize(NormalizationForm.FormC);

    private static string Start(string text) => text.Length <= 40 ? text : text[..40];
}
