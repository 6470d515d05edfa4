using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.PublicApi;

/// <summary>The folders of Search.Core depend on each other one way only; a file that names a folder it must not use fails.</summary>
public sealed class DependencyDirectionTests
{
    [Theory]
    [InlineData("Documents", "Indexing")] // Regression: #15 Documents/DocumentReader called Indexing/SeedFolderScanner
    [InlineData("Documents", "Searching")]
    [InlineData("Analysis", "Indexing")]
    public void Folder_DoesNotUse_FolderThatDependsOnIt(string folder, string forbidden)
    {
        // Arrange
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Search.Core", folder), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(sources);

        // Act
        var offenders = sources
            .Where(file => File.ReadLines(file).Any(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)
                && (line.Contains($"Search.Core.{forbidden}", StringComparison.Ordinal) || line.Contains($"{forbidden}.", StringComparison.Ordinal))))
            .Select(Path.GetFileName)
            .ToList();

        // Assert
        Assert.Empty(offenders);
    }
}
