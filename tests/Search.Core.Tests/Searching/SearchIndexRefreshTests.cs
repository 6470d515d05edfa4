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

    private static NewsDocument Doc(string id, string word) => new()
    {
        Id = id,
        Date = new DateOnly(2024, 3, 1),
        Title = "Titel " + word,
        Body = $"Ein Text über {word} in Berlin.",
    };
}
