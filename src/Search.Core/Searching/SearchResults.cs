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

    /// <summary>A remark about how the query was understood (for example a fallback), or null.</summary>
    public string? Notice { get; init; }
}
