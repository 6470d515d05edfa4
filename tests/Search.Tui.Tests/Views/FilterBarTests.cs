using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Search.Tui.Tests.Views;

/// <summary>The filter bar: choosing and removing filters, and where the focus goes when the last one goes.</summary>
public sealed class FilterBarTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_filter_bar_at_80_columns_scrolls_to_the_chosen_filter_so_Delete_removes_what_is_seen()
    {
        using var ui = new Headless(_index.Backend, 80, 24);
        foreach (var actor in new[] { "Wolodimir Selenski", "Steve Witkoff", "Kirill Dmitrijew", "Friedrich Merz", "Wladimir Putin" })
        {
            ui.Model.ToggleFacet(FacetKind.Actor, actor);
        }

        ui.Model.ToggleExclusion(FacetKind.Location, "Berlin");
        ui.Settle();
        ui.Window.Filters.SetFocus();
        var filters = ui.Model.ActiveFilters;
        for (var i = 0; i < filters.Count - 1; i++)
        {
            ui.Press(Key.CursorRight);
            ui.Draw();
            Assert.Contains(filters[i + 1].Label + " ×", ui.Lines[2]); // the chosen filter is on screen, whole
        }

        ui.Press(Key.Delete);

        Assert.Equal(5, ui.Model.ActiveFilters.Count);
        Assert.DoesNotContain(ui.Model.ActiveFilters, f => f.Excluded); // the one seen and chosen, −Berlin, went
        for (var i = 0; i < 5; i++)
        {
            ui.Press(Key.CursorLeft);
        }

        ui.Draw();
        Assert.Contains("Akteur: Wolodimir Selenski ×", ui.Lines[2]); // back at the first
    }

    [Fact]
    public void Removing_the_last_filter_from_the_filter_bar_gives_the_focus_to_the_results()
    {
        // The empty bar kept the focus without a cursor; 'm' then marked a hit and 'e' opened the editor, unseen.
        using var ui = new Headless(_index.Backend);
        ui.Model.ToggleFacet(FacetKind.Location, "Ukraine");
        ui.Settle();
        ui.Window.Filters.SetFocus();

        ui.Press(Key.Delete);
        ui.Settle();

        Assert.Empty(ui.Model.ActiveFilters);
        Assert.False(ui.Window.Filters.HasFocus);
        Assert.True(ui.Window.ResultsList.HasFocus);
    }

    [Fact]
    public void Filters_are_removed_one_by_one_from_the_filter_bar_by_key_and_by_click()
    {
        using var ui = new Headless(_index.Backend);
        ui.Model.ToggleFacet(FacetKind.Actor, "Steve Witkoff");
        ui.Model.ToggleFacet(FacetKind.Location, "Ukraine");
        ui.Model.ToggleFacet(FacetKind.Date, "2025");
        ui.Draw();
        Assert.Contains("Akteur: Steve Witkoff ×   Ort: Ukraine ×   Datum: 2025 ×", ui.Lines[2]);

        ui.Window.Filters.SetFocus();
        ui.Press(Key.CursorRight);
        ui.Press(Key.Delete);
        ui.Draw();

        Assert.Equal(["Steve Witkoff"], ui.Model.SelectedActors);
        Assert.Empty(ui.Model.SelectedLocations);
        Assert.DoesNotContain("Ort: Ukraine", ui.Lines[2]);

        var chip = ui.Find("Akteur: Steve Witkoff ×").Single();
        ui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(chip.Column + 3, chip.Row), Flags = MouseFlags.LeftButtonPressed });
        ui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(chip.Column + 3, chip.Row), Flags = MouseFlags.LeftButtonReleased });
        ui.Draw();

        Assert.Empty(ui.Model.SelectedActors);
        Assert.Equal("2025", ui.Model.DateFilter);
        Assert.Equal(4, ui.Model.TotalHits);
    }
}
