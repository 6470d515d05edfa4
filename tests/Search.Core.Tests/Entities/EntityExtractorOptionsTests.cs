using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public sealed class EntityExtractorOptionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entity-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void FromFiles_ListsAndAliases_ReadsEntriesSkippingCommentsAndBlanks()
    {
        var actors = Write("actors.txt", "# eigene Akteure\nQuantenwerk Nord\n\n  Stadtwerke Süd  \n");
        var locations = Write("locations.txt", "Unterkleinhausen\n# Kommentar\n");
        var aliases = Write("aliases.txt", "# variant, canonical\nSelenskij\tWolodimir Selenski\nPutin = Wladimir Putin\n");

        var options = EntityExtractorOptions.FromFiles(actors, locations, aliases);

        Assert.Equal(["Quantenwerk Nord", "Stadtwerke Süd"], options.ExtraActors);
        Assert.Equal(["Unterkleinhausen"], options.ExtraLocations);
        Assert.Equal("Wolodimir Selenski", options.Aliases["Selenskij"]);
        Assert.Equal("Wladimir Putin", options.Aliases["Putin"]);
    }

    [Fact]
    public void FromFiles_AllNull_GivesEmptyOptions()
    {
        var options = EntityExtractorOptions.FromFiles(null, null, null);

        Assert.Empty(options.ExtraActors);
        Assert.Empty(options.ExtraLocations);
        Assert.Empty(options.Aliases);
    }

    [Fact]
    public void FromFiles_AliasLineWithoutSeparator_ThrowsWithLineNumber()
    {
        var aliases = Write("aliases.txt", "Selenskij\tSelenski\nkaputt\n");

        var error = Assert.Throws<FormatException>(() => EntityExtractorOptions.FromFiles(null, null, aliases));

        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_HasNoAdditions()
    {
        Assert.Empty(EntityExtractorOptions.Default.ExtraActors);
        Assert.Empty(EntityExtractorOptions.Default.ExtraLocations);
        Assert.Empty(EntityExtractorOptions.Default.Aliases);
    }
}
