using Search.Tui.Tests.TestSupport;
using Terminal.Gui.Input;

namespace Search.Tui.Tests.Views;

/// <summary>Pasting a long text never makes the field insert it character by character.</summary>
public sealed class PasteTests : IDisposable
{
    private const string Sentence = "Vertreter der USA und der Ukraine haben in Miami über ein mögliches Kriegsende diskutiert. ";

    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    private static string Article(int length) => string.Concat(Enumerable.Repeat(Sentence, (length / Sentence.Length) + 1))[..length];

    [Fact]
    public void Similar_articles_are_ranked_by_similarity_even_when_the_list_was_sorted_by_date()
    {
        // 'a' while sorted by date listed the newest articles sharing any word first, the source article far below.
        using var ui = new Headless(_index.Backend);
        ui.Type("Miami");
        ui.Press(Key.Enter);
        ui.Settle();
        ui.Window.ResultsList.SetFocus();
        ui.Press(new Key('s'));
        ui.Settle();
        Assert.Equal(Search.Core.Searching.SearchSort.Newest, ui.Model.Sort);

        ui.Press(new Key('a'));
        ui.Settle();

        Assert.NotNull(ui.Model.LikeText);
        Assert.Equal(Search.Core.Searching.SearchSort.Relevance, _index.Backend.Requests[^1].Sort);
        Assert.Equal("miami", ui.Model.PeekHit(0)?.Id);
    }

    [Fact]
    public void A_long_paste_of_keys_becomes_a_more_like_this_search_with_a_short_field()
    {
        using var ui = new Headless(_index.Backend);
        var changes = 0;
        ui.Window.QueryField.TextChanged += (_, _) => changes++;
        var text = Article(6000);

        foreach (var ch in text)
        {
            ui.Press(new Key(ch)); // a paste without bracketed-paste mode: 6,000 keys in one read
        }

        ui.Window.FlushTyping(); // the end of the input batch
        ui.Draw();

        Assert.Equal(1, changes);
        Assert.Equal(text.Trim(), ui.Model.LikeText);
        Assert.StartsWith("≈ „Vertreter der USA", ui.Window.QueryField.Text);
        Assert.True(ui.Window.QueryField.Text.Length < 60);
        ui.Settle();
        var request = _index.Backend.Requests[^1];
        Assert.Equal(text.Trim(), request.LikeText);
        Assert.Equal("", request.Text);
        Assert.Contains("Ähnliche Artikel – gesucht wird nach: ", ui.Lines[1]);
        Assert.Equal("miami", ui.Model.PeekHit(0)?.Id);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 35)]
    public void The_label_of_a_pasted_text_shows_its_start_and_ends_at_a_word(int width, int height)
    {
        // At 80 columns the field scrolled the "≈ „" off; at 120 the label cut "Merkel" to "M …".
        using var ui = new Headless(_index.Backend, width, height);
        var text = "Die 64-jährige deutsche Bundeskanzlerin Angela Merkel hat diesen Samstag auf einem Parteitag in Berlin erklärt, "
            + string.Concat(Enumerable.Repeat("dass die Regierung den Haushalt für das kommende Jahr früher als geplant vorlegen will. ", 10));

        ui.App.RaisePasteEvent(text);
        ui.Settle();

        Assert.Contains("Suche: ≈ „Die 64-jährige", ui.Lines[0], StringComparison.Ordinal);
        var label = ui.Window.QueryField.Text;
        var shown = label[3..label.IndexOf(" …", StringComparison.Ordinal)];
        Assert.StartsWith(shown, text, StringComparison.Ordinal);
        Assert.Equal(' ', text[shown.Length]); // ends where a word ends
    }

    [Fact]
    public void A_paste_delivered_in_several_batches_stays_one_more_like_this_search()
    {
        using var ui = new Headless(_index.Backend);
        var text = Article(900);

        foreach (var part in text.Chunk(250))
        {
            foreach (var ch in part)
            {
                ui.Press(new Key(ch));
            }

            ui.Window.FlushTyping(); // each part is one input batch
        }

        Assert.Equal(SearchWindowOneLine(text), ui.Model.LikeText);
        Assert.StartsWith("≈ „Vertreter der USA", ui.Window.QueryField.Text);
    }

    private static string SearchWindowOneLine(string text) => Search.Tui.Views.SearchWindow.OneLine(text);

    [Fact]
    public void Gathered_keys_of_a_short_text_go_into_the_field_at_once()
    {
        using var ui = new Headless(_index.Backend);
        var changes = 0;
        ui.Window.QueryField.TextChanged += (_, _) => changes++;

        foreach (var ch in "Friedensgespräche Miami")
        {
            ui.Press(new Key(ch));
        }

        ui.Window.FlushTyping();

        Assert.Equal(1, changes);
        Assert.Equal("Friedensgespräche Miami", ui.Model.Query);
        Assert.Null(ui.Model.LikeText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void At_80_columns_the_label_of_a_more_like_this_search_shows_its_beginning(bool fromAResult)
    {
        using var ui = new Headless(_index.Backend, 80, 24);
        if (fromAResult)
        {
            ui.Type("Gespräche");
            ui.Settle();
            ui.Press(Key.CursorDown);
            ui.Press(new Key('a')); // similar articles to the selected one: "≈ wie „Titel …“"
        }
        else
        {
            ui.App.RaisePasteEvent(Article(400));
        }

        ui.Settle();
        ui.Draw();

        Assert.NotNull(ui.Model.LikeText);
        Assert.Contains(fromAResult ? "Suche: ≈ wie „" : "Suche: ≈ „", ui.Lines[0]);
        Assert.True(ui.Window.QueryField.Text.Length < ui.Window.QueryField.Frame.Width, "the label fits the field");
    }

    [Fact]
    public void Typing_after_a_more_like_this_search_starts_a_new_query()
    {
        using var ui = new Headless(_index.Backend);
        ui.App.RaisePasteEvent(Article(400));
        Assert.NotNull(ui.Model.LikeText);

        ui.Type("Genf");
        ui.Settle();

        Assert.Null(ui.Model.LikeText);
        Assert.Equal("Genf", ui.Window.QueryField.Text);
        Assert.Equal("Genf", ui.Model.ShownQuery);
    }

    [Fact]
    public void A_long_query_with_operators_stays_a_query()
    {
        // Regression: any paste of 200 characters became "more like this", so "… -Trump" searched for Trump
        using var ui = new Headless(_index.Backend);
        var query = "Miami OR Genf " + string.Join(' ', Enumerable.Repeat("Kriegsende", 40)) + " -Trump";

        ui.App.RaisePasteEvent(query);
        ui.Window.FlushTyping();
        ui.Settle();

        Assert.Null(ui.Model.LikeText);
        Assert.Equal(query, ui.Window.QueryField.Text);
        Assert.Equal(query, _index.Backend.Requests[^1].Text);
    }

    [Fact]
    public void Backspace_on_the_label_of_a_more_like_this_search_clears_it_instead_of_searching_the_label()
    {
        // Regression: the label ("≈ „Vertreter der USA … …“") became the query, and the pasted text was gone
        using var ui = new Headless(_index.Backend);
        ui.App.RaisePasteEvent(Article(400));
        Assert.NotNull(ui.Model.LikeText);

        ui.Press(Key.Backspace);
        ui.Settle();

        Assert.Null(ui.Model.LikeText);
        Assert.Equal("", ui.Window.QueryField.Text);
        Assert.DoesNotContain("≈", _index.Backend.Requests[^1].Text);
    }

    [Fact]
    public void Typing_after_gathered_characters_keeps_their_order_and_the_cursor()
    {
        using var ui = new Headless(_index.Backend);

        ui.Press(new Key('a'));
        ui.Press(new Key('b'));
        ui.Press(Key.CursorLeft); // comes after "ab" is in the field
        ui.Press(new Key('x'));
        ui.Window.FlushTyping();

        Assert.Equal("axb", ui.Window.QueryField.Text);
    }

    [Fact]
    public void A_bracketed_paste_goes_into_the_query_field_on_one_line_from_any_pane()
    {
        using var ui = new Headless(_index.Backend);
        ui.Window.ResultsList.SetFocus();
        var changes = 0;
        ui.Window.QueryField.TextChanged += (_, _) => changes++;

        ui.App.RaisePasteEvent("Friedensgespräche\r\nin   Miami\n\nund Genf\t");
        ui.Settle();

        Assert.True(ui.Window.QueryField.HasFocus);
        Assert.Equal("Friedensgespräche in Miami und Genf", ui.Model.Query);
        Assert.Equal(1, changes);
        Assert.Equal("Friedensgespräche in Miami und Genf", ui.Model.ShownQuery);
    }
}
