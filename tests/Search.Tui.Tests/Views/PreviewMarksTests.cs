using Search.Tui.Tests.TestSupport;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;

namespace Search.Tui.Tests.Views;

/// <summary>The preview marks the matches of the query whose results are shown, and n/N move, mark and scroll.</summary>
public sealed class PreviewMarksTests : IDisposable
{
    private static readonly Color Cyan = new(StandardColor.Cyan);

    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Changing_the_query_while_the_same_article_stays_open_marks_the_new_query()
    {
        using var ui = new Headless(_index.Backend, 120, 35);
        ui.Type("Miami");
        ui.Settle();
        Assert.Equal("miami", ui.Model.SelectedHit!.Id);
        var before = PreviewCell(ui, "konstruktiven Gesprächen", "konstruktiven ".Length);
        Assert.False(ui.IsMarked(before.Row, before.Column, "Gesprächen".Length));

        ui.Type(" Gespräche");
        ui.Settle();

        Assert.Equal("miami", ui.Model.SelectedHit!.Id); // the same article stays open
        var after = PreviewCell(ui, "konstruktiven Gesprächen", "konstruktiven ".Length);
        Assert.True(ui.IsMarked(after.Row, after.Column, "Gesprächen".Length));
        Assert.Contains("Treffer 1/", ui.Screen);
    }

    [Fact]
    public void n_and_N_mark_the_current_match_and_scroll_it_into_view()
    {
        var filler = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Absatz {i} über das Wetter und die Ernte im Umland."));
        using var index = TestIndex.Create(
        [
            TestIndex.Article("lang", "2024-03-01", "Alpha am Anfang", $"Alpha steht oben.\n\n{filler}\n\nOmega steht ganz unten.", ["Wetterdienst"], ["Umland"]),
        ]);
        using var ui = new Headless(index.Backend, 120, 35);
        ui.Type("Alpha");
        ui.Settle();
        ui.Type(" ODER Omega");
        ui.Settle();
        Assert.Equal(2, ui.Model.SelectedMatches.Count);
        ui.Window.ResultsList.SetFocus();
        ui.Press(Key.Enter); // into the preview
        ui.Draw();
        Assert.Empty(ui.Find("Omega steht ganz unten"));

        ui.Press(Key.N);
        ui.Draw();

        Assert.Equal(1, ui.Model.CurrentMatch);
        Assert.True(ui.Window.Preview.TopLine > 0);
        var omega = PreviewCell(ui, "Omega steht ganz unten", 0);
        Assert.Equal(Cyan, ui.Cell(omega.Row, omega.Column).Attribute?.Background);
        Assert.Contains("Treffer 2/2", ui.Screen);

        ui.Press(Key.N.WithShift);
        ui.Draw();

        Assert.Equal(0, ui.Model.CurrentMatch);
        var alpha = PreviewCell(ui, "Alpha steht oben", 0);
        Assert.Equal(Cyan, ui.Cell(alpha.Row, alpha.Column).Attribute?.Background);
    }

    /// <summary>The screen position of <paramref name="text"/> inside the preview, moved on by <paramref name="offset"/> columns.</summary>
    private static (int Row, int Column) PreviewCell(Headless ui, string text, int offset)
    {
        var top = ui.Window.Preview.Frame.Y;
        var found = ui.Find(text).Where(p => p.Row > top).ToList();
        Assert.NotEmpty(found);
        return (found[0].Row, found[0].Column + offset);
    }
}
