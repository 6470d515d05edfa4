using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 13: across the whole index, a bare name is counted under the one full person name it stands for, so the
/// actor panel does not show "Thaksin" and "Thaksin Shinawatra" as two people.
/// </summary>
public sealed class PersonMergeTests
{
    private static NewsDocument Doc(string id, string[] actors, string[] persons) =>
        Articles.Make(id, "2024-05-01", $"Bericht {id}", $"Ein Text über Politik, Nummer {id}.", actors, []) with { Persons = persons };

    private static List<NewsDocument> Corpus() =>
    [
        Doc("a.txt", ["Thaksin Shinawatra", "PAD"], ["Thaksin Shinawatra"]),
        Doc("b.txt", ["Thaksin"], ["Thaksin"]),
        Doc("c.txt", ["Thaksin", "Stoiber"], ["Thaksin", "Stoiber"]),
        Doc("d.txt", ["Edmund Stoiber"], ["Edmund Stoiber"]),
        Doc("e.txt", ["Bush"], ["Bush"]),
        Doc("f.txt", ["George W. Bush"], ["George W. Bush"]),
        Doc("g.txt", ["Laura Bush"], ["Laura Bush"]),
        Doc("h.txt", ["Bosch"], []),
        Doc("i.txt", ["Robert Bosch"], ["Robert Bosch"]),
        Doc("j.txt", ["Angela"], ["Angela"]),
        Doc("k.txt", ["Angela Merkel", "Merkel"], ["Angela Merkel", "Merkel"]),
        Doc("l.txt", ["Frank"], ["Frank"]),
        Doc("m.txt", ["Barney Frank"], ["Barney Frank"]),
        Doc("n.txt", ["Abhisit Vejjajiva"], ["Abhisit Vejjajiva"]),
    ];

    private static SearchIndex Build(TempFolder folder)
    {
        var path = folder.Combine("index");
        foreach (var chunk in Corpus().Chunk(4))
        {
            using var builder = IndexBuilder.Open(path);
            builder.AddOrUpdate(chunk);
        }

        return SearchIndex.Open(path);
    }

    [Fact]
    public void ActorFacet_BareNameOfOnePerson_CountedUnderTheFullName()
    {
        // Arrange
        using var folder = new TempFolder();
        using var index = Build(folder);

        // Act
        var actors = index.Search(new SearchRequest { FacetSize = 50 }).Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count);

        // Assert
        Assert.Equal(3, actors["Thaksin Shinawatra"]);
        Assert.Equal(2, actors["Edmund Stoiber"]);
        Assert.Equal(1, actors["Angela Merkel"]); // "Merkel" in the same document counts once
        Assert.DoesNotContain("Thaksin", actors.Keys);
        Assert.DoesNotContain("Stoiber", actors.Keys);
        Assert.DoesNotContain("Merkel", actors.Keys);
    }

    [Fact]
    public void ActorFacet_QueryWithHits_CountsTheMergedNamesOnceAsMatchAllDoes()
    {
        // Arrange: a text query goes through the collector, match-all through the per-reader counts
        using var folder = new TempFolder();
        using var index = Build(folder);

        // Act
        var actors = index.Search(new SearchRequest { Text = "Politik", FacetSize = 50 }).Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count);

        // Assert
        Assert.Equal(3, actors["Thaksin Shinawatra"]);
        Assert.Equal(2, actors["Edmund Stoiber"]);
        Assert.Equal(1, actors["Angela Merkel"]);
        Assert.DoesNotContain("Merkel", actors.Keys);
    }

    [Fact]
    public void ActorFacet_AmbiguousOrNoPersonOrFirstName_StaysApart()
    {
        // Arrange
        using var folder = new TempFolder();
        using var index = Build(folder);

        // Act
        var actors = index.Search(new SearchRequest { FacetSize = 50 }).Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count);

        // Assert: two Bushes, a company beside its founder, a listed first name
        Assert.Equal(1, actors["Bush"]);
        Assert.Equal(1, actors["George W. Bush"]);
        Assert.Equal(1, actors["Laura Bush"]);
        Assert.Equal(1, actors["Bosch"]);
        Assert.Equal(1, actors["Robert Bosch"]);
        Assert.Equal(1, actors["Angela"]);
        Assert.Equal(1, actors["Frank"]); // a listed first name, although "Barney Frank" is the only Frank by surname
        Assert.Equal(1, actors["Barney Frank"]);
    }

    [Theory]
    [InlineData("Thaksin Shinawatra")]
    [InlineData("Thaksin")]
    public void ActorFilter_FullOrBareName_FindsTheDocumentsOfBoth(string value)
    {
        // Arrange
        using var folder = new TempFolder();
        using var index = Build(folder);

        // Act
        var results = index.Search(new SearchRequest { Actors = [value], Take = 20 });

        // Assert
        Assert.Equal(["a.txt", "b.txt", "c.txt"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActorFilter_BareNameNoDocumentHasAsAValue_FindsTheFullName()
    {
        // Arrange: every article gives the full name, so "Abhisit" is no facet value of its own
        using var folder = new TempFolder();
        using var index = Build(folder);

        // Act
        var results = index.Search(new SearchRequest { Actors = ["abhisit"], Take = 20 });

        // Assert
        Assert.Equal(["n.txt"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void FindFacetValues_BareName_ShowsTheFullNameWithTheMergedCount()
    {
        // Arrange
        using var folder = new TempFolder();
        using var index = Build(folder);

        // Act
        var found = index.FindFacetValues("actor", "Thaksin");

        // Assert
        var value = Assert.Single(found);
        Assert.Equal("Thaksin Shinawatra", value.Value);
        Assert.Equal(3, value.Count);
    }
}
