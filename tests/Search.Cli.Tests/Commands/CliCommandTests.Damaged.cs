namespace Search.Cli.Tests.Commands;

public sealed partial class CliCommandTests
{
    [Theory]
    [InlineData("query")]
    [InlineData("stats")]
    public void DamagedIndex_IsExplainedWithARebuildThatNamesTheSeedsFolder(string verb)
    {
        // Arrange: the compound files cut in half
        Index();
        foreach (var file in Directory.GetFiles(_index, "*.cfs"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
            stream.SetLength(stream.Length / 2);
        }

        // Act
        var (code, _, error) = verb == "query" ? CliRunner.Run("query", "Regierung", "--index", _index) : CliRunner.Run("stats", "--index", _index);

        // Assert: the advice ran 'search index --full --index X', which rebuilt from ./seeds wherever the user stood
        Assert.Equal(2, code);
        Assert.Contains("cannot be read", error, StringComparison.Ordinal);
        Assert.Contains($"search index --full --seeds DIR --index {Path.GetFullPath(_index)}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_WhileTheFirstBuildHasNotCommitted_SaysItIsBeingBuilt()
    {
        // Arrange: 'There is no index … Build one with: search index' sent the user to a second build, refused as a second writer
        using var building = Search.Core.Indexing.IndexBuilder.Open(_index);

        // Act
        var (code, _, error) = CliRunner.Run("stats", "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("a 'search index' is building it and has not committed yet", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Build one with", error, StringComparison.Ordinal);
    }
}
