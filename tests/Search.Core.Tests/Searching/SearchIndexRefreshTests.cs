using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>When an open <see cref="SearchIndex"/> sees what happens to its folder.</summary>
public sealed class SearchIndexRefreshTests
{
    [Fact]
    public void Search_RightAfterACommitOfThisProcess_SeesIt()
    {
        // Arrange
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.AddOrUpdate([Doc("first", "Anfang")]);
        using var index = SearchIndex.Open(folder.Combine("index"));
        var missed = new List<string>();

        // Act: add, then search at once, many times (a search used to look for newer commits only every 200 ms)
        for (var i = 0; i < 30; i++)
        {
            var word = $"Kennwort{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}";
            builder.AddOrUpdate([Doc($"doc{i}", word)]);
            if (index.Search(SearchRequest.For(word)).TotalHits != 1 || index.GetDocument($"doc{i}") is null
                || index.GetStatistics().Documents != i + 2)
            {
                missed.Add(word);
            }
        }

        // Assert
        Assert.Empty(missed);
    }

    [Fact]
    public void Search_FolderRemovedWhileOpen_SaysTheIndexIsGone()
    {
        // Arrange
        using var folder = new TempFolder();
        using (var builder = IndexBuilder.Open(folder.Combine("index")))
        {
            builder.AddOrUpdate([Doc("first", "Anfang")]);
        }

        using var index = SearchIndex.Open(folder.Combine("index"));
        System.IO.Directory.Delete(folder.Combine("index"), recursive: true);

        // Act
        var error = Assert.Throws<IndexUnavailableException>(() => index.Refresh());

        // Assert
        Assert.Equal(IndexProblem.Missing, error.Problem);
        Assert.Contains("is gone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WhileTheFirstBuildHasNotCommitted_SaysItIsBeingBuilt()
    {
        // Arrange: a builder holds the folder and has not committed yet; 'no index, build one' sent the user to a
        // second build, which was refused as another writer
        using var folder = new TempFolder();
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var error = Assert.Throws<IndexUnavailableException>(() => SearchIndex.Open(folder.Combine("index")));

        // Assert
        Assert.Equal(IndexProblem.BeingBuilt, error.Problem);
        Assert.Contains("another program is building it", error.Message, StringComparison.Ordinal);
        builder.Dispose();
        Assert.Equal(IndexProblem.Missing, Assert.Throws<IndexUnavailableException>(() => SearchIndex.Open(folder.Combine("index"))).Problem);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)] // the new index's commits reach beyond the old one's generation
    public void Search_FolderRemovedAndBuiltAgain_SearchesTheNewIndex(int commits)
    {
        // Arrange: the old index had three commits; the new one reuses its segment names (_0, _1, …), and the open index
        // kept serving the old documents for as long as it was open
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Doc("alt1", "Altbau")]);
            builder.AddOrUpdate([Doc("alt2", "Altbau")]);
            builder.AddOrUpdate([Doc("alt3", "Altbau")]);
        }

        using var index = SearchIndex.Open(path);
        Assert.Equal(3, index.Search(SearchRequest.For("Altbau")).TotalHits);
        System.IO.Directory.Delete(path, recursive: true);
        using (var builder = IndexBuilder.Open(path))
        {
            for (var i = 0; i < commits; i++)
            {
                builder.AddOrUpdate([Doc($"neu{i}", "Neubau")]);
            }
        }

        // Act
        index.Refresh();
        var old = index.Search(SearchRequest.For("Altbau"));
        var fresh = index.Search(SearchRequest.For("Neubau"));

        // Assert
        Assert.Equal(0, old.TotalHits);
        Assert.Equal(commits, fresh.TotalHits);
        Assert.Equal(commits, index.GetStatistics().Documents);
        Assert.Null(index.GetDocument("alt1"));
    }

    [Fact]
    public void Search_FolderBeingBuiltAgain_SaysSoNotDamaged()
    {
        // Arrange: another writer rebuilds the removed folder and has not committed yet
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate([Doc("alt1", "Altbau")]);
        }

        using var index = SearchIndex.Open(path);
        System.IO.Directory.Delete(path, recursive: true);
        using var rebuilding = IndexBuilder.Open(path);

        // Act
        var error = Assert.Throws<IndexUnavailableException>(() => index.Refresh());

        // Assert
        Assert.Equal(IndexProblem.BeingBuilt, error.Problem);
        rebuilding.AddOrUpdate([Doc("neu", "Neubau")]);
        Assert.Equal(1, index.Search(SearchRequest.For("Neubau")).TotalHits);
    }

    [LinuxFact]
    public void Search_BuilderWritingThroughALink_ItsCommitIsSeenAtTheNextCall()
    {
        // Arrange: the builder opened the index through a symbolic link, the searcher through the folder it names
        using var folder = new TempFolder();
        var real = folder.Combine("real");
        using (var first = IndexBuilder.Open(real))
        {
            first.AddOrUpdate([Doc("first", "Anfang")]);
        }

        System.IO.Directory.CreateSymbolicLink(folder.Combine("link"), real);
        using var builder = IndexBuilder.Open(folder.Combine("link"));
        using var index = SearchIndex.Open(real);
        _ = index.Search(SearchRequest.For("Anfang"));

        // Act
        builder.AddOrUpdate([Doc("second", "Nachtrag")]);
        var hits = index.Search(SearchRequest.For("Nachtrag")).TotalHits;

        // Assert
        Assert.Equal(1, hits);
    }

    private static NewsDocument Doc(string id, string word) => new()
    {
        Id = id,
        Date = new DateOnly(2024, 3, 1),
        Title = "Titel " + word,
        Body = $"Ein Text über {word} in Berlin.",
    };
}
