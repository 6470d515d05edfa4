using System.Globalization;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

public sealed class SearchIndexTests : IClassFixture<SearchIndexTests.SampleIndex>
{
    private readonly TestIndex _index;

    public SearchIndexTests(SampleIndex fixture) => _index = fixture.Value;

    [Theory]
    [InlineData("Gespräch", "a.txt")]
    [InlineData("Regierungen", "b.txt")]
    [InlineData("Müller", "c.txt")]
    [InlineData("müller", "c.txt")]
    [InlineData("Strasse", "c.txt")]
    [InlineData("MÜNCHEN", "c.txt")]
    [InlineData("Mu\u0308nchen", "c.txt")] // decomposed, as macOS file names and some pages give it
    [InlineData("Gespra\u0308ch", "a.txt")]
    [InlineData("location:Mu\u0308nchen", "c.txt")]
    public void Search_GermanWordForms_FindTheArticle(string query, string expectedId)
    {
        // Act
        var results = _index.Search(query);

        // Assert
        Assert.Contains(results.Hits, h => h.Id == expectedId);
    }

    [Fact]
    public void Search_Regierung_RanksTitleMatchAboveBodyOnlyMatch()
    {
        // Act
        var results = _index.Search("neue Regierung");

        // Assert
        Assert.Equal("b.txt", results.Hits[0].Id);
    }

    [Fact]
    public void Search_TwoWords_RanksDocumentWithBothFirst()
    {
        // Act
        var results = _index.Search("Ukraine Klimaschutz");

        // Assert
        Assert.Equal("d.txt", results.Hits[0].Id);
    }

    [Fact]
    public void Search_StemmedMatch_HighlightOffsetsPointAtMatchedWords()
    {
        // Act
        var hit = _index.Search("Gespräch").Hits.Single(h => h.Id == "a.txt");

        // Assert
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))).ToList();
        Assert.Contains("Gespräche", marked);
        Assert.All(marked, word => Assert.StartsWith("Gespräch", word, StringComparison.Ordinal));
        var title = hit.TitleHighlights.Select(r => hit.Title.Substring(r.Start, r.Length));
        Assert.Equal(["Friedensgespräche"], title); // a compound part matches: the whole compound is marked
    }

    [Fact]
    public void Search_TitleOnlyMatch_FirstSnippetIsTheTitleWithHighlight()
    {
        // Act
        var hit = _index.Search("Friedensgespräche").Hits.Single(h => h.Id == "a.txt");

        // Assert
        var first = hit.Snippets[0];
        Assert.Equal(hit.Title, first.Text);
        var range = Assert.Single(first.Highlights);
        Assert.Equal("Friedensgespräche", first.Text.Substring(range.Start, range.Length));
    }

    [Fact]
    public void Search_Phrase_HighlightsThePhraseNotLoneWords()
    {
        // Arrange
        using var index = new TestIndex([Articles.Make("p.txt", "2025-01-01", "Titel", "Eine neue Idee. Die neue Regierung tagt. Neue Wege.")]);

        // Act
        var snippet = index.Search("\"neue Regierung\"").Hits[0].Snippets[0];

        // Assert
        var marked = snippet.Highlights.Select(r => snippet.Text.Substring(r.Start, r.Length)).ToList();
        Assert.Equal(["neue", "Regierung"], marked);
        Assert.StartsWith("Eine neue Idee.", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LongText_SnippetsAreShortPassagesBestFirst()
    {
        // Arrange
        var filler = string.Join(" ", Enumerable.Repeat("Dieser Satz handelt von nichts Besonderem.", 20));
        var body = filler + " Hier geht es um Wahlen. " + filler + " Die Wahlen in Wien und die Wahlbeteiligung in Graz. " + filler;
        using var index = new TestIndex([Articles.Make("w.txt", "2025-01-01", "Titel", body)]);

        // Act
        var snippets = index.Index.Search(new SearchRequest { Text = "Wahlen Wien", MaxSnippets = 3 }).Hits[0].Snippets;

        // Assert
        Assert.Equal(2, snippets.Count);
        Assert.Contains("Wien", snippets[0].Text, StringComparison.Ordinal);
        Assert.All(snippets, s => Assert.True(s.Text.Length <= 230, s.Text));
        Assert.All(snippets, s => Assert.All(s.Highlights, r => Assert.Matches("^(Wahlen|Wien|Wahlbeteiligung)$", s.Text.Substring(r.Start, r.Length))));
    }

    [Fact]
    public void Search_Explain_NamesMatchedTermsAndFields()
    {
        // Act
        var hit = _index.Index.Search(new SearchRequest { Text = "Regierung Berlin", Explain = true }).Hits[0];

        // Assert
        Assert.NotNull(hit.Explanation);
        Assert.Contains("'regierung' in the headline", hit.Explanation, StringComparison.Ordinal);
        Assert.Contains("'berlin' in the text", hit.Explanation, StringComparison.Ordinal);
        Assert.Null(_index.Search("Regierung").Hits[0].Explanation);
    }

    [Fact]
    public void Search_NoMatchInText_FallsBackToBeginning()
    {
        // Act
        var hit = _index.Index.Search(new SearchRequest { Text = "", Take = 10 }).Hits.Single(h => h.Id == "e.txt");

        // Assert
        Assert.StartsWith("Im Januar", hit.Snippets[0].Text, StringComparison.Ordinal);
        Assert.Empty(hit.Snippets[0].Highlights);
    }

    [Fact]
    public void Search_Paging_ReturnsDisjointPagesAndSameTotal()
    {
        // Act
        var first = _index.Index.Search(new SearchRequest { Text = "", Take = 2 });
        var second = _index.Index.Search(new SearchRequest { Text = "", Skip = 2, Take = 2 });

        // Assert
        Assert.Equal(5, first.TotalHits);
        Assert.Equal(5, second.TotalHits);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void Search_SortNewest_OrdersByDateDescending()
    {
        // Act
        var results = _index.Index.Search(new SearchRequest { Text = "Berlin Ukraine", Sort = SearchSort.Newest });

        // Assert
        var dates = results.Hits.Select(h => h.Date).ToList();
        Assert.True(dates.Count >= 2);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void Search_DateRange_IsInclusiveOnBothEnds()
    {
        // Act
        var results = _index.Index.Search(new SearchRequest { From = new DateOnly(2025, 11, 2), To = new DateOnly(2025, 12, 1) });

        // Assert
        Assert.Equal(["b.txt", "d.txt"], results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Search_WordPrefixBonus_ReordersButDoesNotWidenMatches()
    {
        // Arrange: "Verhandlung" and "verhandelten" share their first six letters, "Verhandlungen" matches by stem
        using var index = new TestIndex(
        [
            Articles.Make("stem.txt", "2025-01-01", "Bericht", "Die Verhandlungen dauern an. Ein Termin steht fest."),
            Articles.Make("prefix.txt", "2025-01-01", "Bericht", "Sie verhandelten über einen Termin."),
            Articles.Make("other.txt", "2025-01-01", "Bericht", "Ein Termin ohne Gespräch."),
        ]);

        // Act
        var keyword = index.Search("Verhandlung");
        var question = index.Search("Wann verhandelten sie über einen Termin?");

        // Assert
        Assert.Equal(["stem.txt"], keyword.Hits.Select(h => h.Id));
        Assert.Equal("prefix.txt", question.Hits[0].Id);
        Assert.Equal(3, question.TotalHits);
    }

    [Theory]
    [InlineData("Klimaschuts", "Klimaschutz")]
    [InlineData("FrideNsgespräche", "Friedensgespräche")]
    [InlineData("Regirung Berlin", "Regierung Berlin")]
    [InlineData("\"neue Regirung\"", "\"neue Regierung\"")] // the words of a phrase got no suggestion
    [InlineData("titel:„neue Regirung“", "titel:„neue Regierung“")]
    public void Search_MisspeltQuery_SuggestsNearestSpellingThatFindsMore(string query, string suggestion)
    {
        // Act
        var results = _index.Search(query);

        // Assert
        Assert.Equal(suggestion, results.Suggestion);
    }

    [Fact]
    public void Search_QueryWithResults_HasNoSuggestion()
    {
        Assert.Null(_index.Search("Klimaschutz").Suggestion);
    }

    [Theory]
    [InlineData("", SearchSort.Relevance)]
    [InlineData("Berlin Ukraine", SearchSort.Relevance)]
    [InlineData("Regierung", SearchSort.Newest)]
    public void Search_WithoutFacetCounting_FindsTheSameHits(string text, SearchSort sort)
    {
        // Act
        var counted = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Take = 3 });
        var plain = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Take = 3, FacetSize = 0 });
        var countOnly = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Take = 0, FacetSize = 0 });

        // Assert
        Assert.Equal(counted.TotalHits, plain.TotalHits);
        Assert.Equal(counted.TotalHits, countOnly.TotalHits);
        Assert.Equal(counted.Hits.Select(h => h.Id), plain.Hits.Select(h => h.Id));
        Assert.Empty(plain.Facets.Actor.Values);
    }

    [Fact]
    public void Search_NothingMatches_ReturnsZeroHits()
    {
        Assert.Equal(0, _index.Search("Quantencomputer").TotalHits);
    }

    [Fact]
    public void Search_PhraseQuery_MatchesOnlyTheExactSequence()
    {
        // Act
        var phrase = _index.Search("\"neue Regierung\"");

        // Assert
        Assert.Equal(["b.txt"], phrase.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("actor:Selenski", "a.txt")]
    [InlineData("akteur:\"Thomas Müller\"", "c.txt")]
    [InlineData("ort:München", "c.txt")]
    [InlineData("location:muenchen", "c.txt")]
    [InlineData("datum:2025-12-21", "a.txt")]
    [InlineData("date:[2025-11-01 TO 2025-12-31] AND Regierung", "b.txt d.txt")]
    [InlineData("datum:2024*", "c.txt")]
    [InlineData("titel:Wetter", "e.txt")]
    [InlineData("text:Meteorologen", "e.txt")]
    public void Search_FieldScopedQuery_SearchesThatField(string query, string expectedIds)
    {
        // Act
        var results = _index.Search(query);

        // Assert
        Assert.Equal(expectedIds.Split(' '), results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_GermanOperators_WorkLikeEnglishOnes()
    {
        // Act
        var und = _index.Search("Berlin UND Haushalt");
        var nicht = _index.Search("Berlin NICHT Haushalt");

        // Assert
        Assert.Equal(["b.txt"], und.Hits.Select(h => h.Id));
        Assert.Equal(["e.txt"], nicht.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("Friedensgespr", "a.txt")]
    [InlineData("friedensgesprä", "a.txt")] // umlaut as typed, lower case
    [InlineData("Bundesta", "b.txt")]
    [InlineData("Berlin Haush", "b.txt")] // the other words keep their meaning
    public void Search_LastWordStillBeingTyped_FindsWordsThatBeginWithItAndSaysSo(string query, string expectedFirst)
    {
        // Act
        var results = _index.Search(query);

        // Assert
        Assert.Equal(expectedFirst, results.Hits[0].Id);
        Assert.Contains("begin with it", results.Notice);
        Assert.NotEmpty(results.Hits[0].TitleHighlights.Concat(results.Hits[0].Snippets.SelectMany(s => s.Highlights)));
    }

    [Theory]
    [InlineData("Friedensgespräche")] // a whole word that matches: no widening
    [InlineData("Fr")] // too short to stand for its continuations
    [InlineData("title:Friedensgespr")] // query syntax is taken as written
    public void Search_WholeWordShortWordOrSyntax_IsNotWidened(string query)
    {
        // Act
        var results = _index.Search(query);

        // Assert
        Assert.True(results.Notice is null || !results.Notice.Contains("begin with it", StringComparison.Ordinal), results.Notice);
    }

    [Fact]
    public void Search_BeginningMatchesNothing_StaysEmptyWithoutNotice()
    {
        // Act
        var results = _index.Search("Xylophonk");

        // Assert
        Assert.Equal(0, results.TotalHits);
        Assert.Null(results.Notice);
    }

    [Fact]
    public void Search_ManyWordsNoDocumentHasAll_FallsBackAndSaysSo()
    {
        // Act
        var results = _index.Search("Miami Quantencomputer Raumfahrt");

        // Assert
        Assert.Equal("a.txt", results.Hits[0].Id);
        Assert.NotNull(results.Notice);
    }

    [Theory]
    [InlineData("\"Gespräche in Miami", QueryErrorKind.UnclosedQuote, 1, "never closed")]
    [InlineData("(Miami OR Berlin", QueryErrorKind.UnclosedBracket, 1, "never closed")]
    [InlineData("Miami)", QueryErrorKind.UnmatchedBracket, 6, "no opening")]
    [InlineData("AND", QueryErrorKind.MissingOperand, 1, "'AND' (position 1) needs a word on each side")]
    [InlineData("Miami AND", QueryErrorKind.MissingOperand, 7, "'AND' (position 7) needs a word")]
    public void Search_BrokenQuery_ThrowsQuerySyntaxExceptionWithReason(string query, QueryErrorKind kind, int position, string reason)
    {
        // Act
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(query));

        // Assert
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(query, error.Query);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_BrokenQueryWithSearchWords_SearchesPlainWordsAndReportsProblem()
    {
        // Act
        var results = _index.Index.Search(new SearchRequest { Text = "(Regierung AND \"Berlin", OnSyntaxError = SyntaxErrorHandling.SearchWords });

        // Assert
        Assert.NotNull(results.SyntaxError);
        Assert.Equal("Regierung Berlin", results.SyntaxError!.SearchedText);
        Assert.Contains("position", results.SyntaxError.Message, StringComparison.Ordinal);
        Assert.Equal("b.txt", results.Hits[0].Id);
    }

    [Fact]
    public void Search_InvalidRequest_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { Take = -1 }));
        Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { From = new DateOnly(2025, 1, 2), To = new DateOnly(2025, 1, 1) }));
    }

    [Fact]
    public void Search_ValuesNoSearchCanMean_AreRefusedNotSearchedAsSomethingElse()
    {
        // An empty filter value found nothing without a word; an undefined sort was searched by relevance, an undefined
        // syntax-error handling threw as the default does.
        Assert.Equal("Actors", Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { Actors = [""] })).ParamName);
        Assert.Equal("ExcludeLocations", Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { ExcludeLocations = [" "] })).ParamName);
        Assert.Equal("Sort", Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { Sort = (SearchSort)42 })).ParamName);
        Assert.Equal("OnSyntaxError", Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { Text = "(a", OnSyntaxError = (SyntaxErrorHandling)42 })).ParamName);
    }

    [Fact]
    public void Search_EmptyDateRange_NamesTheDatesAsWrittenWhateverTheCulture()
    {
        // Arrange
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH"); // a Buddhist calendar: 2010 is 2553 there
        try
        {
            // Act
            var error = Assert.ThrowsAny<ArgumentException>(() => _index.Index.Search(new SearchRequest { From = new DateOnly(2010, 1, 1), To = new DateOnly(2009, 1, 1) }));

            // Assert
            Assert.Contains("from 2010-01-01 is after to 2009-01-01", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Open_FolderWithOtherFilesAndNoIndex_SaysItIsNotAnIndexInsteadOfAdvisingToBuildOneThere()
    {
        // Arrange: the seeds folder named as the index by mistake; building an index there would be refused
        using var folder = new TempFolder();
        folder.Write("artikel.txt", "date 2024-03-01\n\nTitel\n\nText");

        // Act
        var error = Assert.Throws<IndexUnavailableException>(() => SearchIndex.Open(folder.Path));

        // Assert
        Assert.Equal(IndexProblem.NotAnIndex, error.Problem);
        Assert.Contains("artikel.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingIndex_ThrowsWithHowToBuildOne()
    {
        // Act
        var error = Assert.Throws<IndexUnavailableException>(() => SearchIndex.Open(Path.Combine(Path.GetTempPath(), "no-such-index-" + Guid.NewGuid())));

        // Assert: Regression: #15 a library user is told what to call, not a command of the CLI
        Assert.Equal(IndexProblem.Missing, error.Problem);
        Assert.Contains("IndexBuilder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("search index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetStatistics_SampleIndex_CountsDocumentsAndDates()
    {
        // Act
        var stats = _index.Index.GetStatistics();

        // Assert
        Assert.Equal(5, stats.Documents);
        Assert.Equal(new DateOnly(2023, 1, 9), stats.OldestDate);
        Assert.Equal(new DateOnly(2025, 12, 21), stats.NewestDate);
        Assert.True(stats.DistinctActors >= 5);
    }

    [Fact]
    public void Search_OpenIndex_SeesLaterCommitWithoutReopening()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Articles.Sample[0]]);
        }

        using var index = SearchIndex.Open(path);
        Assert.Equal(0, index.Search(SearchRequest.For("Klimaschutz")).TotalHits);

        // Act
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Articles.Sample[3]]);
        }

        Thread.Sleep(250);

        // Assert
        Assert.Equal(1, index.Search(SearchRequest.For("Klimaschutz")).TotalHits);
    }

    [Fact]
    public void Search_OpenIndex_SeesLaterDeletionWithoutReopening()
    {
        // Arrange: the open index notices a newer commit by its generation (issue 16), also one that only deletes
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Articles.Sample[0], Articles.Sample[3]]);
        }

        using var index = SearchIndex.Open(path);
        Assert.Equal(1, index.Search(SearchRequest.For("Klimaschutz")).TotalHits);
        Thread.Sleep(250);
        Assert.Equal(1, index.Search(SearchRequest.For("Klimaschutz")).TotalHits); // a check that finds no newer commit

        // Act
        using (var builder = IndexBuilder.Open(path))
        {
            builder.Delete([Articles.Sample[3].Id]);
        }

        Thread.Sleep(250);

        // Assert
        Assert.Equal(0, index.Search(SearchRequest.For("Klimaschutz")).TotalHits);
    }

    [Fact]
    public void Refresh_AfterCommit_ReturnsNewVersionAndShowsTheChangeAtOnce()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Articles.Sample[0]]);
        }

        using var index = SearchIndex.Open(path);
        var before = index.Refresh();

        // Act
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Articles.Sample[3]]);
        }

        var after = index.Refresh();

        // Assert
        Assert.NotEqual(before, after);
        Assert.Equal(after, index.Refresh());
        Assert.Equal(1, index.Search(SearchRequest.For("Klimaschutz")).TotalHits);
    }

    [Theory]
    [InlineData("actor", "selen", "Wolodimir Selenski")]
    [InlineData("actor", "SELENSKI", "Wolodimir Selenski")]
    [InlineData("actor", "mueller", "Thomas Müller")]
    [InlineData("location", "munchen", "München")]
    public void FindFacetValues_TypedText_FindsValueAtAnyWordIgnoringCaseAndUmlauts(string dimension, string text, string expected)
    {
        // Act
        var values = _index.Index.FindFacetValues(dimension, text);

        // Assert
        Assert.Equal(expected, Assert.Single(values).Value);
    }

    [Fact]
    public void FindFacetValues_EmptyText_ReturnsMostFrequentFirst()
    {
        // Act
        var values = _index.Index.FindFacetValues("location", "", 2);

        // Assert
        Assert.Equal(2, values.Count);
        Assert.Equal(2, values[0].Count);
    }

    [Fact]
    public void FindFacetValues_RanksWordBeginningsAndTheTypedUmlautSpellingFirst()
    {
        // Arrange: "muen" folds to "mun", which "Dortmund" holds inside a word; "koehl" folds to "kohl" (Kohl, Köhler).
        using var index = new TestIndex(
        [
            Articles.Make("a", "2024-01-01", "Eins", "Text eins.", ["Helmut Kohl"], ["Dortmund"]),
            Articles.Make("b", "2024-01-02", "Zwei", "Text zwei.", ["Helmut Kohl"], ["Dortmund"]),
            Articles.Make("c", "2024-01-03", "Drei", "Text drei.", ["Helmut Kohl"], ["Dortmund"]),
            Articles.Make("d", "2024-01-04", "Vier", "Text vier.", ["Horst Köhler"], ["München"]),
            Articles.Make("e", "2024-01-05", "Fünf", "Text fünf.", ["Horst Köhler"], ["Berlin-München"]),
        ]);

        // Act
        var places = index.Index.FindFacetValues("location", "muen").Select(v => v.Value);
        var actors = index.Index.FindFacetValues("actor", "koehl").Select(v => v.Value);

        // Assert: a value whose word begins with the text as typed (ue for ü) first, then other spellings, then the
        // text inside a word; more documents first within each.
        Assert.Equal(["München", "Berlin-München", "Dortmund"], places);
        Assert.Equal(["Horst Köhler", "Helmut Kohl"], actors);
    }

    [Fact]
    public void FindFacetValues_AFrequentValueWhoseLaterWordBeginsWithTheText_ComesBeforeRareOnes()
    {
        // Arrange: "mer" listed Merced (2) and Merck (1) before Angela Merkel (19): first words ranked before later ones
        using var index = new TestIndex(
        [
            .. Enumerable.Range(0, 5).Select(i => Articles.Make($"m{i}", "2024-01-01", "Titel", "Text.", ["Angela Merkel"], [])),
            Articles.Make("x", "2024-01-02", "Titel", "Text.", ["Merced"], []),
            Articles.Make("y", "2024-01-03", "Titel", "Text.", ["Merced", "Merck Finck"], []),
        ]);

        // Act
        var actors = index.Index.FindFacetValues("actor", "mer").Select(v => v.Value);

        // Assert
        Assert.Equal(["Angela Merkel", "Merced", "Merck Finck"], actors);
    }

    public sealed class SampleIndex : IDisposable
    {
        public TestIndex Value { get; } = new(Articles.Sample);

        public void Dispose() => Value.Dispose();
    }
}
