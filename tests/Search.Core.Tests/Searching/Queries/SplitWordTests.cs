using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// A word the analysis splits into several ("US-Präsident", "Covid-19") means its parts together, as typed: it was
/// searched as any of its parts, without a word, so "US-Präsident" found every article naming a president or the US.
/// </summary>
public sealed class SplitWordTests : IClassFixture<SplitWordTests.Articles4>
{
    private readonly TestIndex _index;

    public SplitWordTests(Articles4 fixture) => _index = fixture.Value;

    [Theory]
    [InlineData("US-Präsident", "h1.txt h2.txt")] // not h3: "US-Dollar" and a president of France
    [InlineData("us-präsident", "h1.txt h2.txt")]
    [InlineData("Friedens-Gespräche", "h5.txt h6.txt")] // the compound's stacked parts, or the parts side by side
    [InlineData("Covid-19", "")] // no article says Covid-19; one has "19 Menschen"
    [InlineData("US-Präsident Washington", "h1.txt")]
    [InlineData("US-Präsident OR Covid-19", "h1.txt h2.txt")]
    public void Search_SplitWord_FindsItsPartsTogether(string query, string expected)
    {
        // Act
        var results = _index.Hits(query);

        // Assert
        Assert.Null(results.Notice);
        Assert.Equal(expected, _index.Ids(query));
    }

    [Fact]
    public void Search_SplitWordBeingTyped_ItsLastPartIsABeginningAndTheOthersStayRequired()
    {
        // Act: "US-Präs" finds nothing as typed; it was widened to any word beginning with "us" or "präs"
        var results = _index.Hits("US-Präs");

        // Assert
        Assert.Equal(QueryNoticeKind.LastWordAsBeginning, results.NoticeKind);
        var ids = results.Hits.Select(h => h.Id).ToList();
        Assert.Contains("h1.txt", ids);
        Assert.Contains("h2.txt", ids);
        Assert.DoesNotContain("h7.txt", ids); // a president, no US
    }

    [Theory]
    [InlineData("US-Präs*")]
    [InlineData("US-Pr?sident")]
    [InlineData("US-Präsident~")] // every part, a short one exactly: any part within two edits found every two-letter word
    public void Search_SplitWordAsBeginningOrPattern_NeedsItsPartsBeforeAndTheLastAsTyped(string query)
    {
        // The whole text was one term with its hyphen, which no term holds: nothing was found.
        var ids = _index.Ids(query).Split(' ');

        Assert.Contains("h1.txt", ids);
        Assert.Contains("h2.txt", ids);
        Assert.DoesNotContain("h7.txt", ids); // a president, no US
    }

    [Fact]
    public void Search_SplitWordInAQuestion_ItsPartsCountOnTheirOwn()
    {
        // Act: a question is read loosely, as before; a word list is not
        var question = _index.Hits("Was misst der CPI-Maßstab?");
        var words = _index.Hits("CPI-Maßstab");

        // Assert
        Assert.Equal("h8.txt", question.Hits.First().Id);
        Assert.DoesNotContain(words.Hits, h => h.Id == "h8.txt");
    }

    [Fact]
    public void Search_SplitWordWithSnippets_MarksTheWholeWord()
    {
        // Act
        var hit = _index.Index.Search(SearchRequest.For("US-Präsident")).Hits.Single(h => h.Id == "h1.txt");

        // Assert
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))).ToList();
        Assert.Equal(["US", "Präsident"], marked);
    }

    public sealed class Articles4 : IDisposable
    {
        public TestIndex Value { get; } = new(
        [
            Articles.Make("h1.txt", "2024-01-01", "Rede in Washington", "Der US-Präsident sprach am Montag in Washington über den Haushalt."),
            Articles.Make("h2.txt", "2024-01-02", "Reise nach Berlin", "Der US Präsident reiste am Dienstag nach Berlin."),
            Articles.Make("h3.txt", "2024-01-03", "Einkauf in Paris", "Der Präsident von Frankreich kaufte Waren für 300 US-Dollar."),
            Articles.Make("h4.txt", "2024-01-04", "Unfall auf der Autobahn", "Bei dem Unfall wurden 19 Menschen verletzt, Covid war kein Thema."),
            Articles.Make("h5.txt", "2024-01-05", "Genf", "Die Friedensgespräche in Genf dauern an."),
            Articles.Make("h6.txt", "2024-01-06", "Neue Runde", "Neue Friedens-Gespräche beginnen am Freitag."),
            Articles.Make("h7.txt", "2024-01-07", "Frieden", "Der Frieden ist fern, sagte der Präsident nach dem Gespräch."),
            Articles.Make("h8.txt", "2024-01-08", "Preise", "Der CPI misst, wie sich die Preise der Waren ändern."),
        ]);

        public void Dispose() => Value.Dispose();
    }
}
