using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>What the view-model needs from an index; <see cref="SearchIndexBackend"/> adapts a <see cref="SearchIndex"/>.</summary>
public interface ISearchBackend
{
    SearchResults Search(SearchRequest request);

    NewsDocument? GetDocument(string id);

    IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max);

    IndexStatistics GetStatistics();

    /// <summary>Makes the newest commit visible and returns the index version (it changes with every commit).</summary>
    long Refresh();
}
