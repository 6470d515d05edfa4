using Search.Cli.Commands;

namespace Search.Cli.Tests.Commands;

public sealed class TuiCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tui-cli-tests-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public TuiCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        _out.Dispose();
        _error.Dispose();
    }

    [Fact]
    public void A_missing_seeds_folder_is_explained_and_no_index_is_created()
    {
        var code = TuiCommand.Run(Environment(), Path.Combine(_root, "index"), Path.Combine(_root, "seeds"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("does not exist", _error.ToString());
        Assert.Contains("--seeds", _error.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "index")));
    }

    [Fact]
    public void An_empty_seeds_folder_is_explained()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));

        var code = TuiCommand.Run(Environment(), Path.Combine(_root, "index"), Path.Combine(_root, "seeds"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("is empty", _error.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "index")));
    }

    [Fact]
    public void Seeds_without_a_readable_article_are_explained_after_building()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        File.WriteAllText(Path.Combine(_root, "seeds", "a.txt"), "no date header here");

        var code = TuiCommand.Run(Environment(), Path.Combine(_root, "index"), Path.Combine(_root, "seeds"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("0 added, 0 updated, 0 deleted, 0 renamed, 0 unchanged, 1 rejected", _error.ToString()); // the wording of 'search index'
        Assert.Contains("rejected a.txt: no date header", _error.ToString());
        Assert.Contains("nothing to search", _error.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "index")));
    }

    [Fact]
    public void Start_WithSeedsEmptied_RefusesTheUpdateAndKeepsTheIndex()
    {
        // Arrange: an index built from two articles, then the seeds folder emptied (Regression: #15)
        var seeds = Path.Combine(_root, "seeds");
        var index = Path.Combine(_root, "index");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, "a.txt"), "date 2024-01-01\n\nErster Titel\n\nText eins.");
        File.WriteAllText(Path.Combine(seeds, "b.txt"), "date 2024-01-02\n\nZweiter Titel\n\nText zwei.");
        Assert.Equal(0, CliApp.Run(["index", "--seeds", seeds, "--index", index], Environment()));
        File.Delete(Path.Combine(seeds, "a.txt"));
        File.Delete(Path.Combine(seeds, "b.txt"));

        // Act: 'search' alone updates first, then would open the UI (no terminal here)
        var code = TuiCommand.Run(Environment(), index, seeds, updateFirst: true);

        // Assert
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("would delete all 2 documents", _error.ToString());
        Assert.Contains("--allow-empty", _error.ToString());
        Assert.Contains("Showing the index as it is.", _error.ToString());
        Assert.Contains("needs a terminal", _error.ToString());
        using var searchIndex = Core.Searching.SearchIndex.Open(index);
        Assert.Equal(2, searchIndex.GetStatistics().Documents);
    }

    private CliEnvironment Environment() => new(TextReader.Null, _out, _error, Colour: false, Interactive: false);
}
