using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

public sealed class IndexBuilderTests
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nText über {0}.";

    [Fact]
    public void UpdateFromFolder_GoodAndBadFiles_IndexesGoodAndListsBad()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/ok1.txt", string.Format(Good, "eins"));
        folder.Write("seeds/sub/ok2.txt", string.Format(Good, "zwei"));
        folder.Write("seeds/nodate.txt", "Kein Datum hier");
        folder.Write("seeds/baddate.txt", "date 2025-02-30\n\nText");
        folder.Write("seeds/empty.txt", "");
        folder.WriteBytes("seeds/latin1.txt", [.. "date 2024-01-01\n\nM"u8, 0xFC, .. "ller"u8]);
        folder.WriteBytes("seeds/undecodable.txt", [.. "date 2024-01-01\n\nM"u8, 0x81, .. "ller"u8]);
        folder.WriteBytes("seeds/binary.txt", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]);
        folder.Write("seeds/ignored.md", "not a document");

        // Act
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(3, result.Added); // Regression: #15 a Windows-1252 file is read, with a notice, not rejected
        Assert.Equal(3, result.TotalDocuments);
        Assert.Equal(["baddate.txt", "binary.txt", "empty.txt", "nodate.txt", "undecodable.txt"], result.Rejected.Select(r => r.Path));
        Assert.All(result.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains("impossible date", result.Rejected[0].Reason, StringComparison.Ordinal);
        var notice = Assert.Single(result.Notices);
        Assert.Equal("latin1.txt", notice.Path);
        Assert.Contains("Windows-1252", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateFromFolder_SecondRun_DetectsUnchangedChangedAddedAndDeleted()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        folder.Write("seeds/c.txt", string.Format(Good, "gamma"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        folder.Write("seeds/b.txt", string.Format(Good, "beta geändert"));
        File.SetLastWriteTimeUtc(folder.Combine("seeds/b.txt"), DateTime.UtcNow.AddMinutes(1));
        File.Delete(folder.Combine("seeds/c.txt"));
        folder.Write("seeds/d.txt", string.Format(Good, "delta"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((1, 1, 1, 1), (result.Added, result.Updated, result.Deleted, result.Unchanged));
        Assert.Equal(3, result.TotalDocuments);
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal(1, index.Search(SearchRequest.For("geändert")).TotalHits);
        Assert.Equal(0, index.Search(SearchRequest.For("gamma")).TotalHits);
    }

    [Fact]
    public void UpdateFromFolder_TouchedButSameContent_CountsUnchanged()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        File.SetLastWriteTimeUtc(folder.Combine("seeds/a.txt"), DateTime.UtcNow.AddHours(1));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((0, 0, 1), (result.Added, result.Updated, result.Unchanged));
    }

    [Fact]
    public void UpdateFromFolder_FileTurnsBad_KeepsPreviousVersionAndReportsIt()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        folder.Write("seeds/a.txt", "kaputt");

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Single(result.Rejected);
        Assert.Equal(1, result.TotalDocuments);
    }

    [Fact]
    public void UpdateFromFolder_DocumentsGivenAsObjects_StayUntilAFullRebuild()
    {
        // Arrange: an update from the folder deleted every document given as an object (it has no file)
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "eins"));
        folder.Write("seeds/b.txt", string.Format(Good, "zwei"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        builder.AddOrUpdate([new NewsDocument { Id = "feed/1", Date = new DateOnly(2024, 3, 2), Title = "Aus dem Feed", Body = "Ein Text aus dem Feed." }]);

        // Act
        var unchanged = builder.UpdateFromFolder(folder.Combine("seeds"));
        File.Delete(folder.Combine("seeds/b.txt"));
        var fileGone = builder.UpdateFromFolder(folder.Combine("seeds"));
        var rebuilt = builder.UpdateFromFolder(folder.Combine("seeds"), full: true);

        // Assert
        Assert.Equal((0, 3), (unchanged.Deleted, unchanged.TotalDocuments));
        Assert.Equal((1, 2), (fileGone.Deleted, fileGone.TotalDocuments));
        Assert.Equal(1, rebuilt.TotalDocuments);
    }

    [Fact]
    public void Open_SecondBuilderOnSameIndex_IsRefused()
    {
        // Arrange
        using var folder = new TempFolder();
        using var first = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var error = Assert.Throws<IndexLockedException>(() => IndexBuilder.Open(folder.Combine("index")));

        // Assert: Regression: #15 a second writer in the same process was told "another process"
        Assert.True(error.InThisProcess);
        Assert.Contains("already open for writing in this process", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("another process", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trailing separator")]
    [InlineData("symbolic link")]
    public void Open_SameIndexByAnotherSpelling_IsToldItIsOpenInThisProcess(string spelling)
    {
        // Arrange: the same folder spelt "index/" or reached through a link was taken for another process's writer
        using var folder = new TempFolder();
        using var first = IndexBuilder.Open(folder.Combine("index"));
        var other = folder.Combine("index") + Path.DirectorySeparatorChar;
        if (spelling == "symbolic link")
        {
            other = folder.Combine("link");
            Directory.CreateSymbolicLink(other, folder.Combine("index"));
        }

        // Act
        var error = Assert.Throws<IndexLockedException>(() => IndexBuilder.Open(other));

        // Assert
        Assert.True(error.InThisProcess);
    }

    [Fact]
    public void Open_PathOfAFile_IsNotAnIndex()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Write("notes.txt", "Notizen");

        // Act: a raw IOException ("the file already exists") before
        var error = Assert.Throws<IndexUnavailableException>(() => IndexBuilder.Open(file));

        // Assert
        Assert.Equal(IndexProblem.NotAnIndex, error.Problem);
        Assert.Equal("Notizen", File.ReadAllText(file));
    }

    [LinuxFact]
    public void Open_FolderThatCannotBeWritten_SaysSoInsteadOfBlamingAnotherWriter()
    {
        // Act: a folder nobody may create (sysfs) stands for a read-only disk or a folder without permission, which
        // came out as a raw exception or as "being written by another process"
        var error = Assert.Throws<IndexWriteException>(() => IndexBuilder.Open("/sys/search-index-test"));

        // Assert
        Assert.NotEqual(IndexWriteProblem.DiskFull, error.Problem);
        Assert.Contains("Cannot write the index at '/sys/search-index-test'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeldByAnother_TellsALockHeldElsewhereFromAFolderThatCannotBeWritten()
    {
        // Arrange: a lock held through another handle fails the way another process's lock does
        using var folder = new TempFolder();
        var path = folder.Combine("writer.lock");
        using var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var busy = Assert.ThrowsAny<IOException>(() => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));

        // Act and assert
        Assert.True(IndexWriteLock.HeldByAnother(busy));
        Assert.False(IndexWriteLock.HeldByAnother(new IOException("Read-only file system", 30)));
    }

    [Fact]
    public void Open_AfterFirstBuilderDisposed_Succeeds()
    {
        // Arrange
        using var folder = new TempFolder();
        IndexBuilder.Open(folder.Combine("index")).Dispose();

        // Act: the second builder holds the lock and can write
        using var second = IndexBuilder.Open(folder.Combine("index"));
        var result = second.AddOrUpdate(Articles.Sample);

        // Assert
        Assert.Equal(Articles.Sample.Count, result.TotalDocuments);
        Assert.Throws<IndexLockedException>(() => IndexBuilder.Open(folder.Combine("index")));
    }

    [Fact]
    public void UpdateFromFolder_FolderWithOtherFiles_IsRefusedAndLeftAlone()
    {
        // Arrange
        using var folder = new TempFolder();
        var precious = folder.Write("index/thesis.docx", "do not delete");
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));

        // Act
        var error = Assert.Throws<IndexUnavailableException>(() => IndexBuilder.Open(folder.Combine("index")));

        // Assert: Regression: #15 checked before locking, so the refused folder gets no writer.lock
        Assert.Equal(IndexProblem.NotAnIndex, error.Problem);
        Assert.Contains("is not a search index", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(precious));
        Assert.Equal(["thesis.docx"], System.IO.Directory.GetFiles(folder.Combine("index")).Select(Path.GetFileName));
    }

    [Fact]
    public void UpdateFromFolder_Cancelled_LeavesLastCommit()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Act
        Assert.ThrowsAny<OperationCanceledException>(() => builder.UpdateFromFolder(folder.Combine("seeds"), cancellationToken: cancelled.Token));

        // Assert
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal(1, index.GetStatistics().Documents);
    }

    [Fact]
    public void AddOrUpdate_SameDocumentTwice_CountsUnchanged()
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.AddOrUpdate(Articles.Sample);

        // Act
        var again = builder.AddOrUpdate([Articles.Sample[0], Articles.Sample[1] with { Body = "Neuer Text" }]);

        // Assert
        Assert.Equal((0, 1, 1), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(Articles.Sample.Count, again.TotalDocuments);
    }

    [Fact]
    public void Delete_KnownAndUnknownIds_DeletesKnownOnes()
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.AddOrUpdate(Articles.Sample);

        // Act
        var deleted = builder.Delete(["a.txt", "nope.txt"]);

        // Assert
        Assert.Equal(1, deleted);
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Null(index.GetDocument("a.txt"));
        Assert.NotNull(index.GetDocument("b.txt"));
    }
}
