using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// What a library user hands in: options and documents documented as immutable kept the caller's lists (a boilerplate
/// rule removed from the list after Open was indexed, while the settings said it applied), decomposed umlauts made a
/// document unfindable, and half characters (lone surrogates) came out changed or failed deep inside a search.
/// </summary>
public sealed class GivenValuesTests
{
    [Fact]
    public void Options_ListsChangedByTheCallerAfterwards_LeaveThemAsGiven()
    {
        // Arrange
        var rules = new List<BoilerplateRule> { new("WERBUNG", "ENDE") };
        var actors = new List<string> { "Firma Gurkenglas" };
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Bundeskanzlerin Merkel"] = "Angela Merkel" };
        var reader = new DocumentReaderOptions { Boilerplate = rules };
        var entities = new EntityExtractorOptions { ExtraActors = actors, Aliases = aliases };
        var names = new List<string> { "Angela Merkel" };
        var document = new NewsDocument { Id = "a", Date = new DateOnly(2024, 1, 1), Title = "", Body = "", Actors = names };

        // Act
        rules.Clear();
        actors.Add("Quallenkönig");
        aliases["Kanzler"] = "Olaf Scholz";
        names.Add("Olaf Scholz");

        // Assert
        Assert.Single(reader.Boilerplate);
        Assert.Equal(["Firma Gurkenglas"], entities.ExtraActors);
        Assert.Single(entities.Aliases);
        Assert.Equal("Angela Merkel", entities.Aliases["BUNDESKANZLERIN MERKEL"]); // the given table's comparer is kept
        Assert.Equal(["Angela Merkel"], document.Actors);
        Assert.False(EntityExtractorOptions.Default.Aliases is Dictionary<string, string>, "The shared default table can be changed through a cast.");
    }

    [Fact]
    public void AddOrUpdate_DecomposedUmlauts_AreFoundAsComposedOnes()
    {
        // Arrange: "ä" and "ü" as a letter followed by a combining diaeresis (macOS file names, some web pages)
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        builder.AddOrUpdate([new NewsDocument { Id = "nfd", Date = new DateOnly(2024, 1, 1), Title = "Gespra\u0308che in Mu\u0308nchen", Body = "Die Gespra\u0308che in Mu\u0308nchen dauern an." }]);
        using var index = SearchIndex.Open(folder.Combine("index"));

        // Assert
        Assert.Equal(1, index.Search(SearchRequest.For("Gespräche")).TotalHits);
        Assert.Equal(1, index.Search(SearchRequest.For("München")).TotalHits);
        Assert.Equal(1, index.Search(SearchRequest.For("Mu\u0308nchen")).TotalHits);
        Assert.Equal("Gespräche in München", index.GetDocument("nfd")!.Title);
    }

    [Fact]
    public void AddOrUpdate_IdWithHalfACharacter_IsRefusedNamingIt()
    {
        // Arrange: the id came back as "bericht-\uFFFD.txt"
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var error = Assert.Throws<ArgumentException>(() => builder.AddOrUpdate([new NewsDocument { Id = "bericht-\uD83D.txt", Date = new DateOnly(2024, 1, 1), Title = "T", Body = "Text." }]));

        // Assert
        Assert.Contains("half a character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FilterWithHalfACharacter_IsRefusedNamingTheFilter()
    {
        // Arrange: it failed inside the folding with .NET's "invalid Unicode code points (Parameter 'strInput')"
        using var index = new TestIndex(Articles.Sample);

        // Act
        var error = Assert.Throws<ArgumentException>(() => index.Index.Search(new SearchRequest { Actors = ["Merkel\uD83D"] }));
        var found = index.Index.FindFacetValues("actor", "Sel\uD83D");

        // Assert
        Assert.Equal("Actors", error.ParamName);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)] // stood first under "newest" for ever
    public void AddOrUpdate_ADateAFileWouldBeRejectedFor_IsRefusedNamingIt(int year, int month, int day)
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var error = Assert.Throws<ArgumentException>(() => builder.AddOrUpdate([new NewsDocument { Id = "platzhalter", Date = new DateOnly(year, month, day), Title = "T", Body = "Text." }]));

        // Assert
        Assert.Contains("'platzhalter'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rejected too", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_ARescanIntervalThatIsNoTime_IsRefused()
    {
        // Arrange: a negative interval was taken without a word
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-01-01\n\nTitel\n\nText.");
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)); // a watch that starts ends, and the test fails

        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Watch(folder.Combine("seeds"), _ => { }, rescanInterval: TimeSpan.FromSeconds(-1), cancellationToken: stop.Token));

        // Assert
        Assert.Equal("rescanInterval", error.ParamName);
    }
}
