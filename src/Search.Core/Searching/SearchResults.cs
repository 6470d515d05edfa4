using Lucene.Net.Search;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>The fully materialised answer to a <see cref="SearchRequest"/>.</summary>
public sealed record SearchResults
{
    /// <summary>The request that was answered.</summary>
    public required SearchRequest Request { get; init; }

    /// <summary>All documents matching the query and filters.</summary>
    public required int TotalHits { get; init; }

    /// <summary>The requested page of hits.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Facet counts.</summary>
    public FacetResults Facets { get; init; } = FacetResults.Empty;

    /// <summary>
    /// Actors and locations far more common among the hits than in the whole index, when
    /// <see cref="SearchRequest.SignificantSize"/> asked for them; otherwise empty lists. Never null.
    /// </summary>
    public SignificantResults Significant { get; init; } = SignificantResults.Empty;

    /// <summary>Time taken by the search.</summary>
    public TimeSpan Took { get; init; }

    /// <summary>A corrected query when the query found little and a nearby spelling finds more; otherwise null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// Set when the query text could not be parsed and <see cref="SearchRequest.OnSyntaxError"/> asked for the plain
    /// words to be searched instead; null otherwise.
    /// </summary>
    public QuerySyntaxError? SyntaxError { get; init; }

    /// <summary>A remark about how the query was understood (for example a fallback), in English, or null.</summary>
    public string? Notice { get; init; }

    /// <summary>What <see cref="Notice"/> says, for a user interface that writes its own text; null without a notice.</summary>
    public QueryNoticeKind? NoticeKind { get; init; }

    /// <summary>The word or words a notice is about (see <see cref="QueryNoticeKind"/>), or empty.</summary>
    public string NoticeArgument { get; init; } = "";

    /// <summary>The query as searched, for marking matches in whole texts; null for match-all.</summary>
    internal Query? HighlightQuery { get; init; }

    /// <summary>
    /// The ranges of <paramref name="text"/> that the searched query matches, with the same analysis as the snippets
    /// (stemmed forms and compound parts mark too), for showing a whole article with its matches.
    /// </summary>
    /// <remarks>Thread-safe; reads nothing from the index.</remarks>
    public IReadOnlyList<HighlightRange> MarkMatches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SnippetBuilder.MarkAll(HighlightQuery, null, text);
    }
}
