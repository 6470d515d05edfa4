using Lucene.Net.Index;
using Search.Core.Searching.Queries;
using static Search.Core.Tests.Analysis.AnalysisTestHelpers;

namespace Search.Core.Tests.Searching.Queries;

public class PlainWordQueriesTests
{
    [Fact]
    public void LastWordAsBeginning_NoTermBeginsWithTheWord_IsNullWithTheReader()
    {
        // Arrange: issue 16, a word the index lacks: the widened query could find nothing, so it is not run at all
        using var directory = IndexBodies("Die Friedensgespräche beginnen.", "Der Haushalt in Berlin.");
        using var reader = DirectoryReader.Open(directory);
        var words = new PlainWordQueries(QueryParser.Parse("Berlin Zzyzxquark"));

        // Act
        var withReader = words.LastWordAsBeginning(out var lastWord, reader);
        var withoutReader = words.LastWordAsBeginning(out _);

        // Assert
        Assert.Equal("Zzyzxquark", lastWord);
        Assert.Null(withReader);
        Assert.NotNull(withoutReader);
    }

    [Fact]
    public void LastWordAsBeginning_SomeTermBeginsWithTheWord_KeepsTheBeginningsThatExist()
    {
        // Arrange: only the body field is in this index, so only its beginning is left
        using var directory = IndexBodies("Die Friedensgespräche beginnen.", "Der Haushalt in Berlin.");
        using var reader = DirectoryReader.Open(directory);
        var words = new PlainWordQueries(QueryParser.Parse("Friedensgespr"));

        // Act
        var withReader = words.LastWordAsBeginning(out _, reader);
        var withoutReader = words.LastWordAsBeginning(out _);

        // Assert
        Assert.NotNull(withReader);
        Assert.Contains("body:friedensgespr*", withReader.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("exact:", withReader.ToString(), StringComparison.Ordinal);
        Assert.Contains("exact:", withoutReader!.ToString(), StringComparison.Ordinal);
    }
}
