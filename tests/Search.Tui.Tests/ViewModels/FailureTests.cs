using Search.Core;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;
using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

/// <summary>When the index fails, the user is told why (in German) instead of seeing an empty list.</summary>
public sealed class FailureTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Many(40);
    private readonly FailingBackend _backend;
    private readonly ManualUiScheduler _scheduler = new();
    private readonly SearchViewModel _model;

    public FailureTests()
    {
        _backend = new FailingBackend(_index.Backend);
        _model = new SearchViewModel(_backend, _scheduler);
    }

    public void Dispose()
    {
        _model.Dispose();
        _index.Dispose();
    }

    [Fact]
    public void A_failing_value_lookup_in_a_panel_says_why()
    {
        _model.Start();
        _backend.Fail = true;

        _model.SetPanelFilter(FacetKind.Actor, "wetter");

        Assert.Empty(_model.PanelItems(FacetKind.Actor));
        Assert.StartsWith("Die Suche ist fehlgeschlagen (disk gone)", _model.PanelError(FacetKind.Actor));
    }

    [Fact]
    public void A_failing_page_of_hits_says_why_and_the_first_page_stays()
    {
        _model.SetQuery("Bericht");
        _model.SearchNow();
        Assert.Equal(40, _model.TotalHits);
        _backend.Fail = true;

        _model.EnsureLoaded(30, 35);

        Assert.StartsWith("Die Suche ist fehlgeschlagen", _model.Error);
        Assert.NotNull(_model.PeekHit(0));
        Assert.Null(_model.PeekHit(30));
    }

    [Fact]
    public void A_failing_article_load_says_why_in_the_preview()
    {
        _model.SetQuery("Bericht");
        _backend.Fail = true;
        _backend.FailSearch = false;

        _model.SearchNow();

        Assert.NotNull(_model.SelectedHit);
        Assert.Null(_model.SelectedDocument);
        Assert.StartsWith("Die Suche ist fehlgeschlagen (disk gone)", _model.SelectedDocumentError);
    }

    private sealed class FailingBackend(ISearchBackend inner) : ISearchBackend
    {
        public bool Fail { get; set; }

        public bool FailSearch { get; set; } = true;

        public SearchResults Search(SearchRequest request) => Fail && FailSearch ? throw new SearchException("disk gone") : inner.Search(request);

        public NewsDocument? GetDocument(string id) => Fail ? throw new SearchException("disk gone") : inner.GetDocument(id);

        public IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max) =>
            Fail ? throw new SearchException("disk gone") : inner.FindFacetValues(dimension, text, max);

        public IndexStatistics GetStatistics() => inner.GetStatistics();

        public long Refresh() => inner.Refresh();

        public IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text) => inner.MarkMatches(results, text);
    }
}
