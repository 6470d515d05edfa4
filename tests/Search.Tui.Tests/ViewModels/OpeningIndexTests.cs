using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

/// <summary>The window no longer waits for the index to open (issue 16): the backend takes an index still opening.</summary>
public sealed class OpeningIndexTests
{
    [Fact]
    public async Task Backend_over_an_opening_index_answers_once_it_is_open()
    {
        // Arrange: the opening finishes only after the backend was made
        using var index = TestIndex.News();
        var opening = new TaskCompletionSource<SearchIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backend = new SearchIndexBackend(opening.Task);
        var searching = Task.Run(() => backend.Search(new SearchRequest { Text = "Miami" }));

        // Act
        var waited = await Task.WhenAny(searching, Task.Delay(200)) != searching;
        opening.SetResult(index.Index);
        var results = await searching;

        // Assert
        Assert.True(waited);
        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public void A_failed_opening_is_shown_in_German()
    {
        // Arrange
        var failure = new IndexUnavailableException("/tmp/x", IndexProblem.Damaged, "The index at '/tmp/x' cannot be read (codec header mismatch).");
        var backend = new SearchIndexBackend(Task.FromException<SearchIndex>(failure));
        var scheduler = new ManualUiScheduler();
        using var model = new SearchViewModel(backend, scheduler);

        // Act
        model.Start();
        model.SearchNow();

        // Assert: the library's exception, not a wrapper around it, reaches the German message, chosen by its kind
        Assert.Equal("Der Index in „/tmp/x“ ist nicht lesbar (beschädigt) – neu bauen mit „search index --full --seeds ORDNER --index /tmp/x“.", model.Error); // the folder named: as written, the advice rebuilt ./index
        Assert.DoesNotContain("cannot be read", model.Error);
    }

    [Theory]
    [InlineData(IndexProblem.Missing, "Kein Index in „/tmp/x“")]
    [InlineData(IndexProblem.NotAnIndex, "„/tmp/x“ enthält andere Dateien und keinen Index")]
    [InlineData(IndexProblem.Damaged, "ist nicht lesbar (beschädigt)")]
    public void Each_kind_of_unusable_index_has_its_German_text(IndexProblem problem, string german)
    {
        var text = GermanMessages.ForIndex(new IndexUnavailableException("/tmp/x", problem, "English message"));

        Assert.Contains(german, text);
        Assert.DoesNotContain("English", text);
    }
}
