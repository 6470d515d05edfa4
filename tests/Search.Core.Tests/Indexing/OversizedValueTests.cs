using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// Values the index cannot keep as one term (more than 32,766 bytes) used to fail a whole update with Lucene's
/// "DocValuesField "actor" is too large": a run of capitalised words read as one name, or a document given as an
/// object with such a value.
/// </summary>
public sealed class OversizedValueTests
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nAngela Merkel sprach in Berlin über {0}.";

    [Fact]
    public void Extract_ARunOfCapitalisedWords_IsNoName()
    {
        // Act
        var entities = EntityExtractor.Default.Extract("Großbuchstaben", string.Concat(Enumerable.Repeat("Deutsche Bank AG ", 50)));

        // Assert
        Assert.All(entities.Actors.Concat(entities.Locations), name => Assert.True(name.Length <= 120, $"A name of {name.Length} characters: {name[..60]}…"));
    }

    [Fact]
    public void UpdateFromFolder_AFileOfCapitalisedWords_IsIndexedWithTheRest()
    {
        // Arrange: 36 KB of capitalised words without punctuation (a tag cloud, a menu)
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/caps.txt", "date 2020-01-01\n\nGroßbuchstaben\n\n" + string.Concat(Enumerable.Repeat("Wort Text Gespräch ", 1800)));
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((2, 0), (result.Added, result.Rejected.Count));
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal("caps.txt", Assert.Single(index.Search(SearchRequest.For("Gespräch")).Hits).Id);
        Assert.Contains("Angela Merkel", index.Search(SearchRequest.For("alpha")).Hits[0].Actors);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("location")]
    [InlineData("id")]
    public void AddOrUpdate_AValueTooLongForTheIndex_IsRefusedNamingTheDocument(string what)
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.AddOrUpdate([Doc("first", [], [])]);
        var huge = new string('X', 40_000);
        var document = what switch
        {
            "actor" => Doc("second", [huge], []),
            "location" => Doc("second", ["Angela Merkel"], [huge]),
            _ => Doc(huge, [], []),
        };

        // Act
        var error = Assert.Throws<ArgumentException>(() => builder.AddOrUpdate([Doc("third", [], []), document]));

        // Assert
        Assert.Contains(what == "id" ? "an Id of 40,000 characters" : "a value of 40,000 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains(what == "id" ? "XXXX…" : "'second'", error.Message, StringComparison.Ordinal);
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal(["first"], index.Search(SearchRequest.For("")).Hits.Select(h => h.Id)); // nothing of the call committed
    }

    private static NewsDocument Doc(string id, string[] actors, string[] locations) => new()
    {
        Id = id,
        Date = new DateOnly(2024, 3, 1),
        Title = "Titel",
        Body = "Ein Text über Berlin.",
        Actors = actors,
        Locations = locations,
    };
}
