using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

public sealed class MatchFinderTests
{
    [Fact]
    public void Query_words_match_inflected_forms_and_compounds_but_not_stop_words()
    {
        const string text = "Die Friedensgespräche in Miami: die Gespräche gehen weiter, sagt die Ukraine.";

        var ranges = MatchFinder.Find(text, new HashSet<string>(), "die Gespräche");

        Assert.Equal(["Friedensgespräche", "Gespräche"], ranges.Select(r => text.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void Words_marked_in_snippets_are_marked_everywhere_ignoring_case()
    {
        const string text = "Straße gesperrt. Die STRAßE bleibt zu; die Strasse auch.";

        var ranges = MatchFinder.Find(text, new HashSet<string> { "straße" }, "");

        Assert.Equal([0, 21], ranges.Select(r => r.Start));
    }

    [Fact]
    public void The_librarys_marks_are_kept_and_compounds_it_missed_are_added()
    {
        const string title = "Das Fazit der Friedensgespräche: Gespräche gehen weiter";
        var marks = new List<Search.Core.Searching.HighlightRange> { new(33, 9) };

        var merged = MatchFinder.Augment(title, marks, MatchFinder.QueryStems("Gespräche"));

        Assert.Equal(["Friedensgespräche", "Gespräche"], merged.Select(r => title.Substring(r.Start, r.Length)));
    }
}
