namespace Search.Core.Searching;

/// <summary>A query with its filters, order, page and facet settings.</summary>
/// <remarks>
/// Immutable (the lists are copies of the ones given); use <c>with</c> to derive a changed request. Within one facet dimension the selected values are
/// ORed; dimensions (and the date range) are ANDed. <see cref="From"/> and <see cref="To"/> are both inclusive.
/// Exclusions (<see cref="ExcludeActors"/>, <see cref="ExcludeLocations"/>, <see cref="ExcludeDates"/>) leave out
/// every document that has any excluded value, whatever else it matches. Actor and location values match a
/// document's value ignoring case, accents and umlaut spelling ("angela merkel" matches "Angela Merkel", "Zurich"
/// and "Zuerich" match "Zürich") and as a whole, as the facets count them; <c>actor:</c> and <c>location:</c> in the
/// query text match words of a value instead (<c>location:Berlin</c> also finds "Berlin-Moabit").
/// Two requests are equal when all their settings are, the lists compared value by value in order, so a request can
/// serve as a cache key.
/// </remarks>
public sealed record SearchRequest
{
    /// <summary>The query text (see the README for the syntax). Empty matches every document.</summary>
    public string Text { get; init; } = "";

    /// <summary>Only documents naming at least one of these actors.</summary>
    public IReadOnlyList<string> Actors { get; init => field = value is null ? null! : [.. value]; } = [];

    /// <summary>Only documents naming at least one of these locations.</summary>
    public IReadOnlyList<string> Locations { get; init => field = value is null ? null! : [.. value]; } = [];

    /// <summary>Leaves out every document naming any of these actors (Kibana's "filter out").</summary>
    public IReadOnlyList<string> ExcludeActors { get; init => field = value is null ? null! : [.. value]; } = [];

    /// <summary>Leaves out every document naming any of these locations.</summary>
    public IReadOnlyList<string> ExcludeLocations { get; init => field = value is null ? null! : [.. value]; } = [];

    /// <summary>Leaves out every document published within any of these spans.</summary>
    public IReadOnlyList<DateSpan> ExcludeDates { get; init => field = value is null ? null! : [.. value]; } = [];

    /// <summary>Earliest publication date, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest publication date, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Order of the hits.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Hits to skip (paging). Must not be negative.</summary>
    public int Skip { get; init; }

    /// <summary>Hits to return. Must not be negative. Default 10.</summary>
    public int Take { get; init; } = 10;

    /// <summary>Values to return per facet dimension (actor, location). Default 10; 0 turns facet counting off.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>
    /// Significant values to return per dimension (actor, location): those far more common among the hits than in
    /// the whole index (see <see cref="SearchResults.Significant"/>). Default 0: not computed.
    /// </summary>
    public int SignificantSize { get; init; }

    /// <summary>Snippets per hit, at most. Default 2; 0 turns highlighting off (no snippets, no title highlights).</summary>
    public int MaxSnippets { get; init; } = 2;

    /// <summary>Approximate length of one snippet in characters: at least 20, default 160.</summary>
    public int SnippetLength { get; init; } = 160;

    /// <summary>What to do when the text cannot be parsed. Default <see cref="SyntaxErrorHandling.Throw"/>.</summary>
    public SyntaxErrorHandling OnSyntaxError { get; init; } = SyntaxErrorHandling.Throw;

    /// <summary>Whether each hit carries <see cref="SearchHit.Explanation"/>, an account of its score. Default false (it costs time).</summary>
    public bool Explain { get; init; }

    /// <summary>
    /// Documents like this text ("more like this"): its most telling words (frequent in the text, rare in the index;
    /// at most 25) are searched, any of them, so an article's text finds that article first and then its neighbours.
    /// Null or blank for none. With <see cref="Text"/> as well, documents must match both.
    /// </summary>
    public string? LikeText { get; init; }

    /// <summary>
    /// A <see cref="Text"/> longer than this many characters is no query but a pasted text, and is searched as
    /// <see cref="LikeText"/> (saying so in <see cref="SearchResults.NoticeKind"/>), unless it uses operators
    /// (AND, OR, NOT, +word, -word, a field name) or is one quotation as a whole: a query written with operators, or a
    /// quotation to check, is searched as written.
    /// </summary>
    public const int LongTextCharacters = 300;

    /// <summary>A <see cref="Text"/> of more than this many words is searched as <see cref="LikeText"/>, as with <see cref="LongTextCharacters"/>.</summary>
    public const int LongTextWords = 40;

    /// <summary>
    /// Whether <paramref name="text"/> as <see cref="Text"/> is searched as a pasted text ("more like this", notice
    /// <see cref="QueryNoticeKind.LongTextAsLike"/>) rather than as a query: longer than <see cref="LongTextCharacters"/>
    /// characters or <see cref="LongTextWords"/> words, with no operators, <c>+</c>/<c>-</c> words or field names, and not
    /// one quotation as a whole (<c>"…"</c> or <c>„…“</c>: a quotation to check is a phrase however long). A user
    /// interface that shows a pasted text as a short label asks this first, so that a long query stays a query.
    /// </summary>
    public static bool ReadsAsPastedText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Queries.UnderstoodQuery.IsLongText(text) && !Queries.UnderstoodQuery.HasOperators(text) && !Queries.QueryParser.IsOneQuotation(text);
    }

    /// <summary>Creates a request for <paramref name="text"/> with default settings.</summary>
    public static SearchRequest For(string text) => new() { Text = text };

    /// <summary>Whether both requests ask the same: every setting equal, the lists value by value in order.</summary>
    public bool Equals(SearchRequest? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Text == other.Text && From == other.From && To == other.To && Sort == other.Sort && Skip == other.Skip && Take == other.Take
                && FacetSize == other.FacetSize && SignificantSize == other.SignificantSize && MaxSnippets == other.MaxSnippets
                && SnippetLength == other.SnippetLength && OnSyntaxError == other.OnSyntaxError && Explain == other.Explain
                && LikeText == other.LikeText && SameValues(Actors, other.Actors) && SameValues(Locations, other.Locations)
                && SameValues(ExcludeActors, other.ExcludeActors) && SameValues(ExcludeLocations, other.ExcludeLocations)
                && SameValues(ExcludeDates, other.ExcludeDates)));

    /// <summary>A hash of every setting, the lists' values included (equal requests hash alike).</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Text);
        hash.Add(From);
        hash.Add(To);
        hash.Add(Sort);
        hash.Add(Skip);
        hash.Add(Take);
        hash.Add(FacetSize);
        hash.Add(SignificantSize);
        hash.Add(MaxSnippets);
        hash.Add(SnippetLength);
        hash.Add(OnSyntaxError);
        hash.Add(Explain);
        hash.Add(LikeText);
        AddValues(ref hash, Actors);
        AddValues(ref hash, Locations);
        AddValues(ref hash, ExcludeActors);
        AddValues(ref hash, ExcludeLocations);
        AddValues(ref hash, ExcludeDates);
        return hash.ToHashCode();
    }

    private static bool SameValues<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    private static void AddValues<T>(ref HashCode hash, IReadOnlyList<T>? values)
    {
        hash.Add(values?.Count ?? -1);
        foreach (var value in values ?? [])
        {
            hash.Add(value);
        }
    }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Text);
        ArgumentNullException.ThrowIfNull(Actors);
        ArgumentNullException.ThrowIfNull(Locations);
        ArgumentNullException.ThrowIfNull(ExcludeActors);
        ArgumentNullException.ThrowIfNull(ExcludeLocations);
        ArgumentNullException.ThrowIfNull(ExcludeDates);
        ArgumentOutOfRangeException.ThrowIfNegative(Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(Take);
        ArgumentOutOfRangeException.ThrowIfNegative(FacetSize);
        ArgumentOutOfRangeException.ThrowIfNegative(SignificantSize);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxSnippets);
        ArgumentOutOfRangeException.ThrowIfLessThan(SnippetLength, 20);
        if (From is { } from && To is { } to && from > to)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The date range is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}."));
        }

        if (!Enum.IsDefined(Sort))
        {
            throw new ArgumentOutOfRangeException(nameof(Sort), Sort, "Sort is not one of the SearchSort values.");
        }

        if (!Enum.IsDefined(OnSyntaxError))
        {
            throw new ArgumentOutOfRangeException(nameof(OnSyntaxError), OnSyntaxError, "OnSyntaxError is not one of the SyntaxErrorHandling values.");
        }

        NoEmptyValues(Actors, nameof(Actors));
        NoEmptyValues(Locations, nameof(Locations));
        NoEmptyValues(ExcludeActors, nameof(ExcludeActors));
        NoEmptyValues(ExcludeLocations, nameof(ExcludeLocations));
        foreach (var span in ExcludeDates)
        {
            if (span is null)
            {
                throw new ArgumentException("ExcludeDates holds a null span.", nameof(ExcludeDates));
            }

            if (span.From > span.To)
            {
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"An excluded date span is empty: from {span.From:yyyy-MM-dd} is after to {span.To:yyyy-MM-dd}."), nameof(ExcludeDates));
            }
        }
    }

    private static void NoEmptyValues(IReadOnlyList<string> values, string name)
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException($"{name} holds a null value.", name);
            }

            if (value.Trim().Length == 0)
            {
                throw new ArgumentException($"{name} holds an empty value; a filter names an actor or a location, such as \"Angela Merkel\" or \"Berlin\".", name);
            }

            if (Documents.UnicodeText.HasLoneSurrogate(value))
            {
                throw new ArgumentException($"{name} holds a value with half a character (a lone UTF-16 surrogate, such as an emoji cut off): '{Documents.UnicodeText.WithoutLoneSurrogates(value)}'.", name);
            }
        }
    }
}
