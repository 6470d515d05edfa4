using Search.Core.Analysis;
using static Search.Core.Tests.Analysis.AnalysisTestHelpers;

namespace Search.Core.Tests.Analysis;

public class GermanAnalyzersTests
{
    [Theory]
    [InlineData("Regierung", new[] { "regierung" })]
    [InlineData("Landesregierung", new[] { "landesregierung", "land", "regierung" })]
    [InlineData("Friedensgespräche", new[] { "friedensgesprach", "fried", "gesprach" })]
    [InlineData("Sicherheitsgarantien", new[] { "sicherheitsgaranti", "sicherheit", "garanti" })]
    [InlineData("Gebietsabtretungen", new[] { "gebietsabtretung", "gebiet", "abtretung" })]
    [InlineData("Häuser", new[] { "haus" })]
    public void CreateIndexAnalyzer_Compound_EmitsWordThenParts(string word, string[] expected)
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var terms = Terms(analyzer, word);

        // Assert
        Assert.Equal(expected, terms);
    }

    [Theory]
    [InlineData("Sondierungsgespräche", "gesprach")]
    [InlineData("Regierungssprecherin", "regierung")]
    [InlineData("Kanzleramt", "kanzl")]
    [InlineData("Steuererhöhung", "steu")]
    [InlineData("Bundeskanzlerin", "kanzlerin")]
    [InlineData("Rindfleischüberwachungsgesetz", "gesetz")]
    public void CreateIndexAnalyzer_CompoundWithUnknownOrShortMember_EmitsKnownPart(string word, string part)
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var terms = Terms(analyzer, word);

        // Assert
        Assert.Contains(part, terms);
    }

    [Fact]
    public void CreateIndexAnalyzer_OverlappingParts_KeepsOnlyNonOverlapping()
    {
        // Arrange: "schub" overlaps fleisch|überwachung
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var terms = Terms(analyzer, "Rindfleischüberwachungsgesetz");

        // Assert
        Assert.Equal(["rindfleischuberwachungsgesetz", "rind", "fleisch", "uberwachung", "gesetz"], terms);
    }

    [Theory]
    [InlineData("Regierung")]
    [InlineData("Landesregierung")]
    [InlineData("Bundesregierung")]
    public void CreateIndexAnalyzer_Regierung_HasNoFalseSplits(string word)
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var terms = Terms(analyzer, word);

        // Assert
        Assert.DoesNotContain("regi", terms);
        Assert.DoesNotContain("run", terms);
    }

    [Theory]
    [InlineData("Häuser")]
    [InlineData("Friedensgespräche")]
    [InlineData("Gebietsabtretungen")]
    public void CreateIndexAnalyzer_Word_EmitsNoDuplicateTokens(string word)
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var terms = Terms(analyzer, word);

        // Assert
        Assert.Equal(terms.Distinct().Count(), terms.Length);
    }

    [Fact]
    public void CreateIndexAnalyzer_Compound_PartsStackedWithWholeWordOffsets()
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var tokens = Analyze(analyzer, "Die Friedensgespräche laufen");

        // Assert
        Assert.Equal(["friedensgesprach", "fried", "gesprach", "lauf"], tokens.Select(t => t.Term));
        Assert.Equal([2, 0, 0, 1], tokens.Select(t => t.PositionIncrement));
        Assert.All(tokens.Take(3), t => Assert.Equal((4, 21), (t.Start, t.End)));
    }

    [Theory]
    [InlineData("angaben")]
    [InlineData("soldaten")]
    [InlineData("entscheidung")]
    [InlineData("deutschland")]
    [InlineData("europäischen")]
    [InlineData("unterstützt")]
    public void CreateIndexAnalyzer_NoCompound_EmitsOneToken(string word)
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateIndexAnalyzer();

        // Act
        var terms = Terms(analyzer, word);

        // Assert
        Assert.Single(terms);
    }

    [Fact]
    public void CreateIndexAnalyzer_Text_MatchesLuceneChainTermsForWholeWords()
    {
        // Arrange: the memoised filter must stem whole words exactly like the query chain
        var index = GermanAnalyzers.CreateIndexAnalyzer();
        var query = GermanAnalyzers.CreateQueryAnalyzer();
        const string text = "Die Bundesregierung hat über Sicherheitsgarantien und den Wiederaufbau der "
            + "Ukraine gesprochen; Müllers Häuser in München blieben unbeschädigt.";

        // Act
        var indexWords = Analyze(index, text).Where(t => t.PositionIncrement > 0).Select(t => t.Term);
        var queryWords = Terms(query, text);

        // Assert
        Assert.Equal(queryWords, indexWords);
    }

    [Fact]
    public void CreateQueryAnalyzer_Compound_DoesNotDecompound()
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateQueryAnalyzer();

        // Act
        var terms = Terms(analyzer, "Friedensgespräche");

        // Assert
        Assert.Equal(["friedensgesprach"], terms);
    }

    [Fact]
    public void Search_GesprachQuery_FindsFriedensgesprache()
    {
        // Arrange
        using var directory = IndexBodies("Die Friedensgespräche in Genf sind gescheitert.", "Das Wetter bleibt schön.");

        // Act
        var hits = SearchBodies(directory, "Gespräch");

        // Assert
        Assert.Equal(["Die Friedensgespräche in Genf sind gescheitert."], hits);
    }

    [Fact]
    public void Search_CompoundQuery_FindsOnlyTheCompound()
    {
        // Arrange
        using var directory = IndexBodies("Die Friedensgespräche beginnen.", "Der Frieden hält.", "Gespräche laufen.");

        // Act
        var hits = SearchBodies(directory, "Friedensgespräche");

        // Assert
        Assert.Equal(["Die Friedensgespräche beginnen."], hits);
    }

    [Theory]
    [InlineData("Mueller", "Thomas Müller trifft.")]
    [InlineData("Muller", "Thomas Müller trifft.")]
    [InlineData("Müller", "Thomas Mueller trifft.")]
    [InlineData("Strasse", "Die Straße ist gesperrt.")]
    [InlineData("Straße", "Die Strasse ist gesperrt.")]
    [InlineData("Muenchen", "Das Spiel in München fiel aus.")]
    [InlineData("Munchen", "Das Spiel in München fiel aus.")]
    public void Search_TransliteratedQuery_FindsUmlautSpelling(string query, string body)
    {
        // Arrange
        using var directory = IndexBodies(body, "Ein anderer Text.");

        // Act
        var hits = SearchBodies(directory, query);

        // Assert
        Assert.Equal([body], hits);
    }

    [Theory]
    [InlineData("Müller", new[] { "müller" })]
    [InlineData("Mueller", new[] { "mueller" })]
    [InlineData("Straße", new[] { "straße" })]
    [InlineData("Die Friedensgespräche", new[] { "friedensgespräche" })] // stopwords left out
    [InlineData("Super_Bowl_50", new[] { "super", "bowl", "50" })]
    public void CreateExactAnalyzer_Text_LowercasesAndDropsStopwordsOnly(string text, string[] expected)
    {
        // Arrange
        var analyzer = GermanAnalyzers.CreateExactAnalyzer();

        // Act
        var terms = Terms(analyzer, text);

        // Assert
        Assert.Equal(expected, terms);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Analyzers_Underscores_SplitWords(bool indexSide)
    {
        // Arrange
        var analyzer = indexSide ? GermanAnalyzers.CreateIndexAnalyzer() : GermanAnalyzers.CreateQueryAnalyzer();

        // Act
        var tokens = Analyze(analyzer, "Super_Bowl_50");

        // Assert
        Assert.Equal(["sup", "bowl", "50"], tokens.Select(t => t.Term));
        Assert.Equal([(0, 5), (6, 10), (11, 13)], tokens.Select(t => (t.Start, t.End)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Analyzers_HyphenatedWord_SplitsAtHyphen(bool indexSide)
    {
        // Arrange
        var analyzer = indexSide ? GermanAnalyzers.CreateIndexAnalyzer() : GermanAnalyzers.CreateQueryAnalyzer();

        // Act
        var terms = Terms(analyzer, "Ukraine-Krieg");

        // Assert
        Assert.Equal(["ukrain", "krieg"], terms);
    }

    [Fact]
    public void DecompounderDictionary_Clean_AppliesRules()
    {
        // Arrange
        string[] raw = ["run", "regie", "regierungs", "gespräch", "garantie", "glas"];

        // Act
        var cleaned = DecompounderDictionary.Clean(raw);

        // Assert
        Assert.DoesNotContain("run", cleaned);
        Assert.Contains("regierung", cleaned);
        Assert.Contains("regierungen", cleaned);
        Assert.Contains("gespräche", cleaned);
        Assert.Contains("garantien", cleaned);
        Assert.DoesNotContain("gla", cleaned);
    }

    [Fact]
    public void GermanDecompounder_Shared_IsLoadedOnceAcrossThreads()
    {
        // Arrange
        var instances = new GermanDecompounder[8];

        // Act
        Parallel.For(0, instances.Length, i => instances[i] = GermanDecompounder.Shared);

        // Assert
        Assert.All(instances, d => Assert.Same(GermanDecompounder.Shared, d));
    }

    [Fact]
    public void DecompoundStemmer_ConcurrentUse_GivesSameTermsAsUncached()
    {
        // Arrange
        var shared = DecompoundStemmer.Shared;
        var fresh = new DecompoundStemmer(GermanDecompounder.Shared, cacheCapacity: 16);
        string[] words = ["friedensgespräche", "landesregierung", "sicherheitsgarantien", "häuser", "regierung", "wiederaufbau"];

        // Act
        var results = new string[200][];
        Parallel.For(0, results.Length, i => results[i] = shared.Analyze(words[i % words.Length]));

        // Assert
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(fresh.Analyze(words[i % words.Length]), results[i]);
        }
    }

    [Fact]
    public void EmbeddedNotice_IsShippedWithTheData()
    {
        // Arrange
        var assembly = typeof(GermanAnalyzers).Assembly;

        // Act
        using var stream = assembly.GetManifestResourceStream("Search.Core.Analysis.Data.NOTICE.txt");
        var copied = File.Exists(Path.Combine(AppContext.BaseDirectory, "german-decompounder", "NOTICE.txt"));

        // Assert
        Assert.NotNull(stream);
        Assert.True(copied);
    }
}
