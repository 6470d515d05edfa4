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

    /// <summary>
    /// The ranges of <paramref name="text"/> (an article's whole body) that the query of <paramref name="results"/>
    /// matches, in order. The preview's marks come only from here.
    /// </summary>
    IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text);

    /// <summary>Makes the newest commit visible and returns the index version (it changes with every commit).</summary>
    long Refresh();
}
