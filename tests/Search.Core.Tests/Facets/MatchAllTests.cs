using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 16: a request without text and filters is answered from per-reader caches (document counts of the values,
/// year counts, one pass over the cached dates) instead of a collector pass. It must give exactly what the collector
/// gives; an exclusion of a name nobody has sends the same request through the collector for comparison.
/// </summary>
public sealed class MatchAllTests
{
    private static readonly string[] ActorPool = ["Anna Berg", "Bernd Claus", "Carla Dorn", "Dieter Eck"];
    private static readonly string[] LocationPool = ["Berlin", "Wien", "Zürich"];

    [Theory]
    [InlineData(0, 10, 10)]
    [InlineData(7, 5, 3)]
    [InlineData(0, 0, 10)]
    [InlineData(0, 500, 0)]
    public void Search_NoTextNoFilter_SameAsCollectorPass(int skip, int take, int facetSize)
    {
        // Arrange: several segments, replaced and deleted documents, many documents of the same date
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        var random = new Random(7);
        var docs = new List<NewsDocument>();
        for (var i = 0; i < 150; i++)
        {
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 60) * 13);
            docs.Add(Articles.Make($"d{i:D3}.txt", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"Bericht {i}", $"Text {i}.",
                [.. ActorPool.Where(_ => random.NextDouble() < 0.4)], [.. LocationPool.Where(_ => random.NextDouble() < 0.4)]));
        }

        foreach (var chunk in docs.Chunk(50))
        {
            using var builder = IndexBuilder.Open(path);
            builder.AddOrUpdate(chunk);
        }

        using (var builder = IndexBuilder.Open(path))
        {
            builder.Delete(["d003.txt", "d077.txt", "d140.txt"]);
            builder.AddOrUpdate([docs[10] with { Body = "Neu", ContentHash = "" }]);
        }

        using var index = SearchIndex.Open(path);
        var request = new SearchRequest { Text = "", Skip = skip, Take = take, FacetSize = facetSize, MaxSnippets = 0 };

        // Act
        var fast = index.Search(request);
        var collected = index.Search(request with { ExcludeActors = ["Niemand Sonst"] });

        // Assert
        Assert.Equal(147, fast.TotalHits);
        Assert.Equal(collected.TotalHits, fast.TotalHits);
        Assert.Equal(collected.Hits.Select(h => (h.Id, h.Date, h.Score)), fast.Hits.Select(h => (h.Id, h.Date, h.Score)));
        Assert.Equal(Math.Max(0, Math.Min(take, 147 - skip)), fast.Hits.Count);
        Assert.Equal(Describe(collected.Facets), Describe(fast.Facets));
        Assert.True(take == 0 || fast.Hits.Zip(fast.Hits.Skip(1)).All(p => p.First.Date >= p.Second.Date));
    }

    private static string Describe(Search.Core.Facets.FacetResults facets) =>
        string.Join(" | ", new[] { facets.Actor, facets.Location, facets.Date }.Select(d =>
            $"{d.Name} {d.DistinctValues}: " + string.Join(", ", d.Values.Select(v => $"{v.Value}={v.Count}"))));
}
