using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>The update reads and enriches files in batches before it writes them: every file still counts once.</summary>
public sealed class IndexBuilderBatchTests
{
    [Fact]
    public void UpdateFromFolder_ManyBatchesOnTwoThreads_IndexesEveryGoodFileOnceAndListsEveryBadOne()
    {
        // Arrange: 300 files (several batches per thread), bad ones at the edges of batches and between them.
        using var folder = new TempFolder();
        var bad = new HashSet<int> { 0, 63, 64, 65, 127, 128, 200, 299 };
        for (var n = 0; n < 300; n++)
        {
            folder.Write($"seeds/f{n:D3}.txt", bad.Contains(n) ? "kein Datum" : $"date 2024-03-01\n\nTitel {n}\n\nText über wort{n}x.");
        }

        var reports = new List<IndexProgress>();

        // Act
        using (var builder = IndexBuilder.Open(folder.Combine("index"), IndexBuilderOptions.Default with { MaxParallelism = 2 }))
        {
            var result = builder.UpdateFromFolder(folder.Combine("seeds"), progress: new SyncProgress(reports));

            // Assert
            Assert.Equal(300 - bad.Count, result.Added);
            Assert.Equal(300 - bad.Count, result.TotalDocuments);
            Assert.Equal(bad.Order().Select(n => $"f{n:D3}.txt"), result.Rejected.Select(r => r.Path).Order(StringComparer.Ordinal));
        }

        Assert.Contains(reports, r => r.Processed == 300 && r.Total == 300);
        using var index = SearchIndex.Open(folder.Combine("index"));
        for (var n = 0; n < 300; n++)
        {
            Assert.Equal(bad.Contains(n) ? 0 : 1, index.Search(SearchRequest.For($"wort{n}x")).TotalHits);
        }
    }

    [Fact]
    public void UpdateFromFolder_LongTexts_AreAllIndexed()
    {
        // Arrange: texts long enough to end a batch before its last file.
        using var folder = new TempFolder();
        var filler = string.Concat(Enumerable.Repeat("Ein langer Satz über nichts Besonderes. ", 40_000)); // 1.6 million characters
        for (var n = 0; n < 6; n++)
        {
            folder.Write($"seeds/lang{n}.txt", $"date 2024-03-01\n\nLang {n}\n\nAnfang wort{n}y. {filler}");
        }

        // Act
        using (var builder = IndexBuilder.Open(folder.Combine("index"), IndexBuilderOptions.Default with { MaxParallelism = 1, ExtractEntities = false }))
        {
            Assert.Equal(6, builder.UpdateFromFolder(folder.Combine("seeds")).Added);
        }

        // Assert
        using var index = SearchIndex.Open(folder.Combine("index"));
        for (var n = 0; n < 6; n++)
        {
            Assert.Equal(1, index.Search(SearchRequest.For($"wort{n}y")).TotalHits);
        }
    }

    private sealed class SyncProgress(List<IndexProgress> reports) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
