using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>The view-model's backend over an open <see cref="SearchIndex"/> (which is thread-safe).</summary>
public sealed class SearchIndexBackend(SearchIndex index) : ISearchBackend
{
    public SearchResults Search(SearchRequest request) => index.Search(request);

    public NewsDocument? GetDocument(string id) => index.GetDocument(id);

    public IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max) => index.FindFacetValues(dimension, text, max);

    public IndexStatistics GetStatistics() => index.GetStatistics();

    public long Refresh() => index.Refresh();

    /// <summary>The library's marks for the results' query over a whole text (same analysis as the snippets).</summary>
    public IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text) => results.MarkMatches(text);
}
