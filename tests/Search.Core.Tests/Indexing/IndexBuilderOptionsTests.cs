using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>Options that cannot mean anything are refused where they are given, not taken silently.</summary>
public sealed class IndexBuilderOptionsTests
{
    [Theory]
    [InlineData("../other/*.txt")]
    [InlineData("../*.txt")]
    [InlineData("sub/../../*.txt")]
    [InlineData("/etc/*")]
    [InlineData("")]
    public void FilePattern_LeavingTheSeedsFolderOrEmpty_IsRefused(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => new IndexBuilderOptions { FilePattern = pattern });

        Assert.Equal("FilePattern", error.ParamName);
        Assert.Contains(pattern.Length == 0 ? "cannot be empty" : "leaves the seeds folder", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*.txt")]
    [InlineData("2024/*.txt")]
    [InlineData("**/*.md")]
    public void FilePattern_InsideTheSeedsFolder_IsTaken(string pattern)
    {
        Assert.Equal(pattern, new IndexBuilderOptions { FilePattern = pattern }.FilePattern);
    }

    [Fact]
    public void Open_WithAPatternLeavingTheFolder_IsRefusedBeforeTheIndexIsTouched()
    {
        // Arrange: before, '../other/*.txt' indexed the sibling folder's files under ids starting with '../'
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nTitel\n\nText über Berlin.");
        folder.Write("other/b.txt", "date 2024-03-01\n\nTitel\n\nText über Paris.");

        // Act and assert
        Assert.Throws<ArgumentException>(() => IndexBuilder.Open(folder.Combine("index"), new IndexBuilderOptions { FilePattern = "../other/*.txt" }));
        Assert.False(System.IO.Directory.Exists(folder.Combine("index")) && System.IO.Directory.EnumerateFileSystemEntries(folder.Combine("index")).Any());
    }

    [Fact]
    public void NumbersThatCannotMeanAnything_AreRefused()
    {
        Assert.Equal("MaxParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexBuilderOptions { MaxParallelism = 0 }).ParamName);
        Assert.Equal("MaxParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexBuilderOptions { MaxParallelism = -1 }).ParamName);
        Assert.Equal("CommitInterval", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexBuilderOptions { CommitInterval = -5 }).ParamName);
        Assert.Equal("CommitEvery", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexBuilderOptions { CommitEvery = TimeSpan.FromSeconds(-1) }).ParamName);
        Assert.Equal("MaxFileBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReaderOptions { MaxFileBytes = -1 }).ParamName);
        Assert.Equal(0, new IndexBuilderOptions { CommitInterval = 0, CommitEvery = TimeSpan.Zero }.CommitInterval); // 0: not by count or time
    }

    [Fact]
    public void UpdateFromFolder_EntityExtractionTurnedOff_RebuildsSayingSo()
    {
        // Arrange: the reason named only the boilerplate rules and the lists, none of which had changed
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nTitel\n\nAngela Merkel sprach in Berlin.");
        using (var builder = IndexBuilder.Open(folder.Combine("index")))
        {
            builder.UpdateFromFolder(folder.Combine("seeds"));
        }

        using var without = IndexBuilder.Open(folder.Combine("index"), new IndexBuilderOptions { ExtractEntities = false });

        // Act
        var result = without.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(RebuildCause.SettingsChanged, result.RebuildCause);
        Assert.Contains("entity extraction turned on or off", result.RebuildReason, StringComparison.Ordinal);
    }
}
