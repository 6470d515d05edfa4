using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Search.Tui.Tests.Views;

public sealed class SearchWindowTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Starting_shows_the_newest_documents_and_the_index_size()
    {
        using var ui = new Headless(_index.Backend);

        Assert.Contains("Das ist das Fazit der Friedensgespräche in Miami", ui.Screen);
        Assert.Contains("8 Dokumente", ui.Lines[^1]);
        Assert.Contains("8 Treffer", ui.Screen);
    }

    [Fact]
    public void Typing_a_query_shows_results_with_the_matched_words_coloured()
    {
        using var ui = new Headless(_index.Backend);

        ui.Type("Gespräche");
        ui.Draw();
        Assert.Equal("Gespräche", ui.Model.Query);
        Assert.Contains("8 Treffer", ui.Screen); // nothing searched before the pause

        ui.Settle();

        Assert.Equal("Gespräche", ui.Model.ShownQuery);
        Assert.Contains("Treffer", ui.Screen);
        var title = ui.Find("Gespräche in Genf").First();
        Assert.True(ui.IsMarked(title.Row, title.Column, "Gespräche".Length));
        Assert.False(ui.IsMarked(title.Row, title.Column + "Gespräche in ".Length, "Genf".Length));
        var snippet = ui.Find("Die Gespräche dauerten").First();
        Assert.Equal(title.Row + 2, snippet.Row);
        Assert.True(ui.IsMarked(snippet.Row, snippet.Column + 4, "Gespräche".Length));
        Assert.False(ui.IsMarked(snippet.Row, snippet.Column, 3));
        var compound = ui.Find("Friedensgespräche").First(); // a compound in a headline
        Assert.True(ui.IsMarked(compound.Row, compound.Column, "Friedensgespräche".Length));
    }

    [Fact]
    public void Umlauts_and_sharp_s_are_typed_and_shown()
    {
        using var ui = new Headless(_index.Backend);

        ui.Type("Straße");
        ui.Settle();

        Assert.Contains("Suche: Straße", ui.Lines[0]);
        Assert.Contains("Straße in München gesperrt", ui.Screen);
        Assert.Equal(1, ui.Model.TotalHits);
    }

    [Fact]
    public void Toggling_a_facet_value_narrows_the_results_while_its_other_counts_stay()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Ukraine");
        ui.Settle();
        var witkoffBefore = ui.Lines.Single(l => l.Contains("[ ] Steve Witkoff"));
        var total = ui.Model.TotalHits;

        ui.Window.ActorList.SetFocus();
        var selenski = ui.Model.PanelItems(FacetKind.Actor).ToList().FindIndex(i => i.Value == "Wolodimir Selenski");
        for (var i = 0; i < selenski; i++)
        {
            ui.Press(Key.CursorDown);
        }

        ui.Press(Key.Space);
        ui.Draw();

        Assert.Contains(ui.Lines, l => l.Contains("[x] Wolodimir Selenski"));
        Assert.True(ui.Model.TotalHits < total);
        Assert.Contains($"{ui.Model.TotalHits} Treffer", ui.Screen);
        Assert.Equal(witkoffBefore.Split('│')[1], ui.Lines.Single(l => l.Contains("[ ] Steve Witkoff")).Split('│')[1]);
        Assert.Contains("Akteur: Wolodimir Selenski ×", ui.Lines[2]);

        ui.Press(Key.F8);
        ui.Draw();
        Assert.Equal(total, ui.Model.TotalHits);
        Assert.Contains(ui.Lines, l => l.Contains("[ ] Wolodimir Selenski"));
    }

    [Fact]
    public void Clicking_a_facet_value_toggles_it()
    {
        using var ui = new Headless(_index.Backend);
        var row = ui.Find("[ ] Steve Witkoff").Single();

        ui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(row.Column + 5, row.Row), Flags = MouseFlags.LeftButtonPressed });
        ui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(row.Column + 5, row.Row), Flags = MouseFlags.LeftButtonReleased });
        ui.Draw();

        Assert.Equal(["Steve Witkoff"], ui.Model.SelectedActors);
        Assert.Contains(ui.Lines, l => l.Contains("[x] Steve Witkoff"));
    }

    [Fact]
    public void Typing_in_a_facet_panel_filters_its_values()
    {
        using var ui = new Headless(_index.Backend);
        ui.Window.LocationList.SetFocus();

        ui.Type("mün");
        ui.Draw();

        Assert.Contains(ui.Lines, l => l.Contains("┤Orte /mün├"));
        Assert.Contains(ui.Lines, l => l.Contains("[ ] München"));
        Assert.DoesNotContain(ui.Lines, l => l.Contains("[ ] Berlin"));

        ui.Press(Key.Esc);
        ui.Draw();
        Assert.Contains(ui.Lines, l => l.Contains("[ ] Berlin"));
    }

    [Fact]
    public void The_date_panel_drills_down_and_shows_a_sparkline()
    {
        using var ui = new Headless(_index.Backend);
        ui.Window.DateList.SetFocus();

        ui.Press(Key.Enter); // 2025
        ui.Draw();

        Assert.Contains(ui.Lines, l => l.Contains("Datum: 2025"));
        Assert.Contains(ui.Lines, l => l.Contains("▸ Dezember"));
        Assert.Contains(ui.Lines, l => l.Contains("◂ Alle Jahre"));
        Assert.Matches("[▁▂▃▄▅▆▇█]", ui.Window.Sparkline.Render(24));
        Assert.Equal(4, ui.Model.TotalHits);

        ui.Press(Key.Backspace);
        ui.Draw();
        Assert.Equal(8, ui.Model.TotalHits);
    }

    [Fact]
    public void At_80x24_the_preview_opens_full_screen_and_n_moves_to_the_next_match()
    {
        using var ui = new Headless(_index.Backend, 80, 24);
        Assert.False(ui.Window.Preview.Visible);
        ui.Type("Gespräche");
        ui.Settle();
        ui.Press(Key.CursorDown); // into the results
        var miami = Enumerable.Range(0, ui.Model.TotalHits).First(i => ui.Model.PeekHit(i)!.Id == "miami");
        for (var i = 0; i < miami; i++)
        {
            ui.Press(Key.CursorDown);
        }

        ui.Press(Key.Enter);
        ui.Draw();

        Assert.True(ui.Window.PreviewOpen);
        Assert.Contains("Artikel · Treffer 1/3 (n/N) · Esc schließt", ui.Lines[0]);
        Assert.Contains("Treffer 1/3", ui.Screen);
        var first = ui.Find("Gesprächen").Single();
        Assert.True(ui.IsMarked(first.Row, first.Column, "Gesprächen".Length));

        ui.Press(Key.N);
        ui.Draw();

        Assert.Equal(1, ui.Model.CurrentMatch);
        Assert.Contains("Treffer 2/3", ui.Screen);
        var second = ui.Find("Gespräche sollen").Single();
        Assert.Equal(new Terminal.Gui.Drawing.Color(Terminal.Gui.Drawing.StandardColor.Cyan), ui.Cell(second.Row, second.Column).Attribute?.Background);

        ui.Type("N"); // back
        ui.Draw();
        Assert.Equal(0, ui.Model.CurrentMatch);

        ui.Press(Key.Esc);
        ui.Draw();
        Assert.False(ui.Window.PreviewOpen);
        Assert.Contains("Suche: Gespräche", ui.Lines[0]);
    }

    [Fact]
    public void On_a_large_screen_the_preview_follows_the_selection()
    {
        using var ui = new Headless(_index.Backend, 120, 35);

        Assert.True(ui.Window.Preview.Visible);
        Assert.Contains(ui.Lines, l => l.Contains("Vertreter der USA und der Ukraine"));

        ui.Window.ResultsList.SetFocus();
        ui.Press(Key.CursorDown);
        ui.Draw();

        Assert.Equal(1, ui.Model.SelectedIndex);
        Assert.Contains(ui.Lines, l => l.Contains("Der ukrainische Präsident Selenski ist zu Gesprächen"));
    }

    [Fact]
    public void F1_shows_the_help_and_Esc_closes_it()
    {
        using var ui = new Headless(_index.Backend);

        ui.Press(Key.F1);
        ui.Draw();

        Assert.Contains(ui.Lines, l => l.Contains("Hilfe – Esc oder F1 schließt"));
        Assert.Contains(ui.Lines, l => l.Contains("Strg-Q") && l.Contains("beenden"));
        Assert.Contains(ui.Lines, l => l.Contains("n / N"));

        ui.Press(Key.Esc);
        ui.Draw();
        Assert.DoesNotContain(ui.Lines, l => l.Contains("Hilfe – Esc"));
    }

    [Fact]
    public void F1_help_at_80x24_wraps_long_lines_and_scrolls_to_every_entry()
    {
        using var ui = new Headless(_index.Backend, width: 80, height: 24);
        ui.Press(Key.F1);

        // Scroll through the help with the keys a person would try; the screen keeps the rest of the window unchanged.
        var seen = ui.ScreensWhilePressing(Key.CursorDown, 10) + "\n" + ui.ScreensWhilePressing(Key.PageDown, 1);
        Assert.True(ui.Window.Help.Visible, "scrolling keeps the help open");

        // Every entry's key and the last word of its text were on screen at some point (nothing cut at the right edge).
        var flat = System.Text.RegularExpressions.Regex.Replace(seen, "[║│\\s]+", " ");
        foreach (var (keys, what) in Search.Tui.Views.HelpView.Entries)
        {
            Assert.Contains(keys, flat);
            Assert.Contains(what.Split(' ')[^1], flat);
        }

        ui.Press(Key.Home);
        ui.Draw();
        Assert.Contains(ui.Lines, l => l.Contains(Search.Tui.Views.HelpView.Entries[0].Keys));
    }

    [Fact]
    public void F1_help_title_counts_the_rows_shown_from_the_first_draw_on()
    {
        using var ui = new Headless(_index.Backend, width: 80, height: 24);
        var rows = ui.Window.Help.RowsFor(76);
        ui.Press(Key.F1);
        ui.Draw();
        var height = ui.Window.Help.Viewport.Height;
        Assert.Contains(ui.Lines, l => l.Contains($"(1–{height} von {rows})"));

        ui.Press(Key.PageDown);
        ui.Draw();
        var top = height; // a page is the height less one row
        Assert.Contains(ui.Lines, l => l.Contains($"({top}–{Math.Min(rows, top + height - 1)} von {rows})"));
        var firstShown = ui.Lines.Single(l => l.Contains($"({top}–")); // the title line
        Assert.NotNull(firstShown);

        ui.Press(Key.End);
        ui.Draw();
        Assert.Contains(ui.Lines, l => l.Contains($"({rows - height + 1}–{rows} von {rows})"));
        Assert.Contains(ui.Lines, l => l.Contains(Search.Tui.Views.HelpView.Entries[^1].Keys));
    }

    [Fact]
    public void At_80_columns_the_caret_stays_under_a_later_error_with_the_message_s_first_part()
    {
        using var ui = new Headless(_index.Backend, 80, 24);
        ui.Type("Wahl Polizei (Berlin");
        ui.Press(Key.Enter);
        ui.Draw();

        Assert.NotNull(ui.Model.Error);
        var column = ui.Window.QueryField.Frame.X + ui.Model.ErrorPosition;
        Assert.Equal('(', ui.Lines[0][column]);
        Assert.Equal('^', ui.Lines[1][column]);
        Assert.Contains("^ Klammer „(“ nicht geschlossen.", ui.Lines[1]);
    }

    [Fact]
    public void A_broken_query_shows_the_message_and_keeps_the_old_results()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Hochwasser");
        ui.Press(Key.Enter);
        ui.Draw();
        Assert.Contains("Hochwasser in Bayern", ui.Screen);

        ui.Type(" \"Bayern");
        ui.Press(Key.Enter);
        ui.Draw();

        Assert.NotNull(ui.Model.Error);
        Assert.Contains(ui.Model.Error!.Length > 30 ? ui.Model.Error[..30] : ui.Model.Error, ui.Lines[1]);
        Assert.Equal('^', ui.Lines[1][ui.Window.QueryField.Frame.X + ui.Model.ErrorPosition]);
        Assert.Equal('"', ui.Lines[0][ui.Window.QueryField.Frame.X + ui.Model.ErrorPosition]);
        Assert.Contains("Hochwasser in Bayern", ui.Screen);
        Assert.Contains("2 Treffer", ui.Screen);
    }

    [Fact]
    public void s_toggles_the_sort_order_outside_the_query_field_and_ctrl_s_inside()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Miami");
        ui.Settle();

        ui.Press(Key.S.WithCtrl);
        ui.Draw();
        Assert.Contains("[Datum]", ui.Lines[0]);
        Assert.Equal("Miami", ui.Model.Query);

        ui.Window.ResultsList.SetFocus();
        ui.Press(Key.S);
        ui.Draw();
        Assert.Contains("[Relevanz]", ui.Lines[0]);
    }

    [Fact]
    public void Without_a_query_the_list_says_it_is_newest_first_and_the_preview_seeks_no_matches()
    {
        // It said [Relevanz] over a list that is newest first without a query, and "keine Treffer im Text" under each article.
        using var ui = new Headless(_index.Backend);
        ui.Settle();

        Assert.Contains("[Datum]", ui.Lines[0]);
        Assert.Contains("Datum", ui.Lines[^1]); // the status line says the same
        Assert.DoesNotContain("Relevanz", ui.Lines[^1]);
        Assert.DoesNotContain("keine Treffer im Text", ui.Screen, StringComparison.Ordinal);
        Assert.Equal(Search.Core.Searching.SearchSort.Relevance, ui.Model.Sort); // a query typed later is ranked

        ui.Type("Miami");
        ui.Settle();

        Assert.Contains("[Relevanz]  F1 Hilfe", ui.Lines[0]); // the wider label whole, not "F1 Hil"
        Assert.Contains("Relevanz", ui.Lines[^1]);
    }

    [Fact]
    public void Tab_and_F6_move_between_the_panes()
    {
        using var ui = new Headless(_index.Backend);
        Assert.True(ui.Window.QueryField.HasFocus);

        ui.Press(Key.Tab); // the empty filter bar has nothing to choose: skipped
        Assert.True(ui.Window.ActorList.HasFocus);
        ui.Press(Key.F6);
        Assert.True(ui.Window.LocationList.HasFocus);
        ui.Press(Key.Tab.WithShift);
        Assert.True(ui.Window.ActorList.HasFocus);

        ui.Model.ToggleFacet(FacetKind.Actor, "Steve Witkoff");
        ui.Press(Key.Tab.WithShift);
        Assert.True(ui.Window.Filters.HasFocus); // with a filter it is a pane
        ui.Type("x"); // typed keys outside the query field are not lost into a hidden pane
        Assert.Equal("", ui.Model.Query);
    }

    [Fact]
    public void Resizing_redraws_the_layout_for_the_new_size()
    {
        using var ui = new Headless(_index.Backend, 120, 35);
        Assert.True(ui.Window.Preview.Visible);

        ui.Resize(80, 24);

        Assert.False(ui.Window.Preview.Visible);
        Assert.Equal(24, ui.Lines.Length);
        Assert.Contains("8 Dokumente", ui.Lines[23]);
        Assert.All(ui.Lines, l => Assert.True(l.Length <= 80));
    }

    [Fact]
    public void Clicking_a_result_selects_it_and_the_preview_shows_it()
    {
        using var ui = new Headless(_index.Backend, 120, 35);
        var target = ui.Find("Selenski besucht Berlin").First();

        ui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(target.Column + 2, target.Row + 1), Flags = MouseFlags.LeftButtonPressed });
        ui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(target.Column + 2, target.Row + 1), Flags = MouseFlags.LeftButtonReleased });
        ui.Draw();

        Assert.Equal("berlin", ui.Model.SelectedHit!.Id);
        Assert.True(ui.Window.ResultsList.HasFocus);
        Assert.Contains(ui.Lines, l => l.Contains("Der ukrainische Präsident Selenski ist zu Gesprächen"));
    }

    [Fact]
    public void End_in_the_results_scrolls_to_the_last_hit_and_fetches_it()
    {
        using var many = TestIndex.Many(40);
        using var ui = new Headless(many.Backend, 80, 24);
        ui.Type("Bericht");
        ui.Settle();
        Assert.Null(ui.Model.PeekHit(39));

        ui.Press(Key.CursorDown);
        ui.Press(Key.End);
        ui.Draw();

        Assert.Equal(39, ui.Model.SelectedIndex);
        Assert.NotNull(ui.Model.PeekHit(39));
        Assert.Contains(ui.Lines, l => l.Contains("▸ 40 Bericht Nummer"));
        Assert.DoesNotContain(ui.Lines, l => l.Contains("   1 Bericht Nummer"));
    }

    [Fact]
    public void A_new_query_after_End_starts_at_its_first_hit_with_its_preview()
    {
        using var many = TestIndex.Many(40);
        using var ui = new Headless(many.Backend, 120, 35);
        ui.Type("Bericht");
        ui.Settle();
        ui.Press(Key.CursorDown);
        ui.Press(Key.End);
        ui.Settle();
        Assert.Equal(39, ui.Model.SelectedIndex);

        ui.Press(new Key('/'));
        ui.Press(Key.U.WithCtrl);
        ui.Type("3 OR 4 OR 5");
        ui.Press(Key.Enter);
        ui.Settle();

        Assert.Equal(3, ui.Model.TotalHits);
        Assert.Equal(0, ui.Model.SelectedIndex);
        Assert.Equal(ui.Model.PeekHit(0)!.Id, ui.Model.SelectedHit!.Id);
        var results = ui.Lines.Select(l => l[ui.Window.ResultsList.Frame.X..]).ToList();
        Assert.Equal(1, results.Count(l => l.Contains('▸')));
        Assert.Contains(results, l => l.Contains("▸  1 Bericht Nummer"));
    }

    [Fact]
    public void A_live_refresh_keeps_the_selected_article_selected_and_in_view()
    {
        using var many = TestIndex.Many(40);
        using var ui = new Headless(many.Backend, 120, 35, refreshInterval: TimeSpan.FromSeconds(2));
        ui.Type("Bericht");
        ui.Settle();
        ui.Press(Key.S.WithCtrl); // newest first
        ui.Settle();
        ui.Press(Key.CursorDown);
        for (var i = 0; i < 6; i++)
        {
            ui.Press(Key.CursorDown);
        }

        ui.Settle();
        var selected = ui.Model.SelectedHit!.Id;
        Assert.Equal(6, ui.Model.SelectedIndex);

        // Another indexer adds a newer article: it comes first, the selected one moves down by one.
        many.Add(TestIndex.Article("neu", "2024-06-01", "Bericht Nummer neu", "Ein neuer Bericht über das Wetter.", ["Deutscher Wetterdienst"], ["Hamburg"]));
        ui.Scheduler.Advance(TimeSpan.FromSeconds(2));
        ui.Settle();

        Assert.Equal(41, ui.Model.TotalHits);
        Assert.Equal(selected, ui.Model.SelectedHit!.Id);
        Assert.Equal(7, ui.Model.SelectedIndex);
        Assert.Equal(7 * 3, ui.Window.ResultsList.SelectedItem);
        var results = ui.Lines.Select(l => l[ui.Window.ResultsList.Frame.X..]).ToList();
        Assert.Contains(results, l => l.Contains("▸  8 "));
    }

    [Fact]
    public void Slash_in_the_query_field_with_its_text_selected_keeps_the_query()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Hochwasser");
        ui.Settle();
        ui.Window.QueryField.SelectAll(); // as after Shift-Tab back into the field

        ui.Press(new Key('/'));
        ui.Settle();

        Assert.Equal("Hochwasser", ui.Window.QueryField.Text);
        Assert.Equal("Hochwasser", ui.Model.Query);
        Assert.Equal(0, ui.Window.QueryField.SelectedLength);
    }

    [Fact]
    public void Slash_in_the_full_screen_article_closes_it_and_shows_the_query_field()
    {
        using var ui = new Headless(_index.Backend, 80, 24);
        ui.Type("Hochwasser");
        ui.Settle();
        ui.Press(Key.CursorDown);
        ui.Press(Key.Enter);
        ui.Draw();
        Assert.True(ui.Window.PreviewOpen);

        ui.Press(new Key('/'));
        ui.Draw();

        Assert.False(ui.Window.PreviewOpen);
        Assert.True(ui.Window.QueryField.HasFocus);
        Assert.Contains("Suche: Hochwasser", ui.Lines[0]);
    }
}
