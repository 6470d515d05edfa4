using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>Every C# snippet of README.md is in ReadmeExamples.cs word for word, and runs.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class ReadmeExamplesTests
{
    private static string Normalize(string code) => Whitespace().Replace(code, " ").Trim();

    private static string Run(Action example)
    {
        var original = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    [Fact]
    public void Readme_EveryCSharpSnippet_IsInReadmeExamplesWordForWord()
    {
        // Arrange
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var twin = Normalize(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Search.Core.Tests", "ReadmeExamples.cs")));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();

        // Assert
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            var code = string.Join('\n', block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
            Assert.True(twin.Contains(Normalize(code).Replace("static void", "internal static void", StringComparison.Ordinal), StringComparison.Ordinal), "README snippet not found in ReadmeExamples.cs:\n" + code);
        }
    }

    [Fact]
    public void IndexFolderAndSearch_OnTheSeed_PrintsHitAndMatches()
    {
        // Arrange
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("seeds"));
        File.Copy(RepoPaths.SeedArticle, folder.Combine("seeds", "seed.txt"));

        // Act
        var output = Run(() => ReadmeExamples.IndexFolderAndSearch(folder.Combine("seeds"), folder.Combine("index")));

        // Assert
        Assert.Contains("1 added, 0 updated, 0 rejected", output, StringComparison.Ordinal);
        Assert.Contains("2025-12-21 Das ist das Fazit der Friedensgespräche in Miami", output, StringComparison.Ordinal);
        Assert.Contains("  match: Miami", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexObjectsAndFilter_InMemoryDocuments_FiltersAndCounts()
    {
        // Arrange
        using var folder = new TempFolder();

        // Act
        var output = Run(() => ReadmeExamples.IndexObjectsAndFilter(folder.Combine("index")));

        // Assert
        Assert.Contains("Wolodimir Selenski (2)", output, StringComparison.Ordinal);
        Assert.Contains("miami-1: Friedensgespräche in Miami", output, StringComparison.Ordinal);
        Assert.DoesNotContain("kyiv-1:", output, StringComparison.Ordinal);
        Assert.Contains("Miami: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExcludeAndFindWhatStandsOut_QuakeArticles_PrintsTheQuakePlaceAndLeavesOutExcluded()
    {
        // Arrange: 3 quake articles in Haiti, one in Japan naming Merkel, one in Chile in March 2011, and
        // background articles naming Deutschland and Haiti
        static NewsDocument Doc(string id, string date, string body, string[] actors, string[] locations) => new()
        {
            Id = id, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Title = id, Body = body, Actors = actors, Locations = locations,
        };
        var documents = new List<NewsDocument>
        {
            Doc("q1", "2010-01-12", "Ein Erdbeben in Haiti.", ["Rotes Kreuz"], ["Haiti", "Port-au-Prince"]),
            Doc("q2", "2010-01-13", "Nachbeben: Erdbeben in Haiti.", ["Rotes Kreuz"], ["Haiti", "Port-au-Prince"]),
            Doc("q3", "2010-01-20", "Erdbeben, Hilfe aus Deutschland für Haiti.", ["Rotes Kreuz"], ["Haiti", "Port-au-Prince", "Deutschland"]),
            Doc("q4", "2011-03-11", "Erdbeben in Chile.", ["Rotes Kreuz"], ["Chile"]),
            Doc("q5", "2011-04-11", "Erdbeben in Japan, Angela Merkel sagt Hilfe zu.", ["Angela Merkel"], ["Japan"]),
        };
        for (var i = 0; i < 20; i++)
        {
            documents.Add(Doc($"p{i}", "2012-01-01", "Der Bundestag berät.", ["Bundestag"], i < 2 ? ["Haiti"] : ["Deutschland"]));
        }

        using var index = new TestIndex(documents);

        // Act
        var output = Run(() => ReadmeExamples.ExcludeAndFindWhatStandsOut(index.Index));

        // Assert: hits q1, q2 (q3 names Deutschland, q4 is in the excluded month, q5 names Merkel)
        Assert.Contains("Port-au-Prince: 2 of 3 (score ", output, StringComparison.Ordinal);
        Assert.Contains("Haiti: 2 of 5 (score ", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("Port-au-Prince", StringComparison.Ordinal) < output.IndexOf("Haiti", StringComparison.Ordinal), output);
        Assert.DoesNotContain("Japan", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Chile", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
