using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Searching.Queries;
using static Search.Core.Tests.Analysis.AnalysisTestHelpers;

namespace Search.Core.Tests.Searching.Queries;

public class QueryCompoundSplitterTests
{
    private static CompoundSplit? SplitAgainst(string word, params string[] bodies)
    {
        using var directory = IndexBodies(bodies);
        using var reader = DirectoryReader.Open(directory);
        return QueryCompoundSplitter.Shared.Split(word, reader);
    }

    [Theory]
    [InlineData("Ukrainekrieg", "Der Krieg in der Ukraine dauert an.", "ukraine krieg", "ukrain krieg")]
    [InlineData("Klimaprotest", "Ein Protest für das Klima vor dem Rathaus.", "klima protest", "klima prot")]
    [InlineData("Regierungskrise", "Die Krise der Regierung spitzt sich zu.", "regierung krise", "regierung kris")]
    [InlineData("Coronademo", "Eine Demo gegen die Corona-Regeln.", "corona demo", "corona demo")]
    public void Split_CompoundTheIndexLacks_GivesItsPartsAsIndexed(string word, string body, string parts, string terms)
    {
        // Act
        var split = SplitAgainst(word, body);

        // Assert
        Assert.NotNull(split);
        Assert.Equal(word, split.Word);
        Assert.Equal(parts.Split(' '), split.Parts);
        Assert.Equal(terms.Split(' '), split.Terms);
    }

    [Fact]
    public void Split_WordInSeveralDocuments_IsLeftWhole()
    {
        var split = SplitAgainst("Ukrainekrieg", "Der Ukrainekrieg dauert an.", "Im Ukrainekrieg fielen viele.", "Krieg in der Ukraine.");

        Assert.Null(split);
    }

    [Fact]
    public void Split_RareWord_IsSplitBelowTheThreshold()
    {
        // Arrange: the word is in one document, its parts in another
        using var directory = IndexBodies("Der Ukrainekrieg dauert an.", "Krieg in der Ukraine.");
        using var reader = DirectoryReader.Open(directory);

        // Act
        var rare = QueryCompoundSplitter.Shared.Split("Ukrainekrieg", reader, rareBelow: 2);
        var notRare = QueryCompoundSplitter.Shared.Split("Ukrainekrieg", reader, rareBelow: 1);

        // Assert
        Assert.Equal(["ukrain", "krieg"], rare?.Terms);
        Assert.Null(notRare);
    }

    [Theory]
    [InlineData("Quarkstrudel", "Ein Strudel mit Äpfeln.")] // "quark" is not in the index
    [InlineData("Ukraine", "Krieg in der Ukraine.")] // too short to be a compound, and known
    [InlineData("Zwetschgendatschi", "Kuchen vom Blech.")] // nothing known
    [InlineData("Ukraine-Krieg", "Krieg in der Ukraine.")] // not one word: the tokenizer splits it anyway
    public void Split_NoKnownParts_GivesNull(string word, string body)
    {
        Assert.Null(SplitAgainst(word, body));
    }

    [Fact]
    public void Split_DocumentFrequencyFunction_PrefersFewestParts()
    {
        // Arrange: every stretch is "known"; the fewest parts win
        var split = QueryCompoundSplitter.Shared.Split("Klimaprotest", term => term == "klimaprot" ? 0 : 5);

        // Assert
        Assert.NotNull(split);
        Assert.Equal(2, split.Parts.Count);
    }

    [Fact]
    public void Split_WordTheIndexHolds_DoesNotLoadTheDecompounder()
    {
        // Arrange: Regression: #16 every plain query loaded the decompounder's grammar and dictionary (about a quarter
        // of a second in a fresh process), even for words the index holds
        using var directory = IndexBodies("Die Regierung tagt.", "Die Regierung verhandelt.");
        using var reader = DirectoryReader.Open(directory);
        var loads = 0;
        var splitter = new QueryCompoundSplitter(() =>
        {
            loads++;
            return GermanDecompounder.Shared;
        });

        // Act
        var known = splitter.Split("Regierung", reader, rareBelow: 1);
        var loadsForKnownWord = loads;
        var unknown = splitter.Split("Regierungskrise", reader, rareBelow: 1);

        // Assert: the known word left the data unloaded; a word the index lacks loads it once
        Assert.Null(known);
        Assert.Equal(0, loadsForKnownWord);
        Assert.Null(unknown);
        Assert.Equal(1, loads);
    }
}
