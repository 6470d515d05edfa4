using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>The update of the files that file-system events name (<see cref="IndexBuilder.Watch"/>), without a scan.</summary>
public sealed class PathUpdateTests
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nText über {0}.";

    [Fact]
    public void UpdatePaths_NamedFiles_AreAppliedAndCountedAsAWholeUpdateWouldAndOthersAreNotLookedAt()
    {
        // Arrange: five indexed files; then one changed, one new, one deleted, one renamed, and one changed unnamed.
        using var folder = new TempFolder();
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            folder.Write($"seeds/{name}.txt", string.Format(Good, "wort" + name));
        }

        var seeds = folder.Combine("seeds");
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(seeds);
        folder.Write("seeds/a.txt", string.Format(Good, "wortneu"));
        File.SetLastWriteTimeUtc(folder.Combine("seeds/a.txt"), DateTime.UtcNow.AddMinutes(5));
        folder.Write("seeds/sub/f.txt", string.Format(Good, "wortf"));
        File.Delete(folder.Combine("seeds/b.txt"));
        File.Move(folder.Combine("seeds/c.txt"), folder.Combine("seeds/c2.txt"));
        folder.Write("seeds/d.txt", string.Format(Good, "wortunbenannt"));
        File.SetLastWriteTimeUtc(folder.Combine("seeds/d.txt"), DateTime.UtcNow.AddMinutes(5));
        folder.Write("seeds/.hidden/h.txt", string.Format(Good, "wortversteckt"));
        folder.Write("seeds/notes.md", string.Format(Good, "wortnotiz"));
        folder.Write("outside.txt", string.Format(Good, "wortaussen"));
        string[] named = ["a.txt", "sub/f.txt", "b.txt", "c.txt", "c2.txt", ".hidden/h.txt", "notes.md", "../outside.txt", "a.txt"];

        // Act
        var result = builder.UpdatePaths(seeds, [.. named.Select(n => Path.Combine(seeds, n))]);

        // Assert
        Assert.NotNull(result);
        Assert.Equal((1, 1, 1, 1), (result.Added, result.Updated, result.Deleted, result.Renamed));
        Assert.Equal((5, 2), (result.TotalDocuments, result.Unchanged)); // d and e
        using (var index = SearchIndex.Open(folder.Combine("index")))
        {
            Assert.Equal("a.txt", Assert.Single(index.Search(SearchRequest.For("wortneu")).Hits).Id);
            Assert.Equal("sub/f.txt", Assert.Single(index.Search(SearchRequest.For("wortf")).Hits).Id);
            Assert.Equal("c2.txt", Assert.Single(index.Search(SearchRequest.For("wortc")).Hits).Id);
            Assert.Equal(0, index.Search(SearchRequest.For("wortb")).TotalHits);
            Assert.Equal(0, index.Search(SearchRequest.For("wortversteckt")).TotalHits);
            Assert.Equal(0, index.Search(SearchRequest.For("wortnotiz")).TotalHits);
            Assert.Equal(0, index.Search(SearchRequest.For("wortaussen")).TotalHits);
            Assert.Equal(0, index.Search(SearchRequest.For("wortunbenannt")).TotalHits); // not named: not looked at
        }

        // A whole update afterwards finds only the unnamed change: the named ones left the index as a scan would.
        var whole = builder.UpdateFromFolder(seeds);
        Assert.Equal((0, 1, 0, 0, 4), (whole.Added, whole.Updated, whole.Deleted, whole.Renamed, whole.Unchanged));
    }

    [Fact]
    public void UpdatePaths_TouchedButSameContent_IsUnchanged()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        var seeds = folder.Combine("seeds");
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(seeds);
        File.SetLastWriteTimeUtc(folder.Combine("seeds/a.txt"), DateTime.UtcNow.AddMinutes(5));

        // Act
        var result = builder.UpdatePaths(seeds, [folder.Combine("seeds/a.txt")]);

        // Assert
        Assert.NotNull(result);
        Assert.Equal((0, 0, 0, 1), (result.Added, result.Updated, result.Deleted, result.Unchanged));
        Assert.Equal(0, builder.UpdateFromFolder(seeds).Updated); // its new time was remembered
    }

    [Fact]
    public void UpdatePaths_AFolderNamedOrAnIndexFromElsewhere_LeavesItToAWholeUpdate()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/sub/b.txt", string.Format(Good, "beta"));
        folder.Write("other/c.txt", string.Format(Good, "gamma"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));

        // Act and assert: a folder's files were not named one by one; the index was last updated from "seeds".
        Assert.Null(builder.UpdatePaths(folder.Combine("seeds"), [folder.Combine("seeds/sub")]));
        Assert.Null(builder.UpdatePaths(folder.Combine("other"), [folder.Combine("other/c.txt")]));
    }

    [Fact]
    public void UpdatePaths_MostOfTheIndexGone_LeavesItToTheWholeUpdatesGuard()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        folder.Write("seeds/c.txt", string.Format(Good, "gamma"));
        var seeds = folder.Combine("seeds");
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(seeds);
        File.Delete(folder.Combine("seeds/a.txt"));
        File.Delete(folder.Combine("seeds/b.txt"));

        // Act
        var result = builder.UpdatePaths(seeds, [folder.Combine("seeds/a.txt"), folder.Combine("seeds/b.txt")]);

        // Assert: nothing written; the whole update refuses as it always did.
        Assert.Null(result);
        Assert.Throws<IndexUpdateRefusedException>(() => builder.UpdateFromFolder(seeds));
    }

    [Fact]
    public async Task Watch_AFileWritten_IsUpdatedByNameAfterOneWholeUpdateAtTheStart()
    {
        // Arrange: a stand-in for the update that records what it is asked for.
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        var calls = new System.Collections.Concurrent.ConcurrentQueue<IReadOnlyCollection<string>?>();
        using var stop = new CancellationTokenSource();
        IndexUpdateResult Update(IReadOnlyCollection<string>? paths, CancellationToken token)
        {
            calls.Enqueue(paths);
            return new IndexUpdateResult { Added = 1 };
        }

        var watching = Task.Run(() => FolderWatch.Run(folder.Combine("seeds"), Update, _ => { }, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(100), stop.Token));
        await WaitUntil(() => !calls.IsEmpty);

        // Act
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        await WaitUntil(() => calls.Count >= 2);
        stop.Cancel();
        await watching.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert: the start scans the folder (null); the event names the file.
        var all = calls.ToArray();
        Assert.Null(all[0]);
        Assert.Contains(all.Skip(1), paths => paths is not null && paths.Contains(folder.Combine("seeds/b.txt")));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the watch did not get there within 10 seconds");
    }

    [Theory]
    [InlineData(0.1, 30.0)] // a quick scan: the interval
    [InlineData(5.0, 100.0)] // a scan of five seconds: twenty times that
    public void SafetyRescan_WaitsTheIntervalOrTwentyTimesTheLastWholeUpdate(double lastSeconds, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), FolderWatch.Wait(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(lastSeconds)));

    [Fact]
    public void UpdatePaths_AFolderMovedAway_NeedsAScan()
    {
        // Arrange: the event names the folder, which no longer exists and does not match *.txt; it was left alone, so
        // its documents stayed until the next safety scan (22 s later in a watch)
        using var folder = new TempFolder();
        folder.Write("seeds/top.txt", string.Format(Good, "oben"));
        folder.Write("seeds/sub/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/sub/b.txt", string.Format(Good, "beta"));
        var seeds = folder.Combine("seeds");
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(seeds);
        System.IO.Directory.Move(folder.Combine("seeds/sub"), folder.Combine("elsewhere"));

        // Act
        var moved = builder.UpdatePaths(seeds, [Path.Combine(seeds, "sub")]);
        var unrelated = builder.UpdatePaths(seeds, [Path.Combine(seeds, "4913")]); // an editor's probe file, gone again

        // Assert
        Assert.Null(moved);
        Assert.NotNull(unrelated);
    }
}
