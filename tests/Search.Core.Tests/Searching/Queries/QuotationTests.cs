using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// Quotations as a German writer types them: „…“ and »…« were no phrase syntax („neue Regierung“ found every article
/// with both words), and a quotation over 300 characters was searched as a pasted text ("more like this").
/// </summary>
public sealed class QuotationTests : IClassFixture<QuotationTests.Quotes>
{
    private const string Passage =
        "Die Kommission hat am Dienstag in Brüssel beschlossen, dass die Förderung der Windkraft an der Küste neu geregelt "
        + "wird, nachdem mehrere Länder über die hohen Kosten der Netze geklagt hatten und die Betreiber seit Monaten auf "
        + "eine Entscheidung warten, die ihnen endlich Planungssicherheit für die nächsten zehn Jahre geben soll, wie es hieß.";

    private readonly TestIndex _index;

    public QuotationTests(Quotes fixture) => _index = fixture.Value;

    [Theory]
    [InlineData("„neue Regierung“")]
    [InlineData("»neue Regierung«")]
    [InlineData("«neue Regierung»")]
    [InlineData("“neue Regierung”")]
    public void Search_TypographicQuotes_AreAPhrase(string query)
    {
        // Act
        var typographic = Ids(query);

        // Assert
        Assert.Equal("q2.txt", typographic);
        Assert.Equal(Ids("\"neue Regierung\""), typographic);
        Assert.Equal("q1.txt q2.txt", Ids("neue Regierung"));
    }

    [Fact]
    public void Search_QuestionWithTypographicQuotes_IsReadAsTheQuestionWithoutThem()
    {
        // Act: in a question „…“ are part of the writing (a name, a title), not syntax
        var quoted = _index.Hits("Was plant die „neue Regierung“?");
        var plain = _index.Hits("Was plant die neue Regierung?");

        // Assert
        Assert.Null(quoted.SyntaxError);
        Assert.Equal(plain.Hits.Select(h => h.Id), quoted.Hits.Select(h => h.Id));
        Assert.Contains(quoted.Hits, h => h.Id == "q1.txt"); // not only the phrase
    }

    [Fact]
    public void Search_QuotationMarksInsideAWord_AreNoPhrase()
    {
        // „Bild“-Zeitung was read as the phrase "Bild" and then -Zeitung, which left out the articles naming the paper.
        Assert.Equal("q5.txt", Ids("„Bild“-Zeitung"));
        Assert.Equal("q5.txt", Ids("Bild-Zeitung"));
    }

    [Fact]
    public void Search_ALoneClosingMark_IsNoUnclosedPhrase()
    {
        // 'neue Regierung“' said that a quote opened a phrase that was never closed.
        Assert.Equal(Ids("neue Regierung"), Ids("neue Regierung“"));
    }

    [Fact]
    public void Search_TypographicQuoteLeftOpen_IsTheUnclosedQuoteError()
    {
        // Act
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For("„neue Regierung")));
        var plain = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For("\"neue Regierung")));

        // Assert
        Assert.Equal(QueryErrorKind.UnclosedQuote, error.Kind);
        Assert.Equal(plain.Position, error.Position);
    }

    [Theory]
    [InlineData("\"{0}\"")]
    [InlineData("„{0}“")]
    public void Search_LongQuotation_IsAPhraseNotAPastedText(string format)
    {
        // Arrange
        var query = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Passage);
        Assert.True(Passage.Length > SearchRequest.LongTextCharacters);

        // Act
        var quoted = _index.Index.Search(new SearchRequest { Text = query, FacetSize = 0, MaxSnippets = 0 });
        var pasted = _index.Index.Search(new SearchRequest { Text = Passage, FacetSize = 0, MaxSnippets = 0 });

        // Assert
        Assert.False(SearchRequest.ReadsAsPastedText(query));
        Assert.Null(quoted.NoticeKind);
        Assert.Equal(["q3.txt"], quoted.Hits.Select(h => h.Id));
        Assert.Equal(QueryNoticeKind.LongTextAsLike, pasted.NoticeKind); // without quotes it still reads as a pasted text
    }

    private string Ids(string query)
    {
        Assert.Null(_index.Hits(query).Notice);
        return _index.Ids(query);
    }

    public sealed class Quotes : IDisposable
    {
        public TestIndex Value { get; } = new(
        [
            Articles.Make("q1.txt", "2024-02-01", "Koalition", "Die Regierung plant eine neue Steuer."),
            Articles.Make("q2.txt", "2024-02-02", "Wahl", "Nach der Wahl bildet sich eine neue Regierung."),
            Articles.Make("q3.txt", "2024-02-03", "Windkraft", "Vorab. " + Passage + " Mehr dazu morgen."),
            Articles.Make("q4.txt", "2024-02-04", "Windkraft an der Küste", Passage.Replace("zehn Jahre", "fünf Jahre", StringComparison.Ordinal)),
            Articles.Make("q5.txt", "2024-02-05", "Presse", "Das sagte er der „Bild“-Zeitung am Sonntag."),
        ]);

        public void Dispose() => Value.Dispose();
    }
}
