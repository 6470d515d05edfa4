using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.TestSupport;

/// <summary>A small index in a temporary folder, built from documents with actors and locations set.</summary>
public sealed class TestIndex : IDisposable
{
    private TestIndex(string path, SearchIndex index)
    {
        Path = path;
        Index = index;
        Backend = new RecordingBackend(new SearchIndexBackend(index));
    }

    public string Path { get; }

    public SearchIndex Index { get; }

    public RecordingBackend Backend { get; }

    /// <summary>Eight news articles on peace talks, German politics and weather, 2024–2025.</summary>
    public static TestIndex News() => Create(
    [
        Doc("miami", "2025-12-21", "Das ist das Fazit der Friedensgespräche in Miami",
            "Vertreter der USA und der Ukraine haben in Miami über ein mögliches Kriegsende diskutiert. Präsident Selenski sprach von konstruktiven Gesprächen.\n\nDie Gespräche sollen im Januar fortgesetzt werden. Witkoff lobte das Gesprächsklima.",
            ["Wolodimir Selenski", "Steve Witkoff", "Kirill Dmitrijew"], ["Miami", "Florida", "Ukraine"]),
        Doc("genf", "2025-11-23", "Gespräche in Genf über den Friedensplan",
            "In Genf haben Delegationen der USA und der Ukraine über den Friedensplan beraten. Die Gespräche dauerten bis in die Nacht.",
            ["Steve Witkoff", "Marco Rubio"], ["Genf", "Ukraine", "USA"]),
        Doc("berlin", "2025-12-15", "Selenski besucht Berlin",
            "Der ukrainische Präsident Selenski ist zu Gesprächen mit Bundeskanzler Merz nach Berlin gereist.",
            ["Wolodimir Selenski", "Friedrich Merz"], ["Berlin", "Ukraine"]),
        Doc("moskau", "2025-12-02", "Witkoff trifft Putin in Moskau",
            "Der US-Gesandte Witkoff hat in Moskau fünf Stunden mit Putin gesprochen. Ein Durchbruch blieb aus.",
            ["Steve Witkoff", "Wladimir Putin"], ["Moskau", "Russland"]),
        Doc("bundestag", "2024-05-02", "Merz spricht im Bundestag über den Haushalt",
            "Im Bundestag hat Friedrich Merz die Regierung wegen des Haushalts kritisiert.",
            ["Friedrich Merz"], ["Berlin"]),
        Doc("wahl", "2024-11-06", "Trump gewinnt die Wahl in den USA",
            "Donald Trump hat die Präsidentschaftswahl in den USA gewonnen. Die Ukraine fürchtet um die Unterstützung.",
            ["Donald Trump"], ["USA", "Ukraine"]),
        Doc("hochwasser", "2024-06-03", "Hochwasser in Bayern",
            "Nach tagelangem Regen stehen in Bayern viele Orte unter Wasser. Ministerpräsident Söder besuchte die Gebiete.",
            ["Markus Söder"], ["Bayern", "München"]),
        Doc("straße", "2024-06-10", "Straße in München gesperrt",
            "Die Leopoldstraße in München bleibt nach dem Hochwasser gesperrt. Die Stadt prüft die Schäden.",
            ["Stadt München"], ["München", "Bayern"]),
    ]);

    /// <summary><paramref name="count"/> similar articles, one per day, all mentioning "Bericht".</summary>
    public static TestIndex Many(int count) => Create(
        Enumerable.Range(0, count).Select(i => Doc(
            $"doc{i:000}",
            new DateOnly(2023, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            $"Bericht Nummer {i}",
            $"Dies ist der Bericht Nummer {i} über das Wetter in Hamburg.",
            ["Deutscher Wetterdienst"],
            ["Hamburg"])).ToList());

    public static TestIndex Create(IReadOnlyList<NewsDocument> documents)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tui-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate(documents);
        }

        return new TestIndex(path, SearchIndex.Open(path));
    }

    /// <summary>Commits more documents to this index, as another process's indexer would.</summary>
    public void Add(params NewsDocument[] documents)
    {
        using var builder = IndexBuilder.Open(Path);
        builder.AddOrUpdate(documents);
    }

    /// <summary>Deletes documents from this index, as another process's indexer would.</summary>
    public void Delete(params string[] ids)
    {
        using var builder = IndexBuilder.Open(Path);
        builder.Delete(ids);
    }

    public static NewsDocument Article(string id, string date, string title, string body, string[] actors, string[] locations) =>
        Doc(id, date, title, body, actors, locations);

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private static NewsDocument Doc(string id, string date, string title, string body, string[] actors, string[] locations) => new()
    {
        Id = id,
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Title = title,
        Body = body,
        Actors = actors,
        Locations = locations,
    };
}
