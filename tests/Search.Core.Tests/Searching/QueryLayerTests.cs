using Search.Core.Documents;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Regression: #12 the query layer. Explicit syntax means exactly what it says, odd input is explained with a kind
/// and a 1-based position, long text is read as "more like this".
/// </summary>
public sealed class QueryLayerTests : IClassFixture<QueryLayerTests.Articles>
{
    private readonly TestIndex _index;

    public QueryLayerTests(Articles fixture) => _index = fixture.Value;

    private IReadOnlyList<string> Ids(string text) =>
        [.. _index.Index.Search(new SearchRequest { Text = text, Take = 100, FacetSize = 0, MaxSnippets = 0 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Erdbeben OR Tsunami", "quake1 quake2 quake3 tsunami1 wave")]
    [InlineData("Erdbeben ODER Tsunami", "quake1 quake2 quake3 tsunami1 wave")]
    [InlineData("Erdbeben || Tsunami", "quake1 quake2 quake3 tsunami1 wave")]
    [InlineData("Erdbeben OR Tsunami OR Merkel", "merkel1 merkel2 quake1 quake2 quake3 tsunami1 wave")]
    [InlineData("Erdbeben AND Tsunami", "quake3 wave")]
    [InlineData("Erdbeben UND Tsunami", "quake3 wave")]
    [InlineData("Erdbeben NOT Tsunami", "quake1 quake2")]
    [InlineData("Erdbeben NICHT Tsunami", "quake1 quake2")]
    [InlineData("Erdbeben -Tsunami", "quake1 quake2")]
    [InlineData("NOT Erdbeben", "merkel1 merkel2 school schroeder talks tsunami1")]
    [InlineData("-Erdbeben -Tsunami", "merkel1 merkel2 school schroeder talks")]
    [InlineData("(Erdbeben OR Tsunami) AND Japan", "quake1 quake2 tsunami1 wave")]
    [InlineData("+Erdbeben Japan", "quake1 quake2 quake3 wave")]
    public void Search_ExplicitOperators_MeanExactlyWhatTheySay(string query, string expected)
    {
        Assert.Equal(expected.Split(' '), Ids(query));
    }

    [Fact]
    public void Search_OrOfWordsThatNeverMeet_IsTheUnionWithoutNotice()
    {
        // Act
        var results = _index.Search("Merkel OR Tsunami");

        // Assert: merkel1, merkel2 and the three articles with a tsunami.
        Assert.Equal(5, results.TotalHits);
        Assert.Null(results.Notice);
        Assert.Null(results.NoticeKind);
    }

    [Theory]
    [InlineData("location:\"Bayern\"", "location:Bayern")]
    [InlineData("ort:\"bayern\"", "location:Bayern")]
    [InlineData("actor:\"Merkel\"", "akteur:merkel")]
    public void Search_QuotedAndUnquotedSingleFieldValue_AreTheSame(string quoted, string unquoted)
    {
        Assert.Equal(Ids(unquoted), Ids(quoted));
        Assert.NotEmpty(Ids(quoted));
    }

    [Fact]
    public void Search_QuotedFieldValue_IsAPhraseInThatFieldOnly()
    {
        // "Angela Merkel" stands in the body of merkel2 but in no headline but merkel1's.
        Assert.Equal(["merkel1"], Ids("title:\"Angela Merkel\""));
        Assert.Equal(["merkel1"], Ids("titel:\"Angela Merkel\""));
        Assert.Equal(["merkel1", "merkel2"], Ids("actor:\"Angela Merkel\""));
        Assert.Empty(Ids("actor:\"Merkel Angela\""));
    }

    [Fact]
    public void Search_FieldedQuery_IsNeverRelaxed()
    {
        // Act
        var results = _index.Search("title:Erdbeben title:Merkel");

        // Assert
        Assert.Equal(0, results.TotalHits);
        Assert.Null(results.Notice);
    }

    [Theory]
    [InlineData("date:2004", "merkel1 quake1")]
    [InlineData("datum:2004-12", "quake1")]
    [InlineData("date:2004-12-26", "quake1")]
    [InlineData("date:2004-12*", "quake1")]
    [InlineData("date:[2004-06 TO 2005]", "merkel2 quake1 quake2")]
    [InlineData("date:{2004 TO 2006}", "merkel2 quake2")]
    [InlineData("date:[2011 TO *]", "quake3 school talks tsunami1 wave")]
    public void Search_DateValues_MeanYearMonthDayOrRange(string query, string expected)
    {
        Assert.Equal(expected.Split(' '), Ids(query));
    }

    [Theory]
    [InlineData("date:2025-13-45", QueryErrorKind.InvalidDate, 6)]
    [InlineData("date:[abc TO def]", QueryErrorKind.InvalidDate, 7)]
    [InlineData("Merkel date:[2005 TO 2004]", QueryErrorKind.InvalidRange, 13)]
    [InlineData("title:", QueryErrorKind.EmptyFieldValue, 1)]
    [InlineData("Merkel actor:", QueryErrorKind.EmptyFieldValue, 8)]
    [InlineData("😀", QueryErrorKind.NoSearchableText, 0)]
    [InlineData("\"\"", QueryErrorKind.EmptyPhrase, 1)]
    [InlineData("der die das", QueryErrorKind.OnlyStopWords, 0)]
    [InlineData("*erkel", QueryErrorKind.LeadingWildcard, 1)]
    [InlineData("?", QueryErrorKind.LeadingWildcard, 1)]
    [InlineData("\\", QueryErrorKind.DanglingEscape, 1)]
    [InlineData("Merkel^", QueryErrorKind.MisplacedModifier, 7)]
    [InlineData("title:[a TO b]", QueryErrorKind.RangeNotSupported, 7)]
    [InlineData("Merkel [a TO b}", QueryErrorKind.RangeNotSupported, 8)]
    [InlineData("Preis [in Euro]", QueryErrorKind.UnexpectedCharacter, 7)] // a bracket in pasted text is no range
    [InlineData("Merkel {", QueryErrorKind.UnexpectedCharacter, 8)]
    [InlineData("Merkel OR", QueryErrorKind.MissingOperand, 8)]
    [InlineData("NOT", QueryErrorKind.MissingOperand, 1)]
    public void Search_BadInput_IsExplainedWithKindAndOneBasedPosition(string query, QueryErrorKind kind, int position)
    {
        // Act
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(query));

        // Assert
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        if (position > 0)
        {
            Assert.Contains($"(position {position})", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("der ", 5)]
    public void Search_WordLongerThanTheIndexKeeps_IsSaidToBeTooLong(string before, int position)
    {
        // Act: the tokenizer drops a word of 256 characters or more, and the query was said to hold only stop words
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(before + new string('x', 256)));

        // Assert
        Assert.Equal(QueryErrorKind.WordTooLong, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.Equal(new string('x', 20) + "…", error.Argument);
    }

    [Theory]
    [InlineData("title:", "title:\"Angela Merkel\"")]
    [InlineData("Merkel datum:", "datum:2025-12")]
    public void Search_FieldWithoutValue_IsExplainedInEnglishWithAnExampleForThatField(string query, string example)
    {
        // Act: the message showed German placeholders ("title:Wert, or title:\"zwei Wörter\"")
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(query));

        // Assert
        Assert.Contains(example, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wert", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date:2025-13-45")]
    [InlineData("title:")]
    public void Search_ValueErrorWithSearchWords_StillThrows(string query)
    {
        // Searching "date 2025 13 45" as words is not what anybody asked for.
        Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(new SearchRequest { Text = query, OnSyntaxError = SyntaxErrorHandling.SearchWords }));
    }

    [Fact]
    public void Search_StrayBracketWithSearchWords_SearchesTheWords()
    {
        // Act: "Merkel [Berlin" was reported as a range on a field other than the date and never worked around
        var results = _index.Index.Search(new SearchRequest { Text = "Merkel [Berlin", OnSyntaxError = SyntaxErrorHandling.SearchWords });

        // Assert
        Assert.Equal(QueryErrorKind.UnexpectedCharacter, results.SyntaxError?.Kind);
        Assert.Equal("Merkel Berlin", results.SyntaxError?.SearchedText);
    }

    [Theory]
    [InlineData("date:2005]", "2005")]
    [InlineData("title:(Merkel", "Merkel")]
    [InlineData("actor:\"Angela", "Angela")]
    [InlineData("Ort:Berlin )", "Berlin")]
    [InlineData("Uhrzeit:12 )", "Uhrzeit 12")] // not a field name: a word like any other
    public void Search_SyntaxErrorWithSearchWords_LeavesFieldNamesOut(string query, string searched)
    {
        // Act: the field names were searched as words ("date 2005" found articles with the word "date")
        var results = _index.Index.Search(new SearchRequest { Text = query, OnSyntaxError = SyntaxErrorHandling.SearchWords });

        // Assert
        Assert.NotNull(results.SyntaxError);
        Assert.Equal(searched, results.SyntaxError.SearchedText);
    }

    [Theory]
    [InlineData("Merkel~x")]
    [InlineData("\"Angela Merkel\"~x")]
    public void Search_TildeFollowedByLetters_SaysWhatMayFollowIt(string query)
    {
        // The message said a word or phrase was missing before '~', which stands right there.
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For(query)));

        Assert.Equal(QueryErrorKind.MisplacedModifier, error.Kind);
        Assert.Contains("after it nothing or a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AWordInTwoHundredBrackets_IsATooDeepQueryNotAPastedText()
    {
        // 406 characters, one word: it was read as a pasted text ("more like this") by its length alone.
        var query = new string('(', 200) + "Merkel" + new string(')', 200);

        Assert.False(SearchRequest.ReadsAsPastedText(query));
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For(query)));
        Assert.Equal(QueryErrorKind.TooComplex, error.Kind);
    }

    [Fact]
    public void Search_SyntaxErrorWithSearchWords_ReportsKindAndOneBasedPosition()
    {
        // Act
        var results = _index.Index.Search(new SearchRequest { Text = "Merkel)", OnSyntaxError = SyntaxErrorHandling.SearchWords });

        // Assert
        Assert.NotNull(results.SyntaxError);
        Assert.Equal(QueryErrorKind.UnmatchedBracket, results.SyntaxError.Kind);
        Assert.Equal(7, results.SyntaxError.Position);
        Assert.Equal("Merkel", results.SyntaxError.SearchedText);
        Assert.Equal(2, results.TotalHits);
    }

    [Fact]
    public void Search_PastedArticle_FindsThatArticleFirstAndSaysSo()
    {
        // Arrange: a whole article's text, pasted.
        var article = Articles.Documents.Single(d => d.Id == "tsunami1");
        var pasted = string.Join(' ', Enumerable.Repeat(article.Body, 3));

        // Act
        var results = _index.Search(pasted);

        // Assert
        Assert.Equal("tsunami1", results.Hits[0].Id);
        Assert.Equal(QueryNoticeKind.LongTextAsLike, results.NoticeKind);
        Assert.Contains("Tsunami", results.NoticeArgument, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LikeText_FindsTheSimilarArticleFirst()
    {
        // Act
        var results = _index.Index.Search(new SearchRequest { LikeText = "Eine Flutwelle nach dem Seebeben traf die Küste Japans." });

        // Assert
        Assert.Equal(QueryNoticeKind.LikeText, results.NoticeKind);
        Assert.Contains(results.Hits.Take(2), h => h.Id == "tsunami1");
    }

    [Fact]
    public void Search_LikeTextWithoutAWordOfTheIndex_SaysSoInsteadOfAnEmptyList()
    {
        // Act: the notice said "searched for its most telling words: )."
        var results = _index.Index.Search(new SearchRequest { LikeText = "Xylofonquark Blubberzwerg 🙂" });

        // Assert
        Assert.Equal(0, results.TotalHits);
        Assert.Equal("", results.NoticeArgument);
        Assert.DoesNotContain("telling words: )", results.Notice, StringComparison.Ordinal);
        Assert.Contains("None of the given text's words is in the index", results.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512)]
    [InlineData(3000)]
    public void Search_ManyRepeatedWords_IsAnsweredNotThrown(int count)
    {
        // Act
        var results = _index.Search(string.Join(' ', Enumerable.Repeat("Merkel", count)));

        // Assert
        Assert.Equal("merkel1", results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).First());
        Assert.Equal(2, results.TotalHits);
    }

    [Fact]
    public void MarkMatches_WholeText_MarksStemmedAndCompoundMatches()
    {
        // Arrange
        var results = _index.Search("Gespräch Japan");
        const string text = "Die Friedensgespräche in Japan und weitere Gespräche.";

        // Act
        var marked = results.MarkMatches(text).Select(r => text.Substring(r.Start, r.Length)).ToList();

        // Assert
        Assert.Equal(["Friedensgespräche", "Japan", "Gespräche"], marked);
    }

    [Fact]
    public void MarkMatches_NegatedWord_IsNotMarked()
    {
        // Act
        var marked = _index.Search("Erdbeben -Tsunami").MarkMatches("Erdbeben und Tsunami");

        // Assert
        Assert.Equal([new HighlightRange(0, 8)], marked);
    }

    [Theory]
    [InlineData("Erdbeben*", "quake1 quake2 quake3 wave")]
    [InlineData("Gespräche*", "talks")]
    [InlineData("Müller*", "talks")]
    [InlineData("M?ller", "talks")]
    [InlineData("Friedensgespr*", "talks")]
    public void Search_WholeWordWithWildcard_FindsTheWord(string query, string expected)
    {
        // Regression: the index holds stems ("mull"), so a folded pattern alone ("muller*") found nothing.
        Assert.Equal(expected.Split(' '), Ids(query));
    }

    [Fact]
    public void Search_PhraseStartingWithStopWord_MatchesAtTheStartOfTheField()
    {
        // Regression: the stop word's gap put the phrase's first word after the field's first position.
        Assert.Equal(["quake3", "tsunami1"], Ids("title:\"und Tsunami\"")); // one searched word: the word
        Assert.Equal(["tsunami1"], Ids("title:\"der Tsunami trifft\""));
    }

    [Fact]
    public void Search_Phrase_FindsOnlyArticlesWithThePhrase()
    {
        // Arrange: the person field keeps only one of the phrase's words, and that word alone matched there
        using var index = new TestIndex(
        [
            Articles.Doc("iran", 2006, 5, 31, "USA zu direkten Gesprächen bereit", "Die Außenministerin will direkte Gespräche mit dem Iran.", [], ["Iran"]),
            Articles.Doc("elbe", 2004, 12, 7, "Umbauarbeiten am Speicher", "Der Bau liegt direkt an der Elbe, in direkter Nachbarschaft zum Kongresszentrum.", [], ["Elbe"]),
        ]);

        // Act
        var ids = index.Search("\"direkten Gesprächen\"").Hits.Select(h => h.Id);

        // Assert
        Assert.Equal(["iran"], ids);
    }

    [Fact]
    public void Search_HyphenatedFieldValue_QuotedAndUnquotedAreTheSame()
    {
        Assert.Equal(["tsunami1"], Ids("text:\"Tsunami-Warnungen\""));
        Assert.Equal(Ids("text:\"Tsunami-Warnungen\""), Ids("text:Tsunami-Warnungen"));
    }

    [Theory]
    [InlineData("Merkel\uDE00")]
    [InlineData("Selenski\uD83D")]
    [InlineData("\uD83D Merkel OR")]
    public void Search_CutEmoji_IsAnsweredOrExplained(string query)
    {
        // Regression: an unpaired surrogate reached string.Normalize in the did-you-mean and threw ArgumentException.
        var request = new SearchRequest { Text = query, OnSyntaxError = SyntaxErrorHandling.SearchWords };
        var results = _index.Index.Search(request);
        Assert.NotNull(results);
    }

    [Theory]
    [InlineData("Berlin^2Regierung")]
    [InlineData("Merkel~1x")]
    public void Search_NumberRunningIntoAWord_IsAnError(string query)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(query));
        Assert.Equal(QueryErrorKind.MisplacedModifier, error.Kind);
    }

    [Fact]
    public void Search_LongQueryWithOperators_IsSearchedAsWritten()
    {
        // Regression: more than 40 words made any text "more like this", dropping its negations.
        var negations = string.Join(' ', Enumerable.Range(0, 45).Select(i => $"-wort{i}"));
        var results = _index.Search("Erdbeben -Tsunami " + negations);
        Assert.Null(results.NoticeKind);
        Assert.Equal(2, results.TotalHits);
    }

    [Theory]
    [InlineData("Lehrer*innen")]
    [InlineData("Lehrer:innen")]
    [InlineData("Lehrer(innen)")]
    [InlineData("LehrerInnen")]
    public void Search_GenderInclusiveQueryWord_IsOneWordNotSyntax(string query)
    {
        // Regression: the parser read '*' as a wildcard and ':' as punctuation, so the analysis never saw the form.
        var results = _index.Index.Search(new SearchRequest { Text = query });
        Assert.Null(results.SyntaxError);
        Assert.Contains(results.Hits, h => h.Id == "school");
    }

    [Fact]
    public void Search_CompoundTheIndexLacks_SearchesItsPartsAndSaysSo()
    {
        // Arrange: the articles say "Krieg in der Ukraine", never "Ukrainekrieg" (issue 17).
        using var index = new TestIndex(
        [
            new NewsDocument { Id = "war", Date = new DateOnly(2024, 2, 24), Title = "Zwei Jahre Krieg", Body = "Der Krieg in der Ukraine dauert an." },
            new NewsDocument { Id = "other", Date = new DateOnly(2024, 2, 25), Title = "Wahl in Bayern", Body = "Die Ukraine war kein Thema; ein Krieg der Worte." },
            new NewsDocument { Id = "none", Date = new DateOnly(2024, 2, 26), Title = "Wetter", Body = "Sonne in Bayern." },
        ]);

        // Act
        var results = index.Search("Ukrainekrieg");

        // Assert: both parts required, the parts standing close together first.
        Assert.Equal(["war", "other"], results.Hits.Select(h => h.Id));
        Assert.Equal(QueryNoticeKind.CompoundParts, results.NoticeKind);
        Assert.Contains("ukraine + krieg", results.NoticeArgument, StringComparison.Ordinal);
    }

    public sealed class Articles : IDisposable
    {
        public static readonly NewsDocument[] Documents =
        [
            Doc("quake1", 2004, 12, 26, "Erdbeben erschüttert Japan", "Ein schweres Erdbeben traf Japan am Morgen.", ["Japanische Regierung"], ["Japan"]),
            Doc("quake2", 2005, 3, 1, "Erdbeben in Chile", "Das Erdbeben in Chile forderte viele Opfer; auch Japan schickte Helfer.", [], ["Chile", "Japan"]),
            Doc("quake3", 2011, 3, 11, "Erdbeben und Tsunami", "Nach dem Erdbeben folgte ein Tsunami an der Küste.", [], ["Japan"]),
            Doc("tsunami1", 2011, 3, 12, "Tsunami trifft Japan", "Der Tsunami nach dem Seebeben überflutete die Küste Japans. Die Flutwelle zerstörte Häfen, Tsunami-Warnungen galten stundenlang.", [], ["Japan"]),
            Doc("wave", 2012, 1, 5, "Welle der Zerstörung", "Erdbeben lösen oft einen Tsunami aus, sagt der Forscher in Japan.", [], ["Japan"]),
            Doc("merkel1", 2004, 5, 1, "Angela Merkel besucht Bayern", "Die CDU-Chefin Merkel sprach in München.", ["Angela Merkel", "CDU"], ["Bayern", "München"]),
            Doc("merkel2", 2005, 9, 18, "Wahlabend in Berlin", "Angela Merkel und Gerhard Schröder beanspruchen den Sieg.", ["Angela Merkel", "Gerhard Schröder"], ["Berlin"]),
            Doc("schroeder", 2003, 3, 14, "Agenda 2010", "Bundeskanzler Schröder stellte die Reformen vor.", ["Gerhard Schröder"], ["Berlin"]),
            Doc("school", 2024, 9, 2, "Schulstart", "Die Lehrerinnen und Lehrer begrüßten die neuen Klassen.", [], []),
            Doc("talks", 2025, 12, 21, "Friedensgespräche in Miami", "Vermittler Müller führte die Gespräche.", ["Müller"], ["Miami"]),
        ];

        public Articles() => Value = new TestIndex(Documents);

        public TestIndex Value { get; }

        public void Dispose() => Value.Dispose();

        internal static NewsDocument Doc(string id, int y, int m, int d, string title, string body, string[] actors, string[] locations) => new()
        {
            Id = id,
            Date = new DateOnly(y, m, d),
            Title = title,
            Body = body,
            Actors = actors,
            Locations = locations,
        };
    }
}
