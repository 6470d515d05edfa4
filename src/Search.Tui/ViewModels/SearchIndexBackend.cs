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

    /// <summary>
    /// For now the words the library marked in the shown hits' snippets and titles, plus words containing a stem of
    /// a query word (<see cref="MatchFinder"/>); becomes <c>results.MarkMatches(text)</c> once the library offers it.
    /// </summary>
    public IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in results.Hits)
        {
            forms.UnionWith(MatchFinder.MarkedForms(hit));
        }

        return MatchFinder.Find(text, forms, results.Request.Text);
    }
}
