using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A document read back with GetDocument and written again keeps which of its actors are persons, so the actor facet
/// still counts a bare surname under the full name ("Stoiber" under "Edmund Stoiber").
/// </summary>
public sealed class PersonsRoundTripTests
{
    private static readonly NewsDocument[] Documents =
    [
        new() { Id = "a", Date = new DateOnly(2005, 1, 1), Title = "Edmund Stoiber in München", Body = "Der bayerische Ministerpräsident Edmund Stoiber sprach in München." },
        new() { Id = "b", Date = new DateOnly(2005, 1, 2), Title = "Stoiber kritisiert Berlin", Body = "Stoiber kritisierte die Bundesregierung in Berlin scharf." },
    ];

    [Fact]
    public void GetDocument_ThenAddOrUpdate_KeepsThePersonsAndTheirMergedCount()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate(Documents);
        }

        int Count(SearchIndex index) =>
            index.Search(new SearchRequest { FacetSize = 20 }).Facets.Actor.Values.SingleOrDefault(v => v.Value == "Edmund Stoiber")?.Count ?? 0;

        // Act: read both back, change the headlines, write them again (Persons came back empty before)
        NewsDocument a, b;
        int before;
        using (var index = SearchIndex.Open(path))
        {
            before = Count(index);
            a = index.GetDocument("a")!;
            b = index.GetDocument("b")!;
        }

        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([a with { Title = a.Title + " (korrigiert)", ContentHash = "" }, b with { Title = b.Title + " (korrigiert)", ContentHash = "" }]);
        }

        using var after = SearchIndex.Open(path);

        // Assert
        Assert.Equal(2, before);
        Assert.Contains("Edmund Stoiber", a.Persons);
        Assert.Equal(2, Count(after));
    }
}
