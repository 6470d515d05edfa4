using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A folder of the seeds folder that cannot be listed (here: a link to a folder on a share that went away) used to
/// lose its documents without a word ("5 deleted", exit 0) while a file in the same state was rejected and kept.
/// </summary>
public sealed class UnlistedFolderTests
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nText über {0}.";

    [Fact]
    public void UpdateFromFolder_ALinkedFolderGoneAway_KeepsItsDocumentsAndSaysWhy()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Fail("This test makes a symbolic link to a folder, which needs Linux or macOS here.");
        }

        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("share/archive/b.txt", string.Format(Good, "beta"));
        folder.Write("share/archive/c.txt", string.Format(Good, "gamma"));
        System.IO.Directory.CreateSymbolicLink(folder.Combine("seeds/archive"), folder.Combine("share/archive"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        Assert.Equal(3, builder.UpdateFromFolder(folder.Combine("seeds")).Added);
        System.IO.Directory.Move(folder.Combine("share"), folder.Combine("share-unmounted"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((0, 3), (result.Deleted, result.TotalDocuments));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("archive/", rejected.Path);
        Assert.Contains("its 2 documents in the index are kept", rejected.Reason, StringComparison.Ordinal);
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal(1, index.Search(SearchRequest.For("beta")).TotalHits);

        // The share is back: nothing to do, nothing rejected
        System.IO.Directory.Move(folder.Combine("share-unmounted"), folder.Combine("share"));
        var back = builder.UpdateFromFolder(folder.Combine("seeds"));
        Assert.Equal((0, 0, 0, 3), (back.Added, back.Deleted, back.Rejected.Count, back.Unchanged));
    }

    [Fact]
    public void UpdateFromFolder_IndexInsideTheSeedsFolder_IsNotReadAsArticles()
    {
        // Arrange: with a pattern that matches every file, the index's own files were read and rejected as binary
        using var folder = new TempFolder();
        folder.Write("news/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("news/index"), new IndexBuilderOptions { FilePattern = "*" });
        builder.UpdateFromFolder(folder.Combine("news"));

        // Act
        var again = builder.UpdateFromFolder(folder.Combine("news"));

        // Assert
        Assert.Empty(again.Rejected);
        Assert.Equal((0, 1), (again.Added, again.TotalDocuments));
    }

    [Fact]
    public void UpdateFromFolder_NothingChanged_WritesNoNewCommit()
    {
        // Arrange: a watch with the index inside the seeds folder committed, saw its own files change, and committed again
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        var commits = System.IO.Directory.GetFiles(folder.Combine("index"), "segments_*").Single();

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((0, 1), (result.Added, result.Unchanged));
        Assert.Equal(commits, System.IO.Directory.GetFiles(folder.Combine("index"), "segments_*").Single());
    }
}
