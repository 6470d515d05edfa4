using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// A beginning (<c>Friedens*</c>) or a pattern (<c>M?ller</c>) means the letters typed, not the stems the body field
/// holds: "Regierungs*" is not "Regierung", "M?ller" is not "Müll" (both stem to what the shorter word stems to).
/// </summary>
public sealed class LettersTypedTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        Articles.Make("regierung", "2024-01-01", "Neue Regierung", "Die Regierung tagte am Montag."),
        Articles.Make("sprecher", "2024-01-02", "Erklärung", "Der Regierungssprecher äußerte sich am Dienstag."),
        Articles.Make("frieden", "2024-01-03", "Ostern", "Gibt es Frieden zu Ostern?"),
        Articles.Make("gespraeche", "2024-01-04", "Verhandlungen", "Die Friedensgespräche beginnen in Genf."),
        Articles.Make("muell", "2024-01-05", "Entsorgung", "Der Müll wird abgeholt."),
        Articles.Make("mueller", "2024-01-06", "Trainer", "Thomas Müller spielt wieder."),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Regierungs*", "sprecher")]
    [InlineData("Friedens*", "gespraeche")]
    [InlineData("M?ller", "mueller")]
    [InlineData("Mül*", "muell,mueller")]
    [InlineData("Regierung*", "regierung,sprecher")]
    public void A_beginning_or_pattern_finds_the_words_with_those_letters(string query, string expected)
    {
        var results = _index.Index.Search(new SearchRequest { Text = query, Take = 10 });

        Assert.Equal(expected.Split(','), results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_beginning_met_by_a_word_s_spelling_is_marked_in_the_snippet()
    {
        var hit = Assert.Single(_index.Index.Search(new SearchRequest { Text = "Friedens*", Take = 10 }).Hits);

        var snippet = Assert.Single(hit.Snippets);
        var marked = snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length));
        Assert.Contains("Friedensgespräche", marked);
    }

    [Fact]
    public void A_last_word_read_as_a_beginning_is_that_beginning_not_its_stem()
    {
        // "Müler" is in no document; as a beginning it would be "müler…", which no word is: Müll must not be found.
        var results = _index.Index.Search(new SearchRequest { Text = "Müler", Take = 10 });

        Assert.DoesNotContain(results.Hits, h => h.Id == "muell");
    }
}
