using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>The semantics table of issue 12, by example on the sample articles (a–e).</summary>
public sealed class QuerySemanticsTests : IClassFixture<QuerySemanticsTests.SampleIndex>
{
    private readonly TestIndex _index;

    public QuerySemanticsTests(SampleIndex fixture) => _index = fixture.Value;

    [Theory]
    [InlineData("Berlin OR Ukraine", "a.txt b.txt d.txt e.txt")]
    [InlineData("Berlin ODER Ukraine", "a.txt b.txt d.txt e.txt")]
    [InlineData("Berlin || Ukraine", "a.txt b.txt d.txt e.txt")]
    [InlineData("Miami OR München OR Paris", "a.txt c.txt d.txt")]
    [InlineData("Regierung AND Berlin", "b.txt")]
    [InlineData("Regierung UND Berlin", "b.txt")]
    [InlineData("Regierung && Berlin", "b.txt")]
    [InlineData("Regierung NOT Berlin", "d.txt")]
    [InlineData("Regierung NICHT Berlin", "d.txt")]
    [InlineData("Regierung -Berlin", "d.txt")]
    [InlineData("Regierung AND NOT Berlin", "d.txt")]
    [InlineData("NOT Berlin", "a.txt c.txt d.txt")]
    [InlineData("NICHT Berlin", "a.txt c.txt d.txt")]
    [InlineData("-Berlin", "a.txt c.txt d.txt")]
    [InlineData("!Berlin", "a.txt c.txt d.txt")]
    [InlineData("-Berlin -Ukraine", "c.txt")]
    [InlineData("NOT (Berlin OR Ukraine)", "c.txt")]
    [InlineData("NOT NOT Berlin", "b.txt e.txt")]
    public void Search_Operators_AreSetAlgebra(string query, string expected)
    {
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData("Parus~", "d.txt")] // up to two edits
    [InlineData("Parus~1", "d.txt")]
    [InlineData("Parus~0", "")] // no edits: the word as typed (was read as two edits)
    [InlineData("Paris~0", "d.txt")]
    public void Search_FuzzyWord_AllowsTheGivenNumberOfEdits(string query, string expected)
    {
        Assert.Equal(expected, Ids(query));
    }

    [Fact]
    public void Search_OrOfTwoWords_IsTheUnionOfTheirHits()
    {
        // Arrange
        var berlin = Ids("Berlin").Split(' ');
        var ukraine = Ids("Ukraine").Split(' ');

        // Act
        var either = Ids("Berlin OR Ukraine").Split(' ');

        // Assert
        Assert.Equal(berlin.Union(ukraine).Order(StringComparer.Ordinal), either);
        Assert.Equal(berlin.Intersect(ukraine).Order(StringComparer.Ordinal), Ids("Berlin AND Ukraine").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("Gespräche Miami OR Paris", "a.txt")] // OR binds before side by side: Gespräche AND (Miami OR Paris)
    [InlineData("Ukraine Miami OR Berlin", "a.txt")]
    [InlineData("Regierung OR Wetter AND Januar", "b.txt d.txt e.txt")] // AND binds before OR
    [InlineData("(Regierung OR Wetter) AND Berlin", "b.txt e.txt")]
    [InlineData("+Regierung Berlin", "b.txt d.txt")] // with '+', unmarked parts only rank
    [InlineData("+Regierung Berlin -Paris", "b.txt")]
    [InlineData("Regierung Berlin", "b.txt")] // a plain word list of two words requires both
    public void Search_Precedence_FollowsTheTable(string query, string expected)
    {
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData("location:Berlin", "location:\"Berlin\"")]
    [InlineData("ort:ukraine", "location:\"Ukraine\"")]
    [InlineData("actor:Müller", "akteur:\"mueller\"")]
    [InlineData("title:Regierung", "titel:\"Regierung\"")]
    [InlineData("text:Gespräche", "body:\"Gespräche\"")]
    [InlineData("date:2025-12", "datum:\"2025-12\"")]
    public void Search_QuotedAndUnquotedSingleFieldValue_FindTheSame(string unquoted, string quoted)
    {
        // Act
        var plain = Ids(unquoted);

        // Assert
        Assert.NotEqual("", plain);
        Assert.Equal(plain, Ids(quoted));
    }

    [Fact]
    public void Search_QuotedTitleValue_IsAPhraseInTheHeadlineOnly()
    {
        // "Kriegsende gesprochen" stands in a.txt's text, not its headline; "neue Regierung" in b.txt's headline.
        Assert.Equal("a.txt", Ids("\"Kriegsende gesprochen\""));
        Assert.Equal("", Ids("title:\"Kriegsende gesprochen\""));
        Assert.Equal("b.txt", Ids("title:\"neue Regierung\""));
        Assert.Equal("", Ids("title:\"Regierung neue\""));
        Assert.Equal("b.txt", Ids("title:\"Regierung neue\"~2"));
        Assert.Equal("", Ids("actor:\"Selenski Wolodimir\""));
        Assert.Equal("a.txt", Ids("actor:\"Wolodimir Selenski\""));
    }

    [Theory]
    [InlineData("date:2024", "c.txt")]
    [InlineData("datum:2025", "a.txt b.txt d.txt")]
    [InlineData("date:2025-12", "a.txt d.txt")]
    [InlineData("date:2025-12-01", "d.txt")]
    [InlineData("date:2025-12*", "a.txt d.txt")]
    [InlineData("date:[2024 TO 2025-11]", "b.txt c.txt")]
    [InlineData("date:{2023 TO 2025-12}", "b.txt c.txt")]
    [InlineData("date:[2025-12-01 TO *]", "a.txt d.txt")]
    [InlineData("date:[* TO 2023-12-31]", "e.txt")]
    [InlineData("Regierung AND date:2025-11", "b.txt")]
    public void Search_DateValues_MeanYearMonthDayAndRanges(string query, string expected)
    {
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData("date:2025-13-45", QueryErrorKind.InvalidDate, 6)]
    [InlineData("Merkel date:abc", QueryErrorKind.InvalidDate, 13)]
    [InlineData("date:2025-02-30", QueryErrorKind.InvalidDate, 6)]
    [InlineData("date:[abc TO def]", QueryErrorKind.InvalidDate, 7)]
    [InlineData("date:[2025 TO 2024]", QueryErrorKind.InvalidRange, 6)]
    [InlineData("title:", QueryErrorKind.EmptyFieldValue, 1)]
    [InlineData("Merkel actor: Putin", QueryErrorKind.EmptyFieldValue, 8)]
    [InlineData("(ort:)", QueryErrorKind.EmptyFieldValue, 2)]
    [InlineData("\"Merkel", QueryErrorKind.UnclosedQuote, 1)]
    [InlineData("Merkel)", QueryErrorKind.UnmatchedBracket, 7)]
    [InlineData("(Merkel", QueryErrorKind.UnclosedBracket, 1)]
    [InlineData("\\", QueryErrorKind.DanglingEscape, 1)]
    [InlineData("Merkel AND", QueryErrorKind.MissingOperand, 8)]
    [InlineData("Merkel^", QueryErrorKind.MisplacedModifier, 7)]
    [InlineData("*erkel", QueryErrorKind.LeadingWildcard, 1)]
    [InlineData("\"\"", QueryErrorKind.EmptyPhrase, 1)]
    public void Search_BadInput_ThrowsWithOneBasedPosition(string query, QueryErrorKind kind, int position)
    {
        // Act
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(query));

        // Assert
        Assert.Equal((kind, position), (error.Kind, error.Position));
    }

    private string Ids(string query)
    {
        var results = _index.Index.Search(new SearchRequest { Text = query, Take = 100, FacetSize = 0, MaxSnippets = 0 });
        Assert.Null(results.Notice);
        return string.Join(' ', results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    public sealed class SampleIndex : IDisposable
    {
        public TestIndex Value { get; } = new(Articles.Sample);

        public void Dispose() => Value.Dispose();
    }
}
