using System.Text.Json;

namespace Search.Cli.Tests.Commands;

/// <summary><c>search query</c>: --actor/--location folding, --not-actor/--not-location and --significant.</summary>
public sealed class QueryFilterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _index;

    public QueryFilterTests()
    {
        var seeds = _folder.Combine("seeds");
        _index = _folder.Combine("index");
        _folder.Write("seeds/a.txt", "date 2024-05-01\n\nMerkel besucht München\n\nBundeskanzlerin Angela Merkel hat am Montag München besucht. Angela Merkel sprach dort mit Schülern.");
        _folder.Write("seeds/b.txt", "date 2024-06-01\n\nMerkel in Zürich\n\nAngela Merkel hat am Dienstag Zürich besucht. In Zürich traf Angela Merkel den Bundespräsidenten.");
        _folder.Write("seeds/c.txt", "date 2024-07-01\n\nScholz in Berlin\n\nOlaf Scholz hat am Mittwoch in Berlin gesprochen. Olaf Scholz traf in Berlin Vertreter der Länder.");
        var (code, _, error) = CliRunner.Run("index", "--seeds", seeds, "--index", _index);
        Assert.True(code == 0, error);
    }

    public void Dispose() => _folder.Dispose();

    private static string[] Ids(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Query_ActorFilterInLowerCase_FindsTheActor()
    {
        // Act
        var (code, output, error) = CliRunner.Run("query", "--index", _index, "--actor", "angela merkel", "--json");

        // Assert
        Assert.True(code == 0, error);
        Assert.Equal(["a.txt", "b.txt"], Ids(output));
    }

    [Fact]
    public void Query_LocationFilterWithoutUmlaut_FindsTheLocation()
    {
        // Act
        var (code, output, error) = CliRunner.Run("query", "--index", _index, "--location", "zuerich", "--json");

        // Assert
        Assert.True(code == 0, error);
        Assert.Equal(["b.txt"], Ids(output));
    }

    [Fact]
    public void Query_NotActorAndNotLocation_LeaveOutDocumentsNamingThem()
    {
        // Act
        var (notActorCode, notActor, _) = CliRunner.Run("query", "--index", _index, "--not-actor", "Angela Merkel", "--json");
        var (notLocationCode, notLocation, _) = CliRunner.Run("query", "--index", _index, "--not-location", "münchen", "--not-location", "Berlin", "--json");

        // Assert
        Assert.Equal((0, 0), (notActorCode, notLocationCode));
        Assert.Equal(["c.txt"], Ids(notActor));
        Assert.Equal(["b.txt"], Ids(notLocation));
    }

    [Fact]
    public void Query_NotActorExcludingEverything_ExitsOne()
    {
        // Act
        var (code, output, _) = CliRunner.Run("query", "Merkel", "--index", _index, "--not-actor", "ANGELA MERKEL", "--json");

        // Assert
        Assert.Equal(1, code);
        Assert.Empty(Ids(output));
    }

    [Fact]
    public void Query_Significant_AddsSignificantObjectToJsonAndSectionToText()
    {
        // Act
        var (jsonCode, json, jsonError) = CliRunner.Run("query", "Merkel", "--index", _index, "--significant", "5", "--json");
        var (textCode, text, textError) = CliRunner.Run("query", "Merkel", "--index", _index, "--significant", "5");
        var (_, plain, _) = CliRunner.Run("query", "Merkel", "--index", _index, "--json");

        // Assert: two hits of three documents both name Angela Merkel, nobody else does
        Assert.True(jsonCode == 0, jsonError);
        Assert.True(textCode == 0, textError);
        using var document = JsonDocument.Parse(json);
        var significant = document.RootElement.GetProperty("significant");
        var actor = Assert.Single(significant.GetProperty("actor").EnumerateArray());
        Assert.Equal("Angela Merkel", actor.GetProperty("value").GetString());
        Assert.Equal(2, actor.GetProperty("count").GetInt32());
        Assert.Equal(2, actor.GetProperty("background").GetInt32());
        Assert.True(actor.GetProperty("score").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Array, significant.GetProperty("location").ValueKind);
        Assert.Contains("Significant actors: Angela Merkel (2 of 2)", text, StringComparison.Ordinal);
        using var plainDocument = JsonDocument.Parse(plain);
        Assert.False(plainDocument.RootElement.TryGetProperty("significant", out _));
    }

    [Fact]
    public void Query_NegativeSignificant_ExitsTwo()
    {
        // Act
        var (code, _, error) = CliRunner.Run("query", "Merkel", "--index", _index, "--significant", "-1");

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("--significant", error, StringComparison.Ordinal);
    }
}
