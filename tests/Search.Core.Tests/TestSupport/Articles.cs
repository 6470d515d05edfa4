using Search.Core.Documents;

namespace Search.Core.Tests.TestSupport;

/// <summary>Small hand-written articles for search tests.</summary>
public static class Articles
{
    public static NewsDocument Make(string id, string date, string title, string body, string[]? actors = null, string[]? locations = null) => new()
    {
        Id = id,
        Date = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Title = title,
        Body = body,
        Actors = actors ?? [],
        Locations = locations ?? [],
    };

    public static IReadOnlyList<NewsDocument> Sample { get; } =
    [
        Make("a.txt", "2025-12-21", "Friedensgespräche in Miami", "Vertreter der USA und der Ukraine haben in Miami über ein Kriegsende gesprochen. Die Gespräche sollen weitergehen.", ["Wolodimir Selenski", "Steve Witkoff"], ["Miami", "USA", "Ukraine"]),
        Make("b.txt", "2025-11-02", "Neue Regierung in Berlin", "Die Regierung in Berlin hat einen neuen Haushalt vorgelegt. Der Bundestag berät im Dezember.", ["Bundestag"], ["Berlin"]),
        Make("c.txt", "2024-05-17", "Müller gewinnt in München", "Thomas Müller hat in München ein Turnier gewonnen. Die Straße vor dem Stadion war gesperrt.", ["Thomas Müller"], ["München"]),
        Make("d.txt", "2025-12-01", "Regierungen beraten über Klimaschutz", "Mehrere Regierungen haben in Paris über den Klimaschutz gesprochen. Auch die Ukraine nahm teil.", ["Emmanuel Macron"], ["Paris", "Ukraine"]),
        Make("e.txt", "2023-01-09", "Wetter im Januar", "Im Januar war es in Berlin ungewöhnlich warm. Meteorologen sprechen von einem Rekord.", [], ["Berlin"]),
    ];
}
