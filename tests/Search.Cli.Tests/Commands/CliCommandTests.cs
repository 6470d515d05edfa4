using System.Diagnostics;
using System.Text.Json;
using Search.Core.Indexing;

namespace Search.Cli.Tests.Commands;

public sealed class CliCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _seeds;
    private readonly string _index;

    public CliCommandTests()
    {
        _seeds = _folder.Combine("seeds");
        _index = _folder.Combine("index");
        File.Copy(Path.Combine(RepoPaths.Root, "seeds", "000_24110c9fbfdaf8ed.txt"), _folder.Write("seeds/000_24110c9fbfdaf8ed.txt", ""), overwrite: true);
        _folder.Write("seeds/berlin.txt", "date 2024-05-01\n\nNeue Regierung in Berlin\n\nDie Regierung in Berlin hat einen Haushalt vorgelegt.");
    }

    public void Dispose() => _folder.Dispose();

    private void Index()
    {
        var (code, _, error) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index);
        Assert.True(code == 0, error);
    }

    [Fact]
    public void Index_GoodFiles_ExitsZeroAndPrintsCounts()
    {
        // Act
        var (code, output, _) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("2 added", output, StringComparison.Ordinal);
        Assert.Contains("2 documents in the index", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Json_PrintsContractShape()
    {
        // Act
        var (code, output, _) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index, "--json");

        // Assert
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("added").GetInt32());
        Assert.Equal(0, root.GetProperty("updated").GetInt32());
        Assert.Equal(0, root.GetProperty("deleted").GetInt32());
        Assert.Equal(0, root.GetProperty("unchanged").GetInt32());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("rejected").ValueKind);
        Assert.True(root.GetProperty("tookMs").GetDouble() >= 0);
    }

    [Fact]
    public void Index_SomeBadFiles_ExitsThreeAndListsEachWithReason()
    {
        // Arrange
        _folder.Write("seeds/bad-date.txt", "date 2025-02-30\n\nText");
        _folder.Write("seeds/no-header.txt", "Nur Text");

        // Act
        var (code, output, _) = CliRunner.Run("index", "--seeds", _seeds, "--index", _index, "--json");

        // Assert
        Assert.Equal(3, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("added").GetInt32());
        var rejected = json.RootElement.GetProperty("rejected").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("reason").GetString()!);
        Assert.Contains("impossible date", rejected["bad-date.txt"], StringComparison.Ordinal);
        Assert.Contains("no date header", rejected["no-header.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public void Index_MissingSeedsFolder_ExitsTwoWithMessage()
    {
        // Act
        var (code, _, error) = CliRunner.Run("index", "--seeds", _folder.Combine("nope"), "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Json_ReturnsSeedWithHighlightCoveringTheWord()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.Run("query", "Friedensgespräche", "--json", "--index", _index);

        // Assert
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Friedensgespräche", root.GetProperty("query").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("000_24110c9fbfdaf8ed.txt", hit.GetProperty("id").GetString());
        Assert.Equal("2025-12-21", hit.GetProperty("date").GetString());
        foreach (var name in new[] { "path", "title", "score", "snippets", "actors", "locations" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"hit lacks '{name}'");
        }

        var covered = hit.GetProperty("snippets").EnumerateArray().SelectMany(s =>
        {
            var text = s.GetProperty("text").GetString()!;
            return s.GetProperty("highlights").EnumerateArray().Select(r => text.Substring(r[0].GetInt32(), r[1].GetInt32()));
        });
        Assert.Contains(covered, word => word.Contains("Friedensgespräche", StringComparison.Ordinal));
        var facets = root.GetProperty("facets");
        Assert.Equal(JsonValueKind.Array, facets.GetProperty("actor").ValueKind);
        Assert.Equal(JsonValueKind.Array, facets.GetProperty("location").ValueKind);
        Assert.Equal("2025", facets.GetProperty("date")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Query_StemmedWord_FindsSeed()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.Run("query", "Gespräch", "--index", _index);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("1 hit", output, StringComparison.Ordinal);
        Assert.Contains("[Gesprächen]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Misspelt_PrintsDidYouMeanInTextAndJson()
    {
        // Arrange
        Index();

        // Act
        var text = CliRunner.Run("query", "FrideNsgespräche", "--index", _index);
        var json = CliRunner.Run("query", "FrideNsgespräche", "--index", _index, "--json");

        // Assert
        Assert.Equal(1, text.Code);
        Assert.Contains("Did you mean: Friedensgespräche", text.Out, StringComparison.Ordinal);
        Assert.Equal("Friedensgespräche", JsonDocument.Parse(json.Out).RootElement.GetProperty("suggestion").GetString());
    }

    [Fact]
    public void Query_NothingFound_ExitsOne()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.Run("query", "Quantencomputer", "--index", _index);

        // Assert
        Assert.Equal(1, code);
        Assert.StartsWith("0 hits", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Miami", "The quote (position 1) opens a phrase that is never closed")]
    [InlineData("(Miami", "The bracket '(' (position 1) is never closed")]
    [InlineData("Miami)", "The bracket ')' (position 6) has no opening '('")]
    public void Query_BrokenQuery_ExitsTwoNamesProblemAndSearchesPlainWords(string query, string problem)
    {
        // Arrange
        Index();

        // Act
        var (code, output, error) = CliRunner.Run("query", query, "--index", _index);

        // Assert
        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("search: " + problem, line, StringComparison.Ordinal);
        Assert.Contains("plain words instead: Miami", line, StringComparison.Ordinal);
        Assert.Contains("searched for: Miami", output, StringComparison.Ordinal);
        Assert.Contains("1 hit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_OnlyOperator_ExitsTwoWithOneClearLineAndNoResults()
    {
        // Arrange
        Index();

        // Act
        var (code, output, error) = CliRunner.Run("query", "AND", "--index", _index);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'AND' (position 1) needs a word", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Stdin_AnswersEveryLineInOrder()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.RunWithInput("Berlin\nQuantencomputer\nMiami\n", "query", "--stdin", "--json", "--index", _index);

        // Assert
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var queries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Berlin", "Quantencomputer", "Miami"], queries.Select(q => q.GetProperty("query").GetString()));
        Assert.Equal([1, 0, 1], queries.Select(q => q.GetProperty("total").GetInt32()));
    }

    [Fact]
    public void Query_StdinWithBrokenLines_AnswersEachAndSaysWhichFellBack()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.RunWithInput("Berlin\n\"Miami\nAND\nMiami\n", "query", "--stdin", "--json", "--index", _index);

        // Assert
        Assert.Equal(2, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("Miami", lines[1].GetProperty("syntaxError").GetProperty("searched").GetString());
        Assert.Equal(1, lines[1].GetProperty("total").GetInt32());
        Assert.Contains("'AND' (position 1) needs a word", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, lines[3].GetProperty("total").GetInt32());
    }

    [Fact]
    public void Query_DateFilterAndSort_AreApplied()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.Run("query", "--from", "2025-01-01", "--to", "2025-12-31", "--sort", "date", "--json", "--index", _index);

        // Assert
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal("2025-12", root.GetProperty("facets").GetProperty("date")[0].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("query", "x", "--from", "2025-02-30")]
    [InlineData("query", "x", "--top", "-1")]
    [InlineData("query", "x", "--sort", "popular")]
    [InlineData("query", "x", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Query_BadArguments_ExitTwo(params string[] args)
    {
        // Act
        var (code, _, error) = CliRunner.Run([.. args, "--index", _index]);

        // Assert
        Assert.Equal(2, code);
        Assert.StartsWith("search: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_MissingIndex_ExitsTwoAndSaysHowToBuild()
    {
        // Act
        var (code, _, error) = CliRunner.Run("query", "Miami", "--index", _folder.Combine("none"));

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("search index", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Json_PrintsDocumentOrErrorPerFile()
    {
        // Arrange
        _folder.Write("seeds/broken.txt", "ohne Datum");

        // Act
        var (code, output, _) = CliRunner.Run("extract", _seeds, "--json");

        // Assert
        Assert.Equal(3, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(3, lines.Count);
        var seed = lines["000_24110c9fbfdaf8ed.txt"];
        Assert.Equal("2025-12-21", seed.GetProperty("date").GetString());
        Assert.Equal("Das ist das Fazit der Friedensgespräche in Miami", seed.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, seed.GetProperty("actors").ValueKind);
        Assert.Equal(JsonValueKind.Array, seed.GetProperty("locations").ValueKind);
        Assert.Contains("no date header", lines["broken.txt"].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_Json_ReportsDocumentsAndDates()
    {
        // Arrange
        Index();

        // Act
        var (code, output, _) = CliRunner.Run("stats", "--json", "--index", _index);

        // Assert
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("documents").GetInt32());
        Assert.Equal("2024-05-01", root.GetProperty("oldest").GetString());
        Assert.Equal("2025-12-21", root.GetProperty("newest").GetString());
    }

    [Fact]
    public void Index_SecondProcessWhileIndexIsBeingWritten_IsRefusedWithExitTwo()
    {
        // Arrange: this process holds the writer lock, as a running indexer would
        using var holder = IndexBuilder.Open(_index);
        var cli = Path.Combine(AppContext.BaseDirectory, "search.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "index", "--seeds", _seeds, "--index", _index])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Act
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // Assert
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("being written by another process", error, StringComparison.Ordinal);
    }
}
