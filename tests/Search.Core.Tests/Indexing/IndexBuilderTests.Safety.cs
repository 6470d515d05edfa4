using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

public sealed partial class IndexBuilderSafetyTests
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nText über {0}.";

    [Fact]
    public void UpdateFromFolder_RenamedFile_CountsRenameNotAddAndDelete()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        File.Move(folder.Combine("seeds/a.txt"), folder.Combine("seeds/renamed.txt"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((0, 0, 1, 1), (result.Added, result.Deleted, result.Renamed, result.Unchanged));
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal("renamed.txt", Assert.Single(index.Search(SearchRequest.For("alpha")).Hits).Id);
    }

    [Theory]
    [InlineData(0, 1)] // not by time: one commit, at the end
    [InlineData(1, 5)] // due after every file: commits along the way
    public void UpdateFromFolder_CommitEvery_CommitsAlongTheWayOnlyWhenDue(int everyTicks, int atLeastCommits)
    {
        // Arrange
        using var folder = new TempFolder();
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"seeds/{i:00}.txt", string.Format(Good, $"wort{i}"));
        }

        var options = IndexBuilderOptions.Default with { CommitEvery = TimeSpan.FromTicks(everyTicks), MaxParallelism = 1, ExtractEntities = false };
        using (var first = IndexBuilder.Open(folder.Combine("index"), options))
        {
            first.Delete([]); // an empty first commit, so the update's commits can be counted from it
        }

        var before = CommitGeneration(folder.Combine("index"));
        using var builder = IndexBuilder.Open(folder.Combine("index"), options);

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        var commits = CommitGeneration(folder.Combine("index")) - before;
        Assert.Equal(30, result.Added);
        if (everyTicks == 0)
        {
            Assert.Equal(atLeastCommits, commits);
        }
        else
        {
            Assert.True(commits >= atLeastCommits, $"expected commits along the way, saw {commits}");
        }
    }

    private static long CommitGeneration(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        return SegmentInfos.GetLastCommitGeneration(directory);
    }

    [Fact]
    public void UpdateFromFolder_SymlinkLoop_EndsAndIndexesEachFileOnce()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/sub/a.txt", string.Format(Good, "alpha"));
        System.IO.Directory.CreateSymbolicLink(folder.Combine("seeds/sub/loop"), folder.Combine("seeds"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(1, result.Added);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void UpdateFromFolder_HiddenFilesAndOtherExtensions_AreNotDocuments()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/.hidden.txt", string.Format(Good, "hidden"));
        folder.Write("seeds/.git/x.txt", string.Format(Good, "git"));
        folder.Write("seeds/notes.md", string.Format(Good, "markdown"));
        folder.Write("seeds/UPPER.TXT", string.Format(Good, "upper"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(2, result.Added);
    }

    [Fact]
    public void UpdateFromFolder_OtherFilePattern_IsHonoured()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/b.news", string.Format(Good, "beta"));
        using var builder = IndexBuilder.Open(folder.Combine("index"), IndexBuilderOptions.Default with { FilePattern = "*.news" });

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(1, result.Added);
    }

    [Fact]
    public void UpdateFromFolder_IndexOfOtherSchemaVersion_IsRebuiltWithReason()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        var indexPath = folder.Combine("index");
        using (var dir = FSDirectory.Open(indexPath))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(Search.Core.Analysis.GermanAnalyzers.Version, IndexSchema.IndexAnalyzer)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.VersionKey] = "0" });
            writer.Commit();
        }

        using var builder = IndexBuilder.Open(indexPath);

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.True(result.FullRebuild);
        Assert.Contains("schema 0", result.RebuildReason, StringComparison.Ordinal);
        Assert.Equal(RebuildCause.SchemaVersion, result.RebuildCause);
        Assert.Equal(1, result.Added);
        var again = builder.UpdateFromFolder(folder.Combine("seeds"));
        Assert.Null(again.RebuildReason);
        Assert.Null(again.RebuildCause);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the compound files cut short: Lucene.Net then fails with an ArgumentException (slice out of bounds)
    public void UpdateFromFolder_DamagedIndex_IsReportedAndFullRebuildRecovers(bool cutShort)
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        var indexPath = folder.Combine("index");
        using (var builder = IndexBuilder.Open(indexPath))
        {
            builder.UpdateFromFolder(folder.Combine("seeds"));
        }

        foreach (var file in System.IO.Directory.GetFiles(indexPath).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal) && !f.EndsWith(".gen", StringComparison.Ordinal)))
        {
            if (cutShort)
            {
                if (file.EndsWith(".cfs", StringComparison.Ordinal))
                {
                    using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
                    stream.SetLength(stream.Length / 2);
                }
            }
            else
            {
                File.WriteAllBytes(file, [1, 2, 3]);
            }
        }

        // Act
        var searchError = Assert.Throws<IndexUnavailableException>(() => SearchIndex.Open(indexPath));
        using var again = IndexBuilder.Open(indexPath);
        var updateError = Assert.Throws<IndexUnavailableException>(() => again.UpdateFromFolder(folder.Combine("seeds")));
        var recovered = again.UpdateFromFolder(folder.Combine("seeds"), full: true);

        // Assert
        Assert.Equal((IndexProblem.Damaged, IndexProblem.Damaged), (searchError.Problem, updateError.Problem));
        Assert.Contains("full: true", searchError.Message, StringComparison.Ordinal);
        Assert.Contains("full: true", updateError.Message, StringComparison.Ordinal);
        Assert.Equal(1, recovered.TotalDocuments);
        using var index = SearchIndex.Open(indexPath);
        Assert.Equal(1, index.Search(SearchRequest.For("alpha")).TotalHits);
    }

    [Fact]
    public void Watch_CancelledDuringAnUpdate_ReturnsAsWhenCancelledWhileWaiting()
    {
        // Arrange: a token cancelled before the first update ends it in the middle of that update, which threw
        // OperationCanceledException, while a cancel between updates returned
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var updates = 0;

        // Act
        var error = Record.Exception(() => builder.Watch(folder.Combine("seeds"), _ => updates++, cancellationToken: stop.Token));

        // Assert
        Assert.Null(error);
        Assert.Equal(0, updates);
        Assert.Equal(0, builder.AddOrUpdate([]).TotalDocuments);
    }

    [Fact]
    public async Task Watch_FilesAddedChangedAndDeleted_AreAppliedWhileRunning()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        var indexPath = folder.Combine("index");
        var batches = new System.Collections.Concurrent.ConcurrentQueue<IndexUpdateResult>();
        using var stop = new CancellationTokenSource();
        using var builder = IndexBuilder.Open(indexPath);
        var watching = Task.Run(() => builder.Watch(folder.Combine("seeds"), batches.Enqueue, TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100), stop.Token));
        using var index = WaitFor(() => batches.Count >= 1 ? SearchIndex.Open(indexPath) : null);

        // Act
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        var sawAdd = WaitFor(() => index.Search(SearchRequest.For("beta")).TotalHits == 1 ? "yes" : null);
        File.Delete(folder.Combine("seeds/a.txt"));
        var sawDelete = WaitFor(() => index.Search(SearchRequest.For("alpha")).TotalHits == 0 ? "yes" : null);
        stop.Cancel();
        await watching.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal("yes", sawAdd);
        Assert.Equal("yes", sawDelete);
        Assert.True(watching.IsCompletedSuccessfully);
        Assert.Contains(batches, b => b.Added == 1 && b.TotalDocuments == 2);
        Assert.Contains(batches, b => b.Deleted == 1);
    }

    [Fact]
    public void DescribeWriteError_FullDiskInsideParallelWork_BecomesOneClearMessage()
    {
        // Arrange: what Parallel.ForEach throws when a worker hits a full disk
        var thrown = new AggregateException(new IOException("No space left on device : '/idx/_0.fdt'"));

        // Act
        var error = IndexBuilder.DescribeWriteError("/idx", thrown);

        // Assert
        var search = Assert.IsType<IndexWriteException>(error);
        Assert.Equal("Cannot write the index at '/idx': No space left on device : '/idx/_0.fdt'. The index is left as it was after its last complete update.", search.Message);
    }

    [Fact]
    public void DescribeWriteError_OtherErrors_AreLeftAsTheyAre()
    {
        var thrown = new InvalidOperationException("bug");
        Assert.Same(thrown, IndexBuilder.DescribeWriteError("/idx", new AggregateException(thrown)));
    }

    private static T WaitFor<T>(Func<T?> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value)
            {
                return value;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException("The watched change did not reach the index within 20 seconds.");
    }

    [Fact]
    public void UpdateFromFolder_IndexFolderRemovedWhileOpen_TakesTheLockAgain()
    {
        // Arrange: 'rm -rf index' under a watch; the rebuilt index had no lock file, so a second writer was let in
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        System.IO.Directory.Delete(folder.Combine("index"), recursive: true);

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((1, 1), (result.Added, result.TotalDocuments));
        Assert.True(File.Exists(folder.Combine("index/writer.lock")), "The rebuilt index has no lock file.");
        var error = Assert.ThrowsAny<IOException>(() => new FileStream(folder.Combine("index/writer.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());
        Assert.IsNotType<FileNotFoundException>(error);
    }
}
