using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class QueryBuilderTests
{
    [Theory]
    [InlineData("Wann begannen die Gespräche in Miami?", "Wann begannen die Gespräche in Miami")]
    [InlineData("Wie nennt man Lehrer/innen?", "Wie nennt man Lehrer\\/innen")]
    [InlineData("Folgendes: Miami", "Folgendes  Miami")]
    [InlineData("titel:Miami", "title:Miami")]
    [InlineData("Ort:Miami", "locations:Miami")]
    [InlineData("Nord - Süd", "Nord  Süd")]
    [InlineData("\"Was? Wo!\" Miami", "\"Was? Wo!\" Miami")]
    [InlineData("Selensk*", "Selensk*")]
    [InlineData("Selenski~", "Selenski~")]
    public void Prepare_NaturalText_BecomesParsableWithoutTouchingSyntax(string input, string expected)
    {
        Assert.Equal(expected, QueryBuilder.Prepare(input));
    }

    [Theory]
    [InlineData("Berlin UND Wien", "Berlin AND Wien")]
    [InlineData("Berlin ODER Wien NICHT Graz", "Berlin OR Wien NOT Graz")]
    [InlineData("\"UND so weiter\" UNDine", "\"UND so weiter\" UNDine")]
    [InlineData("Und oder nicht", "Und oder nicht")]
    public void TranslateGermanOperators_UpperCaseWordsOutsideQuotes_AreTranslated(string input, string expected)
    {
        Assert.Equal(expected, QueryBuilder.TranslateGermanOperators(input));
    }

    [Theory]
    [InlineData("Wann begannen die Gespräche?", true)]
    [InlineData("wer ist Präsident", true)]
    [InlineData("Friedensgespräche Miami", false)]
    [InlineData("Wiener Schnitzel", false)]
    public void IsQuestion_RecognisesQuestions(string input, bool expected)
    {
        Assert.Equal(expected, QueryBuilder.IsQuestion(input));
    }

    [Theory]
    [InlineData(1, false, 1)]
    [InlineData(2, false, 2)]
    [InlineData(3, false, 2)]
    [InlineData(4, false, 3)]
    [InlineData(6, false, 1)]
    [InlineData(3, true, 1)]
    public void MinimumShouldMatch_KeywordsNarrowQuestionsDoNot(int words, bool question, int expected)
    {
        Assert.Equal(expected, QueryBuilder.MinimumShouldMatch(words, question));
    }

    [Theory]
    [InlineData("Wann begann der Ukraine-Krieg?", true)]
    [InlineData("Lehrer/innen im Hinduismus", true)]
    [InlineData("Putin AND Selenski", false)]
    [InlineData("\"neue Regierung\"", false)]
    [InlineData("Friedens*", false)]
    [InlineData("-Florida Miami", false)]
    [InlineData("titel:Miami", false)]
    public void IsPlain_DetectsQuerySyntax(string input, bool expected)
    {
        Assert.Equal(expected, QueryBuilder.IsPlain(input));
    }

    [Fact]
    public void Parse_EmptyText_MatchesEverything()
    {
        Assert.Null(QueryBuilder.Parse("  ", out _));
    }

    [Fact]
    public void Parse_OnlyStopwords_ExplainsWhy()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryBuilder.Parse("der die das", out _));
        Assert.Contains("stop words", error.Message, StringComparison.Ordinal);
    }
}
