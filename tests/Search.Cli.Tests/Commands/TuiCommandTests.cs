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
        Assert.Contains("gibt es nicht", _error.ToString()); // German, as the UI it opens
        Assert.Contains("--seeds", _error.ToString());
        Assert.DoesNotContain("does not exist", _error.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "index")));
    }

    [Fact]
    public void An_empty_seeds_folder_is_explained()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));

        var code = TuiCommand.Run(Environment(), Path.Combine(_root, "index"), Path.Combine(_root, "seeds"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("ist leer", _error.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "index")));
    }

    [Fact]
    public void Seeds_without_a_readable_article_are_explained_after_building()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        File.WriteAllText(Path.Combine(_root, "seeds", "a.txt"), "no date header here");

        var code = TuiCommand.Run(Environment(), Path.Combine(_root, "index"), Path.Combine(_root, "seeds"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("0 neu, 0 geändert, 0 gelöscht, 0 umbenannt, 0 unverändert, 1 abgelehnt", _error.ToString());
        Assert.Contains("abgelehnt a.txt: keine Datumszeile", _error.ToString()); // the reason from its kind, in German
        Assert.DoesNotContain("no date header", _error.ToString());
        Assert.Contains("nichts zu durchsuchen", _error.ToString());
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
        Assert.Contains("würde alle 2 Artikel löschen", _error.ToString());
        Assert.Contains("--allow-empty", _error.ToString());
        Assert.Contains("Der Index wird so gezeigt, wie er ist.", _error.ToString());
        Assert.Contains("braucht ein Terminal", _error.ToString());
        using var searchIndex = Core.Searching.SearchIndex.Open(index);
        Assert.Equal(2, searchIndex.GetStatistics().Documents);
    }

    [Fact]
    public void Start_after_a_settings_change_says_in_German_that_the_whole_index_was_rebuilt_and_lists_a_notice()
    {
        // Arrange: an index, then an actor list of one's own (the index is rebuilt) and a file that is not UTF-8.
        var (seeds, index) = BuildIndexFromOneArticle();
        File.WriteAllBytes(Path.Combine(seeds, "b.txt"), [.. "date 2024-01-02\n\nZweiter Titel\n\nGr"u8, 0xFC, .. "n und sch"u8, 0xF6, .. "n."u8]);
        Directory.CreateDirectory(Path.Combine(seeds, ".search"));
        File.WriteAllText(Path.Combine(seeds, ".search", "actors.txt"), "Erika Mustermann\n");
        _error.GetStringBuilder().Clear();

        // Act
        TuiCommand.Run(Environment(), index, seeds, updateFirst: true);

        // Assert
        var said = _error.ToString();
        Assert.Contains("Der ganze Index wurde neu gebaut: Textbausteine oder die Akteur-, Orts- oder Namenslisten haben sich geändert.", said);
        Assert.Contains("Hinweis b.txt: kein gültiges UTF-8, als Windows-1252 gelesen", said);
        Assert.Contains("2 Artikel im Index.", said);
        Assert.DoesNotContain("Rebuilt", said);
    }

    [Fact]
    public void Start_with_an_index_but_no_seeds_folder_says_so_in_German_and_shows_the_index()
    {
        var (seeds, index) = BuildIndexFromOneArticle();
        _error.GetStringBuilder().Clear();

        TuiCommand.Run(Environment(), index, Path.Combine(_root, "nope"), updateFirst: true);

        Assert.Contains("Den Artikelordner", _error.ToString());
        Assert.Contains("nope“ gibt es nicht; der Index wird so gezeigt, wie er ist", _error.ToString());
    }

    /// <summary>An index built by 'search index' from a seeds folder holding one article (a.txt).</summary>
    private (string Seeds, string Index) BuildIndexFromOneArticle()
    {
        var seeds = Path.Combine(_root, "seeds");
        var index = Path.Combine(_root, "index");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, "a.txt"), "date 2024-01-01\n\nErster Titel\n\nText eins.");
        Assert.Equal(0, CliApp.Run(["index", "--seeds", seeds, "--index", index], Environment()));
        return (seeds, index);
    }

    private CliEnvironment Environment() => new(TextReader.Null, _out, _error, Colour: false, Interactive: false);
}
