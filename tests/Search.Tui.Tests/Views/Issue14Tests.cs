using Search.Core.Documents;
using Search.Core.Searching;
using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;
using Terminal.Gui.Input;

namespace Search.Tui.Tests.Views;

/// <summary>The defects and additions of the terminal UI named in issue 14, each driven through the real window.</summary>
public sealed class Issue14Tests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_status_bar_keeps_its_key_hints_whole_at_120_columns_with_a_three_digit_count()
    {
        using var many = TestIndex.Many(120);
        using var ui = new Headless(many.Backend, 120, 35);
        ui.Type("Bericht");
        ui.Settle();

        var status = ui.Lines[^1];
        Assert.Contains("120 Treffer", status);
        Assert.EndsWith("Strg-Q Ende", status.TrimEnd());
        Assert.DoesNotContain("…", status);
    }

    [Fact]
    public void After_Space_on_a_year_the_cursor_is_on_its_first_month()
    {
        using var ui = new Headless(_index.Backend);
        ui.Window.DateList.SetFocus();

        ui.Press(Key.Space); // 2025
        ui.Draw();

        var items = ui.Model.PanelItems(FacetKind.Date);
        Assert.False(items[ui.Window.DateList.SelectedItem!.Value].IsUp);
        ui.Press(Key.Space); // a second Space drills further instead of going back up
        Assert.Equal(7, ui.Model.DateFilter!.Length);
    }

    [Fact]
    public void A_syntax_error_is_German_and_shown_whole()
    {
        using var ui = new Headless(_index.Backend, 100, 30);
        ui.Type("Hochwasser in Bayern und München nach dem Regen \"Schäden");
        ui.Press(Key.Enter);
        ui.Draw();

        Assert.Equal("Anführungszeichen nicht geschlossen – \" ergänzen.", ui.Model.Error);
        Assert.Contains(ui.Model.Error!, ui.Lines[1]);
        Assert.Equal('^', ui.Lines[1][ui.Window.QueryField.Frame.X + ui.Model.ErrorPosition]); // before the message: it would not fit after
        Assert.Equal('"', ui.Lines[0][ui.Window.QueryField.Frame.X + ui.Model.ErrorPosition]);
    }

    [Fact]
    public void Slash_jumps_to_the_query_field_and_Ctrl_U_clears_it()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Hochwasser");
        ui.Settle();
        ui.Window.ResultsList.SetFocus();

        ui.Press(new Key('/'));
        Assert.True(ui.Window.QueryField.HasFocus);
        Assert.Equal("Hochwasser", ui.Window.QueryField.Text);

        ui.Press(Key.U.WithCtrl);
        ui.Settle();
        Assert.Equal("", ui.Window.QueryField.Text);
        Assert.Equal(8, ui.Model.TotalHits);
    }

    [Fact]
    public void Up_and_down_in_the_query_field_walk_the_history_kept_per_index_in_the_data_folder()
    {
        var file = Path.Combine(Path.GetTempPath(), "tui-history-" + Guid.NewGuid().ToString("N"), "h.txt");
        try
        {
            using (var first = new Headless(_index.Backend, history: new QueryHistory(file)))
            {
                first.Type("Hochwasser");
                first.Press(Key.Enter);
                first.Press(Key.U.WithCtrl);
                first.Type("Witkoff");
                first.Press(Key.Enter);
            }

            Assert.Equal(["Hochwasser", "Witkoff"], File.ReadAllLines(file));
            using var ui = new Headless(_index.Backend, history: new QueryHistory(file));
            ui.Type("Gen");

            ui.Press(Key.CursorUp);
            Assert.Equal("Witkoff", ui.Window.QueryField.Text);
            ui.Press(Key.CursorUp);
            Assert.Equal("Hochwasser", ui.Window.QueryField.Text);
            ui.Press(Key.CursorDown);
            ui.Press(Key.CursorDown);
            Assert.Equal("Gen", ui.Window.QueryField.Text);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void The_history_file_is_in_the_XDG_data_folder_not_in_the_index()
    {
        var path = QueryHistory.FileFor(_index.Path);

        Assert.StartsWith(QueryHistory.DataHome(), path);
        Assert.DoesNotContain(Path.GetFullPath(_index.Path), path);
        Assert.Equal(path, QueryHistory.FileFor(_index.Path + "/"));
    }

    [Fact]
    public void Tab_in_the_query_field_takes_the_did_you_mean()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Hochwaser");
        ui.Settle();
        var suggestion = ui.Model.Results!.Suggestion;
        Assert.NotNull(suggestion);

        ui.Press(Key.Tab);
        ui.Settle();

        Assert.Equal(suggestion, ui.Window.QueryField.Text);
        Assert.Equal(suggestion, ui.Model.ShownQuery);
        Assert.True(ui.Model.TotalHits > 0);
        Assert.True(ui.Window.QueryField.HasFocus);
    }

    [Fact]
    public void Ctrl_C_quits_like_Ctrl_Q_but_chooses_nothing()
    {
        using var ui = new Headless(_index.Backend);

        ui.Press(Key.C.WithCtrl);

        Assert.True(ui.Window.ExitReason.Cancelled);
        Assert.Null(ui.Window.ExitReason.Open);
    }

    [Fact]
    public void m_marks_articles_for_print_and_o_asks_to_open_the_selected_one()
    {
        var state = new Search.Tui.Views.SearchWindow.State();
        using var ui = new Headless(_index.Backend, state: state);
        ui.Window.ResultsList.SetFocus();

        ui.Press(Key.M);
        ui.Press(Key.CursorDown);
        ui.Press(Key.M);
        ui.Draw();

        Assert.Contains("2 markiert", ui.Lines[^1]);
        Assert.Equal(2, state.Chosen(ui.Model).Count);
        Assert.Contains(ui.Lines, l => l.Contains("  1✓"));

        ui.Press(Key.O);
        Assert.Equal(ui.Model.SelectedHit!.Path, ui.Window.ExitReason.Open?.Path);
        Assert.False(ui.Window.ExitReason.Open?.Edit);
    }

    [Fact]
    public void Back_from_the_pager_on_the_first_hit_the_results_keep_the_focus()
    {
        // Regression: on hit 1 the window made again after $PAGER put the focus into the query field, so the next key
        // (m, meant to mark) replaced the query
        var state = new Search.Tui.Views.SearchWindow.State();
        using var ui = new Headless(_index.Backend, state: state);
        ui.Window.ResultsList.SetFocus();
        Assert.Equal(0, ui.Model.SelectedIndex);
        ui.Press(Key.O);
        Assert.NotNull(ui.Window.ExitReason.Open);

        var again = new Search.Tui.Views.SearchWindow(ui.Model, ui.App, state, new Search.Tui.TuiOptions());

        Assert.True(again.ResultsList.HasFocus);
        Assert.False(again.QueryField.HasFocus);
        Assert.Equal(0, ui.Model.SelectedIndex);
    }

    [Fact]
    public void F2_without_rejected_files_says_so_rather_than_nothing()
    {
        // The help lists F2 without a condition; when the start's update refused nothing, F2 did nothing at all.
        using var ui = new Headless(_index.Backend);

        ui.Press(Key.F2);
        ui.Draw();

        Assert.Contains("Keine abgelehnten Dateien", ui.Screen);
        Assert.Contains("Beim Start wurde keine Datei abgelehnt.", ui.Screen);
        ui.Press(Key.Esc);
        ui.Draw();
        Assert.DoesNotContain("Beim Start wurde keine Datei abgelehnt.", ui.Screen);
    }

    [Fact]
    public void Rejected_files_are_counted_in_the_status_bar_and_listed_behind_F2()
    {
        var options = new Search.Tui.TuiOptions
        {
            Rejected =
            [
                new("a.txt", "no date header: the file must start with 'date YYYY-MM-DD'", FileProblem.NoDateHeader),
                new("b.txt", "binary file", FileProblem.NotText),
                new("c.txt", "impossible date '2025-02-30': no such day in the calendar", FileProblem.ImpossibleDate, "2025-02-30"),
            ],
        };
        using var ui = new Headless(_index.Backend, options: options);

        Assert.Contains("3 Dateien abgelehnt (F2)", ui.Lines[^1]);
        ui.Press(Key.F2);
        ui.Draw();

        // In German, from the kind of each problem: the library's English reason is not shown.
        Assert.Contains(ui.Lines, l => l.Contains("a.txt: keine Datumszeile"));
        Assert.Contains(ui.Lines, l => l.Contains("b.txt: binär (NUL- oder Steuerzeichen), keine Textdatei"));
        Assert.Contains(ui.Lines, l => l.Contains("c.txt: Datum „2025-02-30“ gibt es nicht im Kalender"));
        Assert.DoesNotContain(ui.Lines, l => l.Contains("no date header") || l.Contains("binary") || l.Contains("impossible"));
        ui.Press(Key.Esc);
        ui.Draw();
        Assert.DoesNotContain(ui.Lines, l => l.Contains("b.txt: binär"));
    }

    [Fact]
    public void F2_at_80x24_wraps_long_reasons_and_scrolls_to_every_file()
    {
        var rejected = Enumerable.Range(0, 30)
            .Select(i => new Search.Core.Indexing.RejectedFile($"ordner/unterordner/datei-{i:00}.txt", "no date header", FileProblem.NoDateHeader))
            .ToList();
        using var ui = new Headless(_index.Backend, 80, 24, options: new Search.Tui.TuiOptions { Rejected = rejected });
        ui.Press(Key.F2);
        var seen = ui.ScreensWhilePressing(Key.PageDown, 6);

        // Every file and the end of its reason were on screen (nothing cut at the right edge).
        Assert.All(rejected, file => Assert.Contains(file.Path + ":", seen));
        Assert.DoesNotContain("…", seen.Replace("Artikeln …", "", StringComparison.Ordinal));
        Assert.Contains("beginnen", seen);
        Assert.Contains(ui.Lines, l => l.Contains("datei-29.txt:"));
        Assert.True(ui.Window.RejectedList.Visible);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(100, 30)]
    [InlineData(160, 45)]
    public void F3_panel_titles_are_whole_at_every_size(int width, int height)
    {
        using var ui = new Headless(_index.Backend, width, height);
        ui.Press(Key.F3);
        ui.Settle();
        ui.Draw();

        foreach (var name in new[] { "Akteure", "Orte" })
        {
            var line = ui.Lines.First(l => l.Contains("┤" + name));
            var start = line.IndexOf("┤" + name, StringComparison.Ordinal) + 1;
            var title = line[start..line.IndexOf('├', start)];
            Assert.Contains(title, new[] { $"{name} – auffällig (F3)", $"{name} auffällig (F3)", $"{name}: auffällig", $"{name} (F3)" });
        }
    }

    [Fact]
    public void Space_in_a_typed_panel_search_types_a_space_and_Enter_selects()
    {
        using var ui = new Headless(_index.Backend);
        ui.Window.ActorList.SetFocus();
        foreach (var ch in "steve")
        {
            ui.Press(new Key(ch));
        }

        ui.Press(Key.Space);
        ui.Press(new Key('w'));
        ui.Settle();

        Assert.Equal("steve w", ui.Model.PanelFilter(FacetKind.Actor));
        Assert.Empty(ui.Model.SelectedActors);
        Assert.Equal("Steve Witkoff", Assert.Single(ui.Model.PanelItems(FacetKind.Actor)).Value);

        ui.Press(Key.Enter);
        ui.Settle();
        Assert.Equal(["Steve Witkoff"], ui.Model.SelectedActors);
    }

    [Fact]
    public void A_facet_value_is_excluded_with_Delete_and_shown_as_minus_in_the_filter_bar()
    {
        using var ui = new Headless(_index.Backend);
        ui.Window.ActorList.SetFocus();
        var witkoff = ui.Model.PanelItems(FacetKind.Actor).ToList().FindIndex(i => i.Value == "Steve Witkoff");
        for (var i = 0; i < witkoff; i++)
        {
            ui.Press(Key.CursorDown);
        }

        ui.Press(Key.Delete);
        ui.Draw();

        Assert.Equal(["Steve Witkoff"], ui.Model.ExcludedActors);
        Assert.Equal(5, ui.Model.TotalHits); // three of the eight articles name Witkoff
        Assert.Contains("−Steve Witkoff ×", ui.Lines[2]);
        Assert.Contains(ui.Lines, l => l.Contains("[−] Steve Witkoff"));

        ui.Window.DateList.SetFocus();
        ui.Press(new Key('-')); // the year 2025
        ui.Draw();
        Assert.Equal(["2025"], ui.Model.ExcludedDates);
        Assert.All(Enumerable.Range(0, ui.Model.TotalHits), i => Assert.Equal(2024, ui.Model.PeekHit(i)!.Date.Year));
    }

    [Fact]
    public void F3_shows_the_values_that_stand_out_in_the_hits()
    {
        using var ui = new Headless(_index.Backend);
        ui.Type("Hochwasser");
        ui.Settle();

        ui.Press(Key.F3);
        ui.Draw();

        Assert.True(ui.Model.ShowSignificant);
        Assert.True(_index.Backend.Requests[^1].SignificantSize > 0);
        Assert.Contains(ui.Lines, l => l.Contains("Orte – auffällig (F3)"));
        var bayern = ui.Model.PanelItems(FacetKind.Location).Single(i => i.Value == "Bayern");
        Assert.Equal(2, bayern.Background);
        Assert.Contains(ui.Lines, l => l.Contains("Bayern") && l.Contains("2/2"));
    }

    [Fact]
    public void A_list_scrolled_to_its_end_is_not_left_past_its_rows_after_the_screen_grows()
    {
        using var many = TestIndex.Many(40);
        using var ui = new Headless(many.Backend, 80, 24);
        ui.Window.DateList.SetFocus();
        ui.Press(Key.End);
        ui.Draw();

        ui.Resize(120, 50);

        var list = ui.Window.DateList;
        Assert.True(list.Viewport.Y <= Math.Max(0, list.Source!.Count - list.Viewport.Height));
    }
    [Fact]
    public void A_facet_panel_scrolled_down_is_not_left_past_its_rows_when_a_search_shortens_it()
    {
        var (many, ui) = MonthsOf2023();
        using var _ = many;
        using var __ = ui;
        var list = ui.Window.DateList;
        Assert.True(list.Source!.Count > list.Viewport.Height + 2, "the months must not fit the panel");

        // The mouse wheel scrolls the list without moving its cursor.
        list.Viewport = list.Viewport with { Y = list.Source.Count - list.Viewport.Height };
        ui.Draw();
        ui.Type("Nummer 3");
        ui.Press(Key.Enter);
        ui.Settle();

        Assert.True(list.Source.Count <= list.Viewport.Height, "a search with hits in a few months");
        Assert.Equal(0, list.Viewport.Y);
    }
    [Fact]
    public void A_new_query_shows_a_facet_panel_from_its_top_not_where_its_cursor_was()
    {
        // The cursor stayed on its value by name, and the list scrolled to keep it in view: the most frequent values
        // were hidden after a new search, with nothing on screen saying the list was scrolled.
        var (many, ui) = MonthsOf2023();
        using var _ = many;
        using var __ = ui;
        var list = ui.Window.DateList;
        list.SetFocus();
        for (var i = 0; i < 11; i++)
        {
            ui.Press(Key.CursorDown);
        }

        ui.Draw();
        Assert.True(list.Viewport.Y > 0, "the cursor must have scrolled the months");

        ui.Window.QueryField.SetFocus();
        ui.Type("Wetter");
        ui.Press(Key.Enter);
        ui.Settle();

        Assert.Equal(0, list.Viewport.Y);
        Assert.True(list.SelectedItem <= 1, $"the cursor is on row {list.SelectedItem}");
    }

    [Theory]
    [InlineData(FacetKind.Actor)]
    [InlineData(FacetKind.Location)]
    [InlineData(FacetKind.Date)]
    public void Down_on_the_last_row_of_a_facet_panel_stays_there(FacetKind kind)
    {
        using var ui = new Headless(_index.Backend);
        var list = kind switch { FacetKind.Actor => ui.Window.ActorList, FacetKind.Location => ui.Window.LocationList, _ => ui.Window.DateList };
        list.SetFocus();
        ui.Press(Key.End);
        var last = list.SelectedItem;
        Assert.Equal(list.Source!.Count - 1, last);

        ui.Press(Key.CursorDown);

        Assert.True(list.HasFocus, "the focus stays in the panel");
        Assert.Equal(last, list.SelectedItem);
    }

    /// <summary>400 articles, one a day from 2023-01-01, at 80x24: the date panel drilled into 2023 lists its twelve months.</summary>
    private static (TestIndex Index, Headless Ui) MonthsOf2023()
    {
        var many = TestIndex.Many(400);
        var ui = new Headless(many.Backend, 80, 24);
        ui.Model.ToggleFacet(FacetKind.Date, "2023");
        ui.Settle();
        return (many, ui);
    }
}
