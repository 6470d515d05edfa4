using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;
using Terminal.Gui.Input;

namespace Search.Tui.Tests.Views;

/// <summary>Where the cursor of a facet panel lands after acting on a value.</summary>
public sealed class FacetCursorTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Entf_twice_takes_back_the_same_value_and_the_cursor_stays_on_it()
    {
        // The value taken back was missing until its search answered, so the cursor went to the top row, and a third
        // Entf left out the top value instead.
        using var ui = new Headless(_index.Backend);
        ui.Window.LocationList.SetFocus();
        ui.Press(Key.CursorDown);
        ui.Draw();
        var value = Cursor(ui, FacetKind.Location);

        ui.Press(Key.Delete);
        ui.Settle();
        Assert.Equal(value, Cursor(ui, FacetKind.Location)); // left out: on top, the cursor with it
        ui.Press(Key.Delete);
        ui.Settle();

        Assert.Empty(ui.Model.ActiveFilters);
        Assert.Equal(value, Cursor(ui, FacetKind.Location));
    }

    [Fact]
    public void Going_up_in_the_date_panel_puts_the_cursor_on_the_year_it_came_from()
    {
        // Backspace from a year's months put the cursor on the first (newest) year.
        using var ui = new Headless(_index.Backend);
        ui.Window.DateList.SetFocus();
        ui.Press(Key.CursorDown);
        ui.Draw();
        var year = Cursor(ui, FacetKind.Date);
        Assert.NotEqual(ui.Model.PanelItems(FacetKind.Date)[0].Value, year);

        ui.Press(Key.Space); // into its months
        ui.Settle();
        Assert.Equal(year, ui.Model.DateFilter);
        ui.Press(Key.Backspace);
        ui.Settle();

        Assert.Null(ui.Model.DateFilter);
        Assert.Equal(year, Cursor(ui, FacetKind.Date));
    }

    private static string Cursor(Headless ui, FacetKind kind)
    {
        var list = kind == FacetKind.Date ? ui.Window.DateList : ui.Window.LocationList;
        return ui.Model.PanelItems(kind)[list.SelectedItem!.Value].Value;
    }
}
