using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>The view-model's backend over a <see cref="SearchIndex"/> (which is thread-safe), open or still opening.</summary>
public sealed class SearchIndexBackend : ISearchBackend
{
    private readonly Task<SearchIndex> _index;

    /// <summary>Over an open index.</summary>
    public SearchIndexBackend(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = Task.FromResult(index);
    }

    /// <summary>
    /// Over an index still being opened, so the window need not wait for it (issue 16): each call waits for the
    /// opening and throws what it threw. The view model calls the backend from its background work only.
    /// </summary>
    public SearchIndexBackend(Task<SearchIndex> opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        _index = opening;
    }

    private SearchIndex Index => _index.GetAwaiter().GetResult();

    public SearchResults Search(SearchRequest request) => Index.Search(request);

    public NewsDocument? GetDocument(string id) => Index.GetDocument(id);

    public IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max) => Index.FindFacetValues(dimension, text, max);

    public IndexStatistics GetStatistics() => Index.GetStatistics();

    public long Refresh() => Index.Refresh();

    /// <summary>The library's marks for the results' query over a whole text (same analysis as the snippets).</summary>
    public IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text) => results.MarkMatches(text);
}
