using System.Collections.Concurrent;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

public sealed class SearchIndexConcurrencyTests
{
    private static IEnumerable<NewsDocument> Batch(int batch) => Enumerable.Range(0, 10).Select(i =>
        Articles.Make($"b{batch:D2}-{i}.txt", "2025-01-01", $"Wahl {batch}-{i}", "Ein Bericht über die Wahl und ihre Folgen.", ["Anna Berg"], ["Wien"]));

    [Fact]
    public async Task Search_ManyThreadsWhileUpdatesCommit_SeeOnlyWholeCommits()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using var builder = IndexBuilder.Open(path);
        builder.AddOrUpdate(Batch(0));
        using var index = SearchIndex.Open(path);
        var observed = new ConcurrentBag<(int Total, int Facet, int Hits)>();
        var errors = new ConcurrentBag<Exception>();
        using var stop = new CancellationTokenSource();

        // Act: four searching threads while ten commits of ten documents each land
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = index.Search(new SearchRequest { Text = "Wahl", Take = 200, MaxSnippets = 0 });
                    observed.Add((results.TotalHits, results.Facets.Actor.Values.Single().Count, results.Hits.Count));
                }
                catch (Exception ex)
                {
                    errors.Add(ex);
                }
            }
        })).ToList();
        for (var batch = 1; batch <= 10; batch++)
        {
            builder.AddOrUpdate(Batch(batch));
            await Task.Delay(30);
        }

        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(searchers);

        // Assert: every answer is consistent with one whole commit, and the last commit was seen
        Assert.Empty(errors);
        Assert.NotEmpty(observed);
        Assert.All(observed, o =>
        {
            Assert.Equal(0, o.Total % 10);
            Assert.Equal(o.Total, o.Facet);
            Assert.Equal(o.Total, o.Hits);
        });
        Assert.Contains(observed, o => o.Total == 110);
    }
}
