using Lucene.Net.Index;
using Lucene.Net.Search;
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

    [Fact]
    public void Constructor_PartsNoDocumentHoldsTogether_SearchesThemWithoutPostingsAndFindsTheSame()
    {
        // Arrange: issue 16, "Quantencomputer": both parts are in the index, never in one document
        using var directory = IndexBodies("Die Quanten der Physik.", "Der Computer im Büro.", "Quanten und Computer im Labor.");
        using var reader = DirectoryReader.Open(directory);
        using var apart = IndexBodies("Die Quanten der Physik.", "Der Computer im Büro.");
        using var apartReader = DirectoryReader.Open(apart);
        var parsed = QueryParser.Parse("Quantencomputer");

        // Act
        var meeting = new PlainWordQueries(parsed, reader);
        var neverMeeting = new PlainWordQueries(parsed, apartReader);

        // Assert: the split is made and told either way; only parts that meet are searched as a phrase
        Assert.Equal(["quanten", "computer"], meeting.Splits.Single().Parts);
        Assert.Equal(["quanten", "computer"], neverMeeting.Splits.Single().Parts);
        var meetingQuery = meeting.Matching(meeting.Minimum)!;
        var neverQuery = neverMeeting.Matching(neverMeeting.Minimum)!;
        Assert.Contains("\"quant comput\"~8", meetingQuery.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"", neverQuery.ToString(), StringComparison.Ordinal);
        Assert.Contains("+body:quant +body:comput", neverQuery.ToString(), StringComparison.Ordinal); // still marked in snippets
        Assert.Equal(1, new IndexSearcher(reader).Search(meetingQuery, 10).TotalHits);
        Assert.Equal(0, new IndexSearcher(apartReader).Search(neverQuery, 10).TotalHits);
        Assert.Equal(0, new IndexSearcher(apartReader).Search(meetingQuery, 10).TotalHits);
    }
}
