using Search.Core.Searching;
using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

public sealed class SearchViewModelTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();
    private readonly ManualUiScheduler _scheduler = new();
    private readonly SearchViewModel _model;

    public SearchViewModelTests()
    {
        _model = new SearchViewModel(_index.Backend, _scheduler, TimeSpan.FromMilliseconds(150));
    }

    public void Dispose()
    {
        _model.Dispose();
        _index.Dispose();
    }

    [Fact]
    public void Typing_searches_once_after_the_pause_with_the_last_text()
    {
        _model.SetQuery("G");
        _scheduler.Advance(TimeSpan.FromMilliseconds(100));
        _model.SetQuery("Ge");
        _scheduler.Advance(TimeSpan.FromMilliseconds(100));
        _model.SetQuery("Gespräche");
        _scheduler.Advance(TimeSpan.FromMilliseconds(149));

        Assert.Empty(_index.Backend.Requests);
        Assert.True(_model.IsSearching);

        _scheduler.Advance(TimeSpan.FromMilliseconds(1));

        var request = Assert.Single(_index.Backend.Requests);
        Assert.Equal("Gespräche", request.Text);
        Assert.False(_model.IsSearching);
        Assert.True(_model.TotalHits >= 3);
        Assert.Equal("Gespräche", _model.ShownQuery);
    }

    [Fact]
    public void Search_now_skips_the_pause()
    {
        _model.SetQuery("Hochwasser");
        _model.SearchNow();

        Assert.Single(_index.Backend.Requests);
        Assert.Equal(2, _model.TotalHits);
        Assert.Equal(0, _scheduler.PendingTimers);
    }

    [Fact]
    public void A_newer_search_overtakes_an_older_one_that_answers_later()
    {
        var shown = new List<string>();
        _model.Changed += changes =>
        {
            if (changes.HasFlag(ViewModelChanges.Results))
            {
                shown.Add(_model.ShownQuery);
            }
        };
        _index.Backend.OnSearch = request =>
        {
            if (request.Text == "Hochwasser")
            {
                _model.SetQuery("Witkoff"); // typed while the older search runs
                _model.SearchNow();
            }
        };
        _scheduler.DeferBackground = true;
        _model.SetQuery("Hochwasser");
        _model.SearchNow();

        _scheduler.RunBackground(); // the older search runs and answers after the newer one was asked for
        Assert.Null(_model.Results);
        Assert.True(_model.IsSearching);
        _scheduler.RunAllBackground();

        Assert.Equal(["Hochwasser", "Witkoff"], _index.Backend.Requests.Where(r => r.Skip == 0).Select(r => r.Text));
        Assert.Equal(["Witkoff"], shown);
        Assert.All(Enumerable.Range(0, _model.TotalHits), i => Assert.Contains("Steve Witkoff", _model.PeekHit(i)!.Actors));
        Assert.False(_model.IsSearching);
    }

    [Fact]
    public void Selecting_an_actor_narrows_the_results_while_the_actor_counts_stay()
    {
        _model.SetQuery("Ukraine");
        _model.SearchNow();
        var before = _model.PanelItems(FacetKind.Actor).ToDictionary(i => i.Value, i => i.Count);
        var total = _model.TotalHits;

        _model.ToggleFacet(FacetKind.Actor, "Wolodimir Selenski");

        Assert.Equal(["Wolodimir Selenski"], _index.Backend.Requests[^1].Actors);
        Assert.True(_model.TotalHits < total);
        Assert.Equal(before["Wolodimir Selenski"], _model.TotalHits);
        var after = _model.PanelItems(FacetKind.Actor);
        Assert.True(after.Single(i => i.Value == "Wolodimir Selenski").Selected);
        Assert.Equal(before["Steve Witkoff"], after.Single(i => i.Value == "Steve Witkoff").Count);
        var locations = _model.PanelItems(FacetKind.Location).ToDictionary(i => i.Value, i => i.Count);
        Assert.False(locations.ContainsKey("Genf")); // other dimensions narrow
        Assert.Equal(["Akteur: Wolodimir Selenski"], _model.ActiveFilters.Select(f => f.Label));
    }

    [Fact]
    public void Filters_are_removed_one_by_one_or_all_at_once()
    {
        _model.SearchNow();
        _model.ToggleFacet(FacetKind.Actor, "Steve Witkoff");
        _model.ToggleFacet(FacetKind.Location, "Ukraine");
        _model.ToggleFacet(FacetKind.Date, "2025");
        Assert.Equal(3, _model.ActiveFilters.Count);

        _model.RemoveFilter(_model.ActiveFilters[0]);
        Assert.Empty(_index.Backend.Requests[^1].Actors);
        Assert.Equal(["Ukraine"], _index.Backend.Requests[^1].Locations);

        _model.ClearFilters();
        Assert.Empty(_model.ActiveFilters);
        Assert.Null(_index.Backend.Requests[^1].From);
        Assert.Equal(8, _model.TotalHits);
    }

    [Fact]
    public void The_date_panel_drills_from_year_to_month_to_day_and_back()
    {
        _model.SearchNow();
        Assert.Equal(["2025", "2024"], _model.PanelItems(FacetKind.Date).Select(i => i.Value));

        _model.ToggleFacet(FacetKind.Date, "2025");
        Assert.Equal(new DateOnly(2025, 1, 1), _index.Backend.Requests[^1].From);
        Assert.Equal(new DateOnly(2025, 12, 31), _index.Backend.Requests[^1].To);
        var months = _model.PanelItems(FacetKind.Date);
        Assert.True(months[0].IsUp);
        Assert.Equal(["2025-11", "2025-12"], months.Skip(1).Select(i => i.Value));
        Assert.Equal(12, _model.DateSeries().Count);

        _model.ToggleFacet(FacetKind.Date, "2025-12");
        Assert.Equal(3, _model.TotalHits);
        _model.ToggleFacet(FacetKind.Date, "2025-12-21");
        Assert.Equal(1, _model.TotalHits);
        Assert.True(_model.PanelItems(FacetKind.Date).Single(i => i.Value == "2025-12-21").Selected);

        _model.DateUp();
        Assert.Equal("2025-12", _model.DateFilter);
        _model.DateUp();
        _model.DateUp();
        Assert.Null(_model.DateFilter);
        Assert.Equal(8, _model.TotalHits);
    }

    [Fact]
    public void A_syntax_error_is_reported_and_the_previous_results_stay()
    {
        _model.SetQuery("Gespräche");
        _model.SearchNow();
        var shown = _model.Results;

        _model.SetQuery("\"Gespräche in");
        _model.SearchNow();

        Assert.NotNull(_model.Error);
        Assert.Same(shown, _model.Results);
        Assert.Equal("Gespräche", _model.ShownQuery);

        _model.SetQuery("Gespräche in Genf");
        _model.SearchNow();
        Assert.Null(_model.Error);
        Assert.Equal(-1, _model.ErrorPosition);
    }

    [Fact]
    public void Removing_a_filter_while_the_query_is_broken_shows_results_without_it_and_keeps_the_error()
    {
        _model.SearchNow();
        var all = _model.TotalHits;
        var actor = _model.PanelItems(FacetKind.Actor)[0];
        _model.ToggleFacet(FacetKind.Actor, actor.Value);
        Assert.True(_model.TotalHits < all, "the actor filter narrows the hits");
        _model.SetQuery("\"Gespräche in");
        _model.SearchNow();
        Assert.NotNull(_model.Error);

        _model.RemoveFilter(Assert.Single(_model.ActiveFilters));

        // The shown hits answer the filters the screen shows (none), searched with the query's words; the error stays.
        Assert.Empty(_model.ActiveFilters);
        Assert.NotNull(_model.Error);
        Assert.True(_model.ErrorPosition >= 0);
        Assert.Empty(_index.Backend.Requests[^1].Actors);
        Assert.NotNull(_model.Results);
        Assert.Contains("Gespräche", _model.ShownQuery);
        Assert.Equal(_index.Backend.Search(new SearchRequest { Text = "Gespräche in" }).TotalHits, _model.TotalHits);
    }

    [Theory]
    [InlineData("der die das")] // only stop words: no plain words either
    [InlineData("/")] // no letters or digits
    public void A_filter_chosen_while_the_query_cannot_be_searched_at_all_shows_the_filter_s_articles_and_keeps_the_error(string query)
    {
        _model.SetQuery("Gespräche");
        _model.SearchNow();
        var unfiltered = _model.TotalHits;
        _model.SetQuery(query);
        _model.SearchNow();
        var error = _model.Error;
        Assert.NotNull(error);

        _model.ToggleFacet(FacetKind.Actor, "Friedrich Merz");

        // The shown hits follow the filter on screen (all articles naming Merz: no words are left to search), and the
        // message about the query stays.
        Assert.Equal(error, _model.Error);
        Assert.Equal(_index.Backend.Search(new SearchRequest { Actors = ["Friedrich Merz"] }).TotalHits, _model.TotalHits);
        Assert.NotEqual(unfiltered, _model.TotalHits);
        Assert.All(Enumerable.Range(0, _model.TotalHits), i => Assert.Contains("Friedrich Merz", _model.PeekHit(i)!.Actors));
    }

    [Fact]
    public void Sort_toggles_between_relevance_and_newest_and_searches_again()
    {
        _model.SetQuery("Gespräche");
        _model.SearchNow();
        _model.ToggleSort();

        Assert.Equal(SearchSort.Newest, _model.Sort);
        Assert.Equal(SearchSort.Newest, _index.Backend.Requests[^1].Sort);
        var dates = Enumerable.Range(0, _model.TotalHits).Select(i => _model.PeekHit(i)!.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void The_selected_hit_loads_its_document_and_matches_can_be_stepped_through()
    {
        _model.SetQuery("Gespräche");
        _model.SearchNow();
        _model.Select(Enumerable.Range(0, _model.TotalHits).First(i => _model.PeekHit(i)!.Id == "miami"));

        Assert.NotNull(_model.SelectedDocument);
        var body = _model.SelectedDocument!.Body;
        var words = _model.SelectedMatches.Select(m => body.Substring(m.Start, m.Length)).ToList();
        Assert.Equal(["Gesprächen", "Gespräche", "Gesprächsklima"], words);
        Assert.Equal(0, _model.CurrentMatch);

        _model.NextMatch();
        Assert.Equal(1, _model.CurrentMatch);
        _model.NextMatch();
        _model.NextMatch();
        Assert.Equal(0, _model.CurrentMatch);
        _model.PreviousMatch();
        Assert.Equal(2, _model.CurrentMatch);
    }

    [Fact]
    public void Typing_in_a_panel_finds_values_in_the_whole_index()
    {
        _model.SetQuery("Hochwasser");
        _model.SearchNow();
        Assert.DoesNotContain(_model.PanelItems(FacetKind.Actor), i => i.Value == "Steve Witkoff");

        _model.SetPanelFilter(FacetKind.Actor, "witk");

        var item = Assert.Single(_model.PanelItems(FacetKind.Actor));
        Assert.Equal("Steve Witkoff", item.Value);
        Assert.True(item.IsIndexCount);
        Assert.Equal(3, item.Count);
        Assert.Equal(["actor:witk"], _index.Backend.FacetLookups);

        _model.SetPanelFilter(FacetKind.Actor, "");
        Assert.Contains(_model.PanelItems(FacetKind.Actor), i => i.Value == "Markus Söder");
    }

    [Fact]
    public void A_new_query_ends_the_searches_typed_into_the_panels()
    {
        // The actor panel kept "/witk" and its one value over the next query's actors.
        _model.SetQuery("Hochwasser");
        _model.SearchNow();
        _model.SetPanelFilter(FacetKind.Actor, "witk");
        _model.SetPanelFilter(FacetKind.Location, "ukr");

        _model.SetQuery("Miami");
        _model.SearchNow();

        Assert.Equal("", _model.PanelFilter(FacetKind.Actor));
        Assert.Equal("", _model.PanelFilter(FacetKind.Location));
        Assert.DoesNotContain(_model.PanelItems(FacetKind.Actor), i => i.IsIndexCount);
    }

    [Fact]
    public void Hits_are_fetched_in_blocks_as_the_list_scrolls()
    {
        using var many = TestIndex.Many(40);
        using var model = new SearchViewModel(many.Backend, _scheduler);
        model.SetQuery("Bericht");
        model.SearchNow();

        Assert.Equal(40, model.TotalHits);
        Assert.NotNull(model.PeekHit(SearchViewModel.BlockSize - 1));
        Assert.Null(model.PeekHit(SearchViewModel.BlockSize));

        model.EnsureLoaded(20, 39);

        Assert.All(Enumerable.Range(0, 40), i => Assert.NotNull(model.PeekHit(i)));
        Assert.Equal(40, Enumerable.Range(0, 40).Select(i => model.PeekHit(i)!.Id).Distinct().Count());
        Assert.Equal([0, 15, 30], many.Backend.Requests.Select(r => r.Skip));
        Assert.All(many.Backend.Requests.Skip(1), r => Assert.Equal(0, r.FacetSize));

        model.Select(39);
        Assert.Equal(39, model.SelectedIndex);
        Assert.NotNull(model.SelectedDocument);
    }

    [Fact]
    public void Pages_of_an_overtaken_result_list_are_dropped()
    {
        using var many = TestIndex.Many(40);
        using var model = new SearchViewModel(many.Backend, _scheduler);
        model.SearchNow();
        _scheduler.DeferBackground = true;
        model.EnsureLoaded(20, 20);
        model.SetQuery("Nummer 3");
        model.SearchNow();

        _scheduler.RunBackground(1); // the new search answers before the old list's page
        _scheduler.RunAllBackground();

        Assert.Equal("Nummer 3", model.ShownQuery);
        Assert.Null(model.PeekHit(20));
    }

    [Fact]
    public void A_search_overtaken_before_it_started_does_not_run()
    {
        _scheduler.DeferBackground = true;
        _model.SetQuery("Hochwasser");
        _model.SearchNow();
        _model.SetQuery("Witkoff");
        _model.SearchNow();

        _scheduler.RunAllBackground();

        Assert.Equal(["Witkoff"], _index.Backend.Requests.Select(r => r.Text));
        Assert.Equal("Witkoff", _model.ShownQuery);
        Assert.False(_model.IsSearching);
    }
}
