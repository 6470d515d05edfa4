using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

public sealed class LiveRefreshTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();
    private readonly ManualUiScheduler _scheduler = new();
    private readonly SearchViewModel _model;

    public LiveRefreshTests()
    {
        _model = new SearchViewModel(_index.Backend, _scheduler, TimeSpan.FromMilliseconds(150), refreshInterval: TimeSpan.FromSeconds(2));
    }

    public void Dispose()
    {
        _model.Dispose();
        _index.Dispose();
    }

    [Fact]
    public void A_commit_to_the_index_reruns_the_search_keeping_query_filters_and_selection()
    {
        // Arrange: a query with a filter, the second hit selected
        _model.Start();
        _model.SetQuery("Gespräche");
        _model.SearchNow();
        _model.ToggleFacet(FacetKind.Actor, "Steve Witkoff");
        var before = _model.TotalHits;
        _model.Select(1);
        var selected = _model.SelectedHit!.Id;
        var searches = _index.Backend.Requests.Count;

        // Act: another indexer commits a matching article, then the poll interval passes
        _index.Add(TestIndex.Article("rom", "2025-12-24", "Gespräche in Rom", "Witkoff führte in Rom Gespräche über einen Waffenstillstand.", ["Steve Witkoff"], ["Rom"]));
        _scheduler.Advance(TimeSpan.FromSeconds(2));

        // Assert
        Assert.Equal(searches + 1, _index.Backend.Requests.Count);
        Assert.Equal(before + 1, _model.TotalHits);
        Assert.Equal("Gespräche", _model.ShownQuery);
        Assert.Equal(["Steve Witkoff"], _model.SelectedActors);
        Assert.Equal(selected, _model.SelectedHit!.Id);
        Assert.Equal(9, _model.Statistics!.Documents);
    }

    [Fact]
    public void The_selected_article_deleted_by_another_indexer_is_named_not_silently_replaced()
    {
        // Arrange: the preview switched to another article without a word
        _model.Start();
        _model.SetQuery("Miami");
        _model.SearchNow();
        var selected = _model.SelectedHit!;

        // Act
        _index.Delete(selected.Id);
        _scheduler.Advance(TimeSpan.FromSeconds(2));

        // Assert
        Assert.DoesNotContain(_model.Results!.Hits, h => h.Id == selected.Id);
        Assert.Equal(selected.Title, _model.LostArticle);

        // The next search of the user's own clears it.
        _model.SetQuery("Gespräche");
        _model.SearchNow();
        Assert.Null(_model.LostArticle);
    }

    [Fact]
    public void Without_a_commit_the_poll_does_not_search_again()
    {
        // Arrange
        _model.Start();
        var searches = _index.Backend.Requests.Count;

        // Act
        _scheduler.Advance(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(searches, _index.Backend.Requests.Count);
    }
}
