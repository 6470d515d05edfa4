using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class SpellingSuggesterTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SpellingSuggesterTests()
    {
        // The schema proposal: "body" with the German index analyzer, "exact" (tokenizer +
        // lower-case) as the spelling vocabulary.
        string[] bodies =
        [
            "Die Friedensgespräche in Genf sind gescheitert.",
            "Neue Friedensgespräche in Istanbul.",
            "Friedenspläne und Gespräche über die Ukraine.",
            "Thomas Müller spielt in München.",
            "Die Regierung bildet eine neue Landesregierung.",
            "Die Regierungen der Nachbarländer beraten.",
            "Der Ministerpräsident besucht die Straße.",
        ];
        var analyzer = new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(
            GermanAnalyzers.CreateIndexAnalyzer(),
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { ["exact"] = GermanAnalyzers.CreateExactAnalyzer() });
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(GermanAnalyzers.Version, analyzer)))
        {
            foreach (var body in bodies)
            {
                writer.AddDocument(new Document
                {
                    new TextField("body", body, Field.Store.YES),
                    new TextField("exact", body, Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("FrideNsgespräche", "Friedensgespräche")]
    [InlineData("friedensgesprache", "friedensgespräche")]
    [InlineData("Freidensgespräche", "Friedensgespräche")]
    [InlineData("Regirung", "Regierung")]
    [InlineData("Rgeierung", "Regierung")]
    [InlineData("REGIRUNG", "REGIERUNG")]
    [InlineData("Mueller", "Müller")]
    [InlineData("Strasse", "Straße")]
    public void Suggest_MisspelledWord_ReturnsNearestSurfaceWord(string word, string? expected)
    {
        // Arrange
        var suggester = new SpellingSuggester();

        // Act
        var suggestion = suggester.Suggest(_reader, "exact", word);

        // Assert
        Assert.Equal(expected, suggestion);
    }

    [Theory]
    [InlineData("Regierung")]
    [InlineData("friedensgespräche")]
    [InlineData("xyzzyplugh")]
    [InlineData("ab")]
    [InlineData("2024")]
    public void Suggest_KnownOrHopelessWord_ReturnsNull(string word)
    {
        // Arrange
        var suggester = new SpellingSuggester();

        // Act
        var suggestion = suggester.Suggest(_reader, "exact", word);

        // Assert
        Assert.Null(suggestion);
    }

    [Fact]
    public void Suggest_TwoCandidatesAtSameDistance_PrefersMoreFrequent()
    {
        // Arrange: "regierungn" is one edit from "regierung" (2 docs) and "regierungen" (1 doc)
        var suggester = new SpellingSuggester();

        // Act
        var suggestion = suggester.Suggest(_reader, "exact", "regierungn");

        // Assert
        Assert.Equal("regierung", suggestion);
    }

    [Fact]
    public void Suggest_MissingField_ReturnsNull()
    {
        // Arrange
        var suggester = new SpellingSuggester();

        // Act
        var suggestion = suggester.Suggest(_reader, "nosuchfield", "Regirung");

        // Assert
        Assert.Null(suggestion);
    }

    [Fact]
    public void SuggestQuery_MisspelledWords_CorrectsOnlyThoseAndKeepsSyntax()
    {
        // Arrange
        var suggester = new SpellingSuggester();

        // Act
        var corrected = suggester.SuggestQuery(_reader, "exact", "\"FrideNsgespräche in Genf\" AND Regirung* OR title:Landesregirung");

        // Assert
        Assert.Equal("\"Friedensgespräche in Genf\" AND Regirung* OR title:Landesregierung", corrected);
    }

    [Fact]
    public void SuggestQuery_AllWordsKnown_ReturnsNull()
    {
        // Arrange
        var suggester = new SpellingSuggester();

        // Act
        var corrected = suggester.SuggestQuery(_reader, "exact", "Friedensgespräche in Genf");

        // Assert
        Assert.Null(corrected);
    }

    [Fact]
    public void SuggestQuery_WordFoundThroughSearchField_IsNotCorrected()
    {
        // Arrange: "Muenchen" and "Regierungen" are found by the stemmed, folded body field
        var suggester = new SpellingSuggester(GermanAnalyzers.CreateQueryAnalyzer(), ["body"]);

        // Act
        var corrected = suggester.SuggestQuery(_reader, "exact", "Muenchen Landesregierungen FrideNsgespräche");

        // Assert
        Assert.Equal("Muenchen Landesregierungen Friedensgespräche", corrected);
    }

    [Theory]
    [InlineData("friedensgespräche", "fridensgespräche", 1)]
    [InlineData("regierung", "rgeierung", 1)]
    [InlineData("regierung", "regirung", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_TwoWords_IsDamerauLevenshtein(string a, string b, int expected)
    {
        // Act
        var distance = SpellingSuggester.Distance(a, b);

        // Assert
        Assert.Equal(expected, distance);
    }
}
