namespace Search.Cli.Tests.Commands;

public sealed partial class CliCommandTests
{
    [Fact]
    public void Index_AFileNameWithANewline_StaysOneLineOfTheReport()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Fail("File names with a newline need Linux or macOS.");
        }

        // Arrange: 'rejected bad' and 'name.txt: empty file' came out as two lines
        _folder.Write("seeds/bad\nname.txt", "");
        _folder.Write("seeds/good\nname.txt", "date 2024-05-02\n\nZeilenumbruch\n\nEin Artikel mit Zeilenumbruch im Namen.");

        // Act
        var (code, output, _) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index);
        var (_, hits, _) = CliRunner.Run("query", "Zeilenumbruch", "--index", _index);

        // Assert
        Assert.Equal(3, code); // some files rejected
        Assert.Contains("rejected bad\\nname.txt: empty file", output, StringComparison.Ordinal);
        Assert.Contains("· good\\nname.txt", hits, StringComparison.Ordinal);
    }
}
