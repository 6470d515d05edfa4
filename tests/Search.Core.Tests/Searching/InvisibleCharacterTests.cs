using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Soft hyphens and zero-width characters, which web pages put into long German compounds: a word carrying one (in an
/// article or a query copied from a page) was another word, so "Friedens\u00ADgespräche" found nothing.
/// </summary>
public sealed class InvisibleCharacterTests : IClassFixture<InvisibleCharacterTests.Pages>
{
    private readonly TestIndex _index;

    public InvisibleCharacterTests(Pages fixture) => _index = fixture.Value;

    [Theory]
    [InlineData("Friedensgespräche", "i1.txt i2.txt")]
    [InlineData("Friedens\u00ADgespräche", "i1.txt i2.txt")]
    [InlineData("Friedens\u200Bgespräche", "i1.txt i2.txt")]
    [InlineData("Waffen\u00ADstill\u00ADstand", "i3.txt")]
    [InlineData("Waffenstillstand", "i3.txt")]
    [InlineData("Mer\u2060kel", "i3.txt")]
    public void Search_WordWithInvisibleCharacters_IsTheWordWithout(string query, string expected)
    {
        // Act
        var ids = _index.Ids(query);

        // Assert
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("\u00AD")]
    [InlineData(" \u200B ")]
    public void Search_OnlyInvisibleCharacters_IsNoSearchableText(string query)
    {
        // It was an empty query, which lists every article.
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For(query)));

        Assert.Equal(QueryErrorKind.NoSearchableText, error.Kind);
    }

    [Fact]
    public void Search_WordWithASoftHyphenInTheText_MarksTheWholeWrittenWord()
    {
        // Act
        var hit = _index.Index.Search(SearchRequest.For("Friedensgespräche")).Hits.Single(h => h.Id == "i2.txt");

        // Assert
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))).ToList();
        Assert.Equal(["Friedens\u00ADgespräche"], marked);
    }

    public sealed class Pages : IDisposable
    {
        public TestIndex Value { get; } = new(
        [
            Articles.Make("i1.txt", "2024-05-01", "Genf", "Die Friedensgespräche in Genf dauern an."),
            Articles.Make("i2.txt", "2024-05-02", "Kopie einer Webseite", "Die Friedens\u00ADgespräche in Wien beginnen heute."),
            Articles.Make("i3.txt", "2024-05-03", "Nahost", "Der Waffen\u00ADstill\u00ADstand hält, sagte Mer\u200Bkel in Berlin."),
        ]);

        public void Dispose() => Value.Dispose();
    }
}
