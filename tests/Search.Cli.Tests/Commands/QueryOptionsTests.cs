using System.Text.Json;

namespace Search.Cli.Tests.Commands;

/// <summary>Regression: #12 the query command's input handling (options, blank lines, error positions, --like).</summary>
public sealed class QueryOptionsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _index;

    public QueryOptionsTests()
    {
        var seeds = _folder.Combine("seeds");
        _index = _folder.Combine("index");
        File.Copy(Path.Combine(RepoPaths.Root, "seeds", "000_24110c9fbfdaf8ed.txt"), _folder.Write("seeds/000_24110c9fbfdaf8ed.txt", ""), overwrite: true);
        _folder.Write("seeds/berlin.txt", "date 2024-05-01\n\nNeue Regierung in Berlin\n\nDie Regierung in Berlin hat einen Haushalt vorgelegt.");
        var (code, _, error) = CliRunner.Run("index", "--seeds", seeds, "--index", _index);
        Assert.True(code == 0, error);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Query_MistypedOption_IsAUsageErrorNamingTheNearestOption()
    {
        // Act
        var (code, output, error) = CliRunner.Run("query", "--topp", "3", "Berlin", "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Unknown option '--topp'. Did you mean '--top'?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index --ful", "Unknown option '--ful'. Did you mean '--full'?", "Try 'search index --help'.")]
    [InlineData("index --patern x", "Unknown option '--patern'. Did you mean '--pattern'?", "Try 'search index --help'.")]
    [InlineData("stats --jsn", "Unknown option '--jsn'. Did you mean '--json'?", "Try 'search stats --help'.")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'", "Try 'search --help'.")]
    public void MistypedOptionOrCommand_IsNamedWithTheNearestAndTheRightHelp(string line, string message, string help)
    {
        // Act
        var (code, _, error) = CliRunner.Run([.. line.Split(' '), "--index", _index]);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(help, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized command or argument 'x'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_given_as_seeds_folder_or_as_index_is_called_a_file()
    {
        var file = _folder.Write("a-file.txt", "date 2024-01-01\n\nTitel\n\nText.");

        var (indexCode, _, indexError) = CliRunner.Run("index", "--seeds", file, "--index", _folder.Combine("x"));
        var (queryCode, _, queryError) = CliRunner.Run("query", "Merkel", "--index", file);

        Assert.Equal((2, 2), (indexCode, queryCode));
        Assert.Contains($"the seeds folder '{file}' is a file", indexError, StringComparison.Ordinal);
        Assert.Contains("is a file, not a search index", queryError, StringComparison.Ordinal);
        Assert.DoesNotContain("Build one with", queryError, StringComparison.Ordinal); // advice that would fail
    }

    [Theory]
    [InlineData("query Merkel --top abc", "--top: 'abc' is not a whole number.")]
    [InlineData("query Merkel --skip 99999999999", "--skip: '99999999999' is too large")]
    [InlineData("index --pattern /tmp/*.txt", "--pattern: '/tmp/*.txt' leaves the seeds folder")]
    [InlineData("index --pattern ../*.txt", "--pattern: '../*.txt' leaves the seeds folder")]
    public void A_bad_option_value_is_explained_in_the_user_s_words(string line, string message)
    {
        var (code, _, error) = CliRunner.Run([.. line.Split(' '), "--index", _index]);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_pattern_is_explained_with_the_option_s_name()
    {
        var (code, _, error) = CliRunner.Run("index", "--pattern", "", "--index", _index);

        Assert.Equal(2, code);
        Assert.Contains("--pattern: the pattern is empty", error, StringComparison.Ordinal);
        Assert.DoesNotContain("FilePattern", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query Merkel --stdin", "not both")]
    [InlineData("query Merkel --actor", "--actor has an empty value")]
    [InlineData("query Merkel --not-location", "--not-location has an empty value")]
    public void An_argument_that_would_be_ignored_or_find_nothing_is_a_usage_error(string line, string message)
    {
        // "--actor" and "--not-location" get an empty value ("") here, as a shell passes --actor "".
        string[] args = [.. line.Split(' '), .. line.EndsWith("--stdin", StringComparison.Ordinal) ? Array.Empty<string>() : [""], "--index", _index];

        var (code, output, error) = CliRunner.RunWithInput("Putin\n", args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_StdinBlankLine_IsAnsweredWithAnErrorNotEveryDocument()
    {
        // Act
        var (code, output, _) = CliRunner.RunWithInput("Berlin\n\nMiami\n", "query", "--stdin", "--json", "--index", _index);

        // Assert
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("total").GetInt32());
        Assert.False(lines[1].TryGetProperty("total", out _));
        Assert.Contains("empty", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, lines[2].GetProperty("total").GetInt32());
        Assert.Equal(2, code);
    }

    [Fact]
    public void Query_SyntaxErrorJson_PositionCountsFromOneLikeTheMessage()
    {
        // Act
        var (_, output, _) = CliRunner.Run("query", "Berlin)", "--json", "--index", _index);

        // Assert
        var error = JsonDocument.Parse(output).RootElement.GetProperty("syntaxError");
        Assert.Equal(7, error.GetProperty("position").GetInt32());
        Assert.Equal("unmatchedBracket", error.GetProperty("kind").GetString());
        Assert.Contains("(position 7)", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Query_StdinLongPastedText_IsAnsweredAsMoreLikeThis()
    {
        // Arrange: the seed article's text as one line, and a line of 10,000 odd characters.
        var article = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "000_24110c9fbfdaf8ed.txt")).ReplaceLineEndings(" ");
        var odd = string.Concat(Enumerable.Repeat("((\"*:^~[", 1250));

        // Act
        var (_, output, _) = CliRunner.RunWithInput(article + "\n" + odd + "\nBerlin\n", "query", "--stdin", "--json", "--index", _index);

        // Assert
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("000_24110c9fbfdaf8ed.txt", lines[0].GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal("longTextAsLike", lines[0].GetProperty("noticeKind").GetString());
        Assert.Equal(1, lines[2].GetProperty("total").GetInt32());
    }

    [Fact]
    public void Query_LikeFile_FindsThatArticleFirst()
    {
        // Act
        var (code, output, _) = CliRunner.Run("query", "--like", Path.Combine(RepoPaths.Root, "seeds", "000_24110c9fbfdaf8ed.txt"), "--json", "--index", _index);

        // Assert
        Assert.Equal(0, code);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal("000_24110c9fbfdaf8ed.txt", result.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal("likeText", result.GetProperty("noticeKind").GetString());
    }
    [Fact]
    public async Task Query_LikeANamedPipeOrABinaryFile_IsRefusedAtOnceWithItsReason()
    {
        // Arrange: a named pipe (reading it would wait for a writer for ever) and a program's bytes
        var pipe = _folder.Combine("pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        var binary = _folder.Combine("program.bin");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]);

        // Act
        var runPipe = Task.Run(() => CliRunner.Run("query", "--like", pipe, "--index", _index));
        var finished = await Task.WhenAny(runPipe, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == runPipe, "--like on a named pipe must not wait for a writer");
        var (pipeCode, _, pipeError) = await runPipe;
        var (binaryCode, binaryOut, binaryError) = CliRunner.Run("query", "--like", binary, "--index", _index);

        // Assert
        Assert.Equal(2, pipeCode);
        Assert.Contains("not a regular file", pipeError, StringComparison.Ordinal);
        Assert.Equal(2, binaryCode);
        Assert.Equal("", binaryOut);
        Assert.Contains("binary content", binaryError, StringComparison.Ordinal);
    }
    [Fact]
    public void Stats_of_an_empty_index_says_it_has_no_dates()
    {
        var empty = Directory.CreateDirectory(_folder.Combine("empty-seeds")).FullName;
        var index = _folder.Combine("empty-index");
        Assert.Equal(0, CliRunner.Run("index", "--seeds", empty, "--index", index, "--allow-empty").Code);

        var (code, output, _) = CliRunner.Run("stats", "--index", index);

        Assert.Equal(0, code);
        Assert.Contains("dates:     none (no documents)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" to \n", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
    [Fact]
    public void Extract_gives_paths_as_written_for_files_and_for_files_found_in_a_folder()
    {
        var seeds = Path.GetRelativePath(Environment.CurrentDirectory, _folder.Combine("seeds"));
        var file = Path.Combine(seeds, "berlin.txt");

        var (_, byFile, _) = CliRunner.Run("extract", file, "--json");
        var (_, byFolder, _) = CliRunner.Run("extract", seeds, "--json");

        string PathOf(string output) => output.Split('\n').Select(l => JsonDocument.Parse(l).RootElement)
            .First(e => e.GetProperty("id").GetString() == "berlin.txt").GetProperty("path").GetString()!;
        Assert.Equal(file, PathOf(byFile));
        Assert.Equal(file, PathOf(byFolder));
    }
}
