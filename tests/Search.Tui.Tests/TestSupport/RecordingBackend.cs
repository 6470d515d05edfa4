using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.TestSupport;

/// <summary>Passes calls to a real backend and records the search requests.</summary>
public sealed class RecordingBackend(ISearchBackend inner) : ISearchBackend
{
    public List<SearchRequest> Requests { get; } = [];

    public List<string> FacetLookups { get; } = [];

    /// <summary>Called when a search starts, before it runs (to act while it is "running").</summary>
    public Action<SearchRequest>? OnSearch { get; set; }

    public SearchResults Search(SearchRequest request)
    {
        Requests.Add(request);
        OnSearch?.Invoke(request);
        return inner.Search(request);
    }

    public NewsDocument? GetDocument(string id) => inner.GetDocument(id);

    public IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max)
    {
        FacetLookups.Add($"{dimension}:{text}");
        return inner.FindFacetValues(dimension, text, max);
    }

    public IndexStatistics GetStatistics() => inner.GetStatistics();

    public long Refresh() => inner.Refresh();

    public IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text) => inner.MarkMatches(results, text);
}
