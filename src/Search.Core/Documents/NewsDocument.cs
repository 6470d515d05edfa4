namespace Search.Core.Documents;

/// <summary>
/// One news article as the engine sees it: cleaned text, publication date and the entities found in it.
/// </summary>
/// <remarks>Immutable. Text is Unicode in normalisation form C; paragraphs are separated by a blank line.</remarks>
public sealed record NewsDocument
{
    /// <summary>Identifier: the path relative to the seeds folder, with <c>/</c> separators (any string for documents given as objects).</summary>
    public required string Id { get; init; }

    /// <summary>Publication date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Headline; empty when the article has none.</summary>
    public required string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title), "Title cannot be null."); }

    /// <summary>Article text without the headline, lead paragraph first.</summary>
    public required string Body { get; init => field = value ?? throw new ArgumentNullException(nameof(Body), "Body cannot be null."); }

    /// <summary>Persons and organisations acting in the article, canonical forms, in order of first mention.</summary>
    public IReadOnlyList<string> Actors { get; init => field = value is null ? throw new ArgumentNullException(nameof(Actors), "Actors cannot be null.") : [.. value]; } = [];

    /// <summary>
    /// The <see cref="Actors"/> that are persons. The actor facet counts a bare name ("Stoiber", "Thaksin") under the
    /// one full person name of the index it may stand for ("Edmund Stoiber", "Thaksin Shinawatra"); names not listed
    /// here are never merged.
    /// </summary>
    public IReadOnlyList<string> Persons { get; init => field = value is null ? throw new ArgumentNullException(nameof(Persons), "Persons cannot be null.") : [.. value]; } = [];

    /// <summary>Geographic places named in the article, canonical forms, in order of first mention.</summary>
    public IReadOnlyList<string> Locations { get; init => field = value is null ? throw new ArgumentNullException(nameof(Locations), "Locations cannot be null.") : [.. value]; } = [];

    /// <summary>The file the article was read from, when it came from a file.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Hex SHA-256 of the source bytes (or of the text for documents given as objects); used to detect changes.</summary>
    public string ContentHash { get; init => field = value ?? throw new ArgumentNullException(nameof(ContentHash), "ContentHash cannot be null."); } = "";

    /// <summary>The first paragraph of <see cref="Body"/>.</summary>
    public string Lead
    {
        get
        {
            var end = Body.IndexOf("\n\n", StringComparison.Ordinal);
            return end < 0 ? Body : Body[..end];
        }
    }
}
