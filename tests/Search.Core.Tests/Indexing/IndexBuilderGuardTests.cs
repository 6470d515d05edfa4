using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>Regression: #15 an empty or mistyped seeds folder emptied the index ("998 deleted", exit 0).</summary>
public sealed class IndexBuilderGuardTests : IDisposable
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nText über {0}.";
    private readonly TempFolder _folder = new();

    public IndexBuilderGuardTests()
    {
        foreach (var word in new[] { "alpha", "beta", "gamma", "delta" })
        {
            _folder.Write($"seeds/{word}.txt", string.Format(Good, word));
        }

        using var builder = IndexBuilder.Open(IndexPath);
        Assert.Equal(4, builder.UpdateFromFolder(Seeds).TotalDocuments);
    }

    private string IndexPath => _folder.Combine("index");

    private string Seeds => _folder.Combine("seeds");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void UpdateFromFolder_EmptyFolder_IsRefusedAndIndexKept()
    {
        // Arrange
        var empty = System.IO.Directory.CreateDirectory(_folder.Combine("empty")).FullName;
        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        var error = Assert.Throws<IndexUpdateRefusedException>(() => builder.UpdateFromFolder(empty));

        // Assert
        Assert.Equal((UpdateRefusal.NoFiles, 0, 4, 4), (error.Refusal, error.FilesFound, error.Documents, error.WouldDelete));
        Assert.Equal(new SeedsOrigin(Seeds, "*.txt"), error.Remembered);
        Assert.Contains("would delete all 4 documents", error.Message, StringComparison.Ordinal);
        Assert.Contains($"built from '{Seeds}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowEmptySeeds", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Documents());
    }

    [Fact]
    public void UpdateFromFolder_PatternMatchingNothing_IsRefused()
    {
        // Arrange
        using var builder = IndexBuilder.Open(IndexPath, IndexBuilderOptions.Default with { FilePattern = "*.text" });

        // Act
        var error = Assert.Throws<IndexUpdateRefusedException>(() => builder.UpdateFromFolder(Seeds));

        // Assert
        Assert.Equal(UpdateRefusal.NoFiles, error.Refusal);
        Assert.Contains("no file matching '*.text'", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Documents());
    }

    [Fact]
    public void UpdateFromFolder_OtherFolderDeletingMoreThanHalf_IsRefused()
    {
        // Arrange: a mistyped folder that happens to hold one article
        _folder.Write("other/alpha.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        var error = Assert.Throws<IndexUpdateRefusedException>(() => builder.UpdateFromFolder(_folder.Combine("other")));

        // Assert
        Assert.Equal((UpdateRefusal.MostDeleted, 1, 4, 3), (error.Refusal, error.FilesFound, error.Documents, error.WouldDelete));
        Assert.Contains("would delete 3 of the index's 4 documents", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowMassDeletion", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Documents());
        Assert.Equal(new SeedsOrigin(Seeds, "*.txt"), Statistics().Seeds);
    }

    [Fact]
    public void UpdateFromFolder_AllFilesMovedIntoASubfolder_IsAppliedAsRenames()
    {
        // Arrange: every article moved into a new folder, as 'mkdir archiv && mv *.txt archiv/' does
        System.IO.Directory.CreateDirectory(_folder.Combine("seeds/archiv"));
        foreach (var file in System.IO.Directory.GetFiles(Seeds, "*.txt"))
        {
            File.Move(file, Path.Combine(_folder.Combine("seeds/archiv"), Path.GetFileName(file)));
        }

        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        var result = builder.UpdateFromFolder(Seeds);

        // Assert: no document is lost, so nothing is refused
        Assert.Equal((0, 0, 4, 4), (result.Added, result.Deleted, result.Renamed, result.TotalDocuments));
    }

    [Fact]
    public void UpdateFromFolder_OtherArticlesReplacingMostFiles_IsRefusedOnceTheyAreRead()
    {
        // Arrange: three of the four articles replaced by three different ones (new names, new content)
        foreach (var word in new[] { "alpha", "beta", "gamma" })
        {
            File.Delete(_folder.Combine($"seeds/{word}.txt"));
            _folder.Write($"seeds/neu-{word}.txt", string.Format(Good, "Zebra " + word));
        }

        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        var error = Assert.Throws<IndexUpdateRefusedException>(() => builder.UpdateFromFolder(Seeds));

        // Assert: refused before the commit, so the index keeps its four documents and none of the new ones
        Assert.Equal((UpdateRefusal.MostDeleted, 4, 3), (error.Refusal, error.Documents, error.WouldDelete));
        Assert.Equal(4, Documents());
        Assert.Equal(0, Search("Zebra"));
    }

    [Fact]
    public void UpdateFromFolder_HalfOfTheFilesGone_IsApplied()
    {
        // Arrange
        File.Delete(_folder.Combine("seeds/alpha.txt"));
        File.Delete(_folder.Combine("seeds/beta.txt"));
        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        var result = builder.UpdateFromFolder(Seeds);

        // Assert
        Assert.Equal((2, 2), (result.Deleted, result.TotalDocuments));
    }

    [Fact]
    public void UpdateFromFolder_AllowEmptySeeds_EmptiesTheIndex()
    {
        // Arrange
        var empty = System.IO.Directory.CreateDirectory(_folder.Combine("empty")).FullName;
        using var builder = IndexBuilder.Open(IndexPath, IndexBuilderOptions.Default with { AllowEmptySeeds = true });

        // Act
        var result = builder.UpdateFromFolder(empty);

        // Assert
        Assert.Equal((4, 0), (result.Deleted, result.TotalDocuments));
        Assert.Equal(new SeedsOrigin(empty, "*.txt"), Statistics().Seeds);
    }

    [Fact]
    public void UpdateFromFolder_AllowMassDeletion_Prunes()
    {
        // Arrange
        _folder.Write("other/alpha.txt", string.Format(Good, "alpha"));
        using var builder = IndexBuilder.Open(IndexPath, IndexBuilderOptions.Default with { AllowMassDeletion = true });

        // Act
        var result = builder.UpdateFromFolder(_folder.Combine("other"));

        // Assert
        Assert.Equal((3, 1), (result.Deleted, result.TotalDocuments));
    }

    [Fact]
    public void UpdateFromFolder_FullRebuildFromOtherFolder_IsApplied_ButNotFromAnEmptyOne()
    {
        // Arrange
        _folder.Write("other/omega.txt", string.Format(Good, "omega"));
        var empty = System.IO.Directory.CreateDirectory(_folder.Combine("empty")).FullName;
        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        var rebuilt = builder.UpdateFromFolder(_folder.Combine("other"), full: true);
        var error = Assert.Throws<IndexUpdateRefusedException>(() => builder.UpdateFromFolder(empty, full: true));

        // Assert
        Assert.Equal(1, rebuilt.TotalDocuments);
        Assert.Equal(UpdateRefusal.NoFiles, error.Refusal);
        Assert.Equal(1, Documents());
    }

    [Fact]
    public void AddOrUpdate_KeepsTheRememberedSeedsFolder()
    {
        // Arrange
        using var builder = IndexBuilder.Open(IndexPath);

        // Act
        builder.AddOrUpdate(Articles.Sample);
        builder.Delete(["a.txt"]);

        // Assert
        Assert.Equal(new SeedsOrigin(Seeds, "*.txt"), Statistics().Seeds);
    }

    private int Documents() => Statistics().Documents;

    private int Search(string text)
    {
        using var index = SearchIndex.Open(IndexPath);
        return index.Search(SearchRequest.For(text)).TotalHits;
    }

    private IndexStatistics Statistics()
    {
        using var index = SearchIndex.Open(IndexPath);
        return index.GetStatistics();
    }
}
