using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Packaging;

/// <summary>Regression: #15 the packages said MIT and carried only the decompounder's NOTICE.</summary>
public sealed class ThirdPartyNoticesTests
{
    [Fact]
    public void ThirdPartyNotices_MatchesTheSourcesOfTheData()
    {
        // Arrange
        var path = Path.Combine(RepoPaths.Root, ThirdPartyNotices.FileName);
        var receivedPath = Path.Combine(RepoPaths.Root, "THIRD-PARTY-NOTICES.received.md");

        // Act
        var generated = ThirdPartyNotices.Generate(RepoPaths.Root);

        // Assert
        var current = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (generated != current)
        {
            File.WriteAllText(receivedPath, generated);
            Assert.Fail($"{ThirdPartyNotices.FileName} is out of step with the data's SOURCES.md, SOURCE.md or NOTICE.txt. Review {receivedPath} and copy it over {path}.");
        }

        File.Delete(receivedPath);
    }

    [Fact]
    public void Licences_NameEveryLicenceOfTheEmbeddedData()
    {
        // Act
        var licences = ThirdPartyNotices.Licences(RepoPaths.Root).Select(l => l.Licence).ToList();
        var text = string.Join("\n", licences);

        // Assert: the licences the issue names, each found in a table of the sources
        Assert.Contains("LGPL-2.1-or-later", text, StringComparison.Ordinal);
        Assert.Contains("LGPL-3.0-or-later", text, StringComparison.Ordinal);
        Assert.Contains("LaTeX Project Public License", text, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", text, StringComparison.Ordinal);
        Assert.Contains("Apache-2.0", text, StringComparison.Ordinal);
        Assert.Contains("MIT", text, StringComparison.Ordinal);
        Assert.DoesNotContain(licences, l => l.Length == 0);
    }

    [Fact]
    public void Licences_ListEveryEmbeddedDataFile()
    {
        // Arrange: every data file embedded into Search.Core
        var data = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Search.Core", "Entities", "Data"))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Search.Core", "Analysis", "Data")))
            .Select(Path.GetFileName)
            .Where(name => name is not ("SOURCES.md" or "SOURCE.md" or "NOTICE.txt"))
            .ToList();

        // Act
        var listed = string.Join("\n", ThirdPartyNotices.Licences(RepoPaths.Root).SelectMany(l => l.Files));

        // Assert
        Assert.NotEmpty(data);
        Assert.All(data, name => Assert.Contains($"/{name}`", listed, StringComparison.Ordinal));
    }
}
