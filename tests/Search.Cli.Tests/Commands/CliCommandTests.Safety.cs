using System.Text;
using System.Text.Json;
using Search.Core.Indexing;

namespace Search.Cli.Tests.Commands;

/// <summary>Regression: #15 never lose an index to a typo, read the files people really have.</summary>
public sealed partial class CliCommandTests
{
    [Theory]
    [InlineData("index")]
    [InlineData("extract")]
    public void Config_FolderThatDoesNotExist_IsAUsageErrorAndNothingIsRebuilt(string verb)
    {
        // Arrange: an index built with the seeds folder's own settings
        Index();
        var missing = _folder.Combine("no-such-settings");

        // Act
        var (code, _, error) = verb == "index"
            ? CliRunner.Run("index", "--seeds", _seeds, "--index", _index, "--config", missing)
            : CliRunner.Run("extract", _seeds, "--config", missing);

        // Assert: refused before anything is read or written (a typo must not rebuild the index without the user's lists)
        Assert.Equal(2, code);
        Assert.Contains($"--config: the settings folder '{missing}' does not exist.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Rebuilt", error, StringComparison.Ordinal);
        Assert.Equal(2, Documents());
    }

    [Fact]
    public void Index_EmptySeedsAgainstBuiltIndex_IsRefusedWithExitTwoAndIndexKept()
    {
        // Arrange
        Index();
        var empty = Directory.CreateDirectory(_folder.Combine("empty")).FullName;

        // Act
        var (code, output, error) = CliRunner.Run("index", "--seeds", empty, "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"'{empty}' holds no file matching '*.txt', so the update would delete all 2 documents", error, StringComparison.Ordinal);
        Assert.Contains($"The index was built from '{Path.GetFullPath(_seeds)}'", error, StringComparison.Ordinal);
        Assert.Contains("The index is left as it was", error, StringComparison.Ordinal);
        Assert.Contains("--allow-empty", error, StringComparison.Ordinal);
        Assert.Equal(2, Documents());
    }

    [Fact]
    public void Index_MistypedSeedsFolder_IsRefusedWithExitTwoAndIndexKept()
    {
        // Arrange: another folder that holds one unrelated article
        Index();
        _folder.Write("seedz/other.txt", "date 2024-05-02\n\nAnderes\n\nEin anderer Text.");

        // Act
        var (code, _, error) = CliRunner.Run("index", "--seeds", _folder.Combine("seedz"), "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("would delete 2 of the index's 2 documents", error, StringComparison.Ordinal);
        Assert.Contains("--prune", error, StringComparison.Ordinal);
        Assert.Contains("--full", error, StringComparison.Ordinal);
        Assert.Equal(2, Documents());
    }

    [Fact]
    public void Index_PatternMatchingNothing_IsRefusedWithExitTwo()
    {
        // Arrange
        Index();

        // Act
        var (code, _, error) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index, "--pattern", "*.md");

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("no file matching '*.md'", error, StringComparison.Ordinal);
        Assert.Equal(2, Documents());
    }

    [Theory]
    [InlineData("**/*.txt")]
    [InlineData("*.{txt,md}")]
    public void Index_NewIndexWithAPatternMatchingNothing_SaysSoWithExitTwo(string pattern)
    {
        // Arrange: glob syntax the scanner does not know; it used to build an empty index without a word
        var index = _folder.Combine("new-index");

        // Act
        var (code, _, error) = CliRunner.Run("index", "--seeds", _seeds, "--index", index, "--pattern", pattern);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains($"no file in '{_seeds}' matches --pattern '{pattern}'", error, StringComparison.Ordinal);
        Assert.Contains("'**' and '{a,b}' are not supported", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", "--allow-empty", 0)]
    [InlineData("seedz", "--prune", 1)]
    [InlineData("seedz", "--full", 1)]
    public void Index_OnPurpose_IsApplied(string folder, string option, int documents)
    {
        // Arrange
        Index();
        Directory.CreateDirectory(_folder.Combine(folder));
        if (folder == "seedz")
        {
            _folder.Write("seedz/other.txt", "date 2024-05-02\n\nAnderes\n\nEin anderer Text.");
        }

        // Act
        var (code, output, error) = CliRunner.Run("index", "--seeds", _folder.Combine(folder), "--index", _index, option);

        // Assert
        Assert.True(code == 0, error);
        Assert.Contains($"{documents} document", output, StringComparison.Ordinal);
        Assert.Equal(documents, Documents());
    }

    [Fact]
    public void Stats_ShowsTheRememberedSeedsFolder()
    {
        // Arrange
        Index();

        // Act
        var (code, text, _) = CliRunner.Run("stats", "--index", _index);
        var (_, json, _) = CliRunner.Run("stats", "--index", _index, "--json");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains($"seeds:     {Path.GetFullPath(_seeds)} (files matching *.txt)", text, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(Path.GetFullPath(_seeds), parsed.RootElement.GetProperty("seeds").GetString());
        Assert.Equal("*.txt", parsed.RootElement.GetProperty("pattern").GetString());
    }

    [Fact]
    public void Index_Windows1252File_IsIndexedWithNoticeAndFoundByMüller()
    {
        // Arrange
        var latin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        _folder.WriteBytes("seeds/archiv.txt", latin.GetBytes("date 2003-04-05\n\nMüller übernimmt die Geschäfte\n\nFrau Müller führt künftig die Stadtwerke in Köln."));

        // Act
        var (code, output, _) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index, "--json");
        var (queryCode, hits, _) = CliRunner.Run("query", "Müller", "--index", _index, "--json");

        // Assert
        Assert.Equal(0, code);
        using var index = JsonDocument.Parse(output);
        Assert.Equal(0, index.RootElement.GetProperty("rejected").GetArrayLength());
        var notice = Assert.Single(index.RootElement.GetProperty("notices").EnumerateArray());
        Assert.Equal("archiv.txt", notice.GetProperty("path").GetString());
        Assert.Equal("not valid UTF-8 at byte 19; read as Windows-1252", notice.GetProperty("notice").GetString());
        Assert.Equal(0, queryCode);
        using var query = JsonDocument.Parse(hits);
        var hit = Assert.Single(query.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal("Müller übernimmt die Geschäfte", hit.GetProperty("title").GetString());
    }

    [Fact]
    public void Index_PlaceholderDate_IsRejectedAsImplausible()
    {
        // Arrange
        _folder.Write("seeds/platzhalter.txt", "date 0001-01-01\n\nTitel\n\nText.");

        // Act
        var (code, output, _) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index);

        // Assert
        Assert.Equal(3, code);
        Assert.Contains("rejected platzhalter.txt: implausible date '0001-01-01': before 1800", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_IntoFolderWithOtherFiles_IsRefusedAndLeavesNoLockFile()
    {
        // Arrange
        var project = _folder.Combine("project");
        _folder.Write("project/Program.cs", "class P {}");

        // Act
        var (code, _, error) = CliRunner.Run("index", "--seeds", _seeds, "--index", project);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("is not a search index", error, StringComparison.Ordinal);
        Assert.Equal(["Program.cs"], Directory.GetFiles(project).Select(Path.GetFileName));
    }

    [Fact]
    public void Query_MissingIndex_TellsTheCommandThatBuildsOne()
    {
        // Act
        var (code, _, error) = CliRunner.Run("query", "Berlin", "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains($"There is no index at '{_index}'. Build one with: search index --seeds DIR --index {_index}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FileInSeedsWithSettings_GivesTheEntitiesIndexGives()
    {
        // Arrange: Regression: #15 extract ignored SEEDS/.search
        _folder.Write("seeds/sub/werk.txt", "date 2024-05-03\n\nStreit um Tarife\n\nDas Zwirbelwerk kritisierte die neuen Tarife scharf.");
        var file = _folder.Combine("seeds/sub/werk.txt");
        var (_, before, _) = CliRunner.Run("extract", file, "--json");
        _folder.Write("seeds/.search/actors.txt", "Zwirbelwerk\n");

        // Act
        var (code, after, _) = CliRunner.Run("extract", file, "--json");
        Index();
        var (_, hits, _) = CliRunner.Run("query", "Tarife", "--index", _index, "--json");

        // Assert
        Assert.Equal(0, code);
        Assert.DoesNotContain("Zwirbelwerk", Actors(before));
        Assert.Contains("Zwirbelwerk", Actors(after));
        using var query = JsonDocument.Parse(hits);
        var hit = Assert.Single(query.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(Actors(after), hit.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList());
    }

    [Fact]
    public void LockMessage_AnotherProcess_FitsBothAnUpdateAndAWatch()
    {
        // Act
        var message = CliMessages.For(new IndexLockedException("/idx"));

        // Assert
        Assert.Contains("try again when it has finished", message, StringComparison.Ordinal);
        Assert.Contains("'search index --watch'", message, StringComparison.Ordinal);
    }

    private static List<string> Actors(string extractJson)
    {
        using var json = JsonDocument.Parse(extractJson);
        return [.. json.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!)];
    }

    private int Documents()
    {
        var (_, json, _) = CliRunner.Run("stats", "--index", _index, "--json");
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.GetProperty("documents").GetInt32();
    }
}
