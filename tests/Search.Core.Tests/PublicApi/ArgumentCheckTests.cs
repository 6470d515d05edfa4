using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.PublicApi;

/// <summary>
/// Null and missing arguments are refused where they are given, with .NET's argument exceptions naming the property,
/// instead of a NullReferenceException, an AggregateException or a Lucene parameter name deep inside an update.
/// </summary>
public sealed class ArgumentCheckTests
{
    private static readonly NewsDocument Document = new() { Id = "a", Date = new DateOnly(2024, 3, 1), Title = "Titel", Body = "Text." };

    [Fact]
    public void NewsDocument_NullTextOrLists_AreRefusedByName()
    {
        Assert.Equal("Title", Assert.Throws<ArgumentNullException>(() => Document with { Title = null! }).ParamName);
        Assert.Equal("Body", Assert.Throws<ArgumentNullException>(() => Document with { Body = null! }).ParamName);
        Assert.Equal("Actors", Assert.Throws<ArgumentNullException>(() => Document with { Actors = null! }).ParamName);
        Assert.Equal("Persons", Assert.Throws<ArgumentNullException>(() => Document with { Persons = null! }).ParamName);
        Assert.Equal("Locations", Assert.Throws<ArgumentNullException>(() => Document with { Locations = null! }).ParamName);
        Assert.Equal("ContentHash", Assert.Throws<ArgumentNullException>(() => Document with { ContentHash = null! }).ParamName);
    }

    [Fact]
    public void Options_NullReaderPatternClockOrRules_AreRefusedByName()
    {
        Assert.Equal("Reader", Assert.Throws<ArgumentNullException>(() => IndexBuilderOptions.Default with { Reader = null! }).ParamName);
        Assert.Equal("FilePattern", Assert.ThrowsAny<ArgumentException>(() => IndexBuilderOptions.Default with { FilePattern = null! }).ParamName);
        Assert.Equal("FilePattern", Assert.ThrowsAny<ArgumentException>(() => IndexBuilderOptions.Default with { FilePattern = " " }).ParamName);
        Assert.Equal("Clock", Assert.Throws<ArgumentNullException>(() => DocumentReaderOptions.Default with { Clock = null! }).ParamName);
        Assert.Equal("Boilerplate", Assert.Throws<ArgumentNullException>(() => DocumentReaderOptions.Default with { Boilerplate = null! }).ParamName);
        Assert.Equal("Boilerplate", Assert.Throws<ArgumentNullException>(() => DocumentReaderOptions.Default with { Boilerplate = [null!] }).ParamName);
    }

    [Fact]
    public void Delete_NullAmongTheIds_IsRefusedBeforeAnythingIsDeleted()
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.AddOrUpdate([Document, Document with { Id = "b" }]);

        // Act: a NullReferenceException before
        var error = Assert.Throws<ArgumentException>(() => builder.Delete(["a", null!]));

        // Assert
        Assert.Equal("ids", error.ParamName);
        Assert.Equal(2, builder.Delete([]) + builder.AddOrUpdate([]).TotalDocuments);
    }

    [Fact]
    public void Watch_MissingFolder_IsRefusedAsUpdateFromFolderRefusesIt()
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act and assert: an ArgumentException of the file watcher before
        Assert.Throws<DirectoryNotFoundException>(() => builder.Watch(folder.Combine("missing"), _ => { }));
        Assert.Throws<DirectoryNotFoundException>(() => builder.UpdateFromFolder(folder.Combine("missing")));
    }
}
