using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// Random German-ish news documents from a small vocabulary (inflected forms, compounds, umlauts, stop words), and
/// each document's analysed terms with positions per searched field, as the index analyses them.
/// </summary>
internal sealed class GeneratedCorpus
{
    /// <summary>Words of the generated texts: inflected forms, compounds and their parts, umlaut spellings.</summary>
    public static readonly string[] Vocabulary =
    [
        "Regierung", "Regierungen", "Gespräch", "Gespräche", "Friedensgespräche", "Frieden", "Krieg", "Kriegsende",
        "Bundestag", "Haushalt", "Haushaltsstreit", "Streit", "Wahl", "Wahlen", "Bundestagswahl", "Straße", "Strasse",
        "München", "Berlin", "Müller", "Mueller", "Klimaschutz", "Klima", "Schutz", "Präsident", "Präsidenten",
        "Minister", "Außenminister", "Polizei", "Polizeieinsatz", "Einsatz", "Bürger", "Bürgermeister", "Turnier",
        "Fußball", "Spiel", "Spiele", "Gericht", "Urteil", "Bahnstreik", "Bahn", "Wetter", "Rekord", "Ukraine-Krieg",
    ];

    /// <summary>Stop words mixed into the texts (and the lower-case "nicht", "oder", "und" that are no operators).</summary>
    public static readonly string[] StopWords = ["der", "die", "und", "in", "nicht", "oder", "ein", "mit"];

    public static readonly string[] ActorNames = ["Angela Merkel", "Olaf Scholz", "Thomas Müller", "Wolodimir Selenski", "Deutsche Bahn", "Bundestag"];

    public static readonly string[] LocationNames = ["Berlin", "München", "Bayern", "Ukraine", "Paris", "Köln", "Bad Tölz"];

    public static readonly DateOnly FirstDate = new(2022, 1, 1);

    public const int Days = 4 * 365;

    /// <summary>The schema fields the model compares, and how each is built from a document.</summary>
    public static readonly string[] Fields = [IndexSchema.Body, IndexSchema.Title, IndexSchema.ActorText, IndexSchema.LocationText, IndexSchema.Person, IndexSchema.Exact];

    private readonly Random _random;

    public GeneratedCorpus(int seed) => _random = new Random(seed);

    /// <summary>The current version of every document by id (the last one given to the index).</summary>
    public Dictionary<string, AnalysedDocument> Current { get; } = new(StringComparer.Ordinal);

    /// <summary>Every term of each field in any version ever indexed (deleted versions stay in the term dictionary).</summary>
    public Dictionary<string, HashSet<string>> AllTerms { get; } = Fields.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));

    /// <summary>A batch of new documents and new versions of existing ones.</summary>
    public List<NewsDocument> NextBatch(int count, int firstId)
    {
        var batch = new List<NewsDocument>();
        for (var i = 0; i < count; i++)
        {
            var id = firstId > 0 && _random.Next(5) == 0 ? $"doc{_random.Next(firstId):D4}" : $"doc{firstId + i:D4}";
            if (batch.Any(d => d.Id == id))
            {
                id = $"doc{firstId + i:D4}";
            }

            batch.Add(NewDocument(id));
        }

        foreach (var doc in batch)
        {
            var analysed = AnalysedDocument.Of(doc);
            Current[doc.Id] = analysed;
            foreach (var (field, terms) in analysed.Terms)
            {
                AllTerms[field].UnionWith(terms.Keys);
            }
        }

        return batch;
    }

    public string Word() => _random.Next(8) == 0 ? StopWords[_random.Next(StopWords.Length)] : Vocabulary[_random.Next(Vocabulary.Length)];

    private NewsDocument NewDocument(string id)
    {
        var title = string.Join(' ', Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Word()));
        var body = string.Join(' ', Enumerable.Range(0, _random.Next(3, 30)).Select(i => Word() + (_random.Next(9) == 0 ? "." : "")));
        var actors = Pick(ActorNames, _random.Next(0, 3));
        var locations = Pick(LocationNames, _random.Next(actors.Length == 0 ? 1 : 0, 3));
        return new NewsDocument
        {
            Id = id,
            Date = FirstDate.AddDays(_random.Next(Days)),
            Title = title,
            Body = body,
            Actors = actors,
            Locations = locations,
        };
    }

    private string[] Pick(string[] names, int count) => [.. names.OrderBy(_ => _random.Next()).Take(count)];
}

/// <summary>A document with its analysed terms and their positions, per schema field.</summary>
internal sealed record AnalysedDocument(string Id, DateOnly Date, NewsDocument Source, Dictionary<string, Dictionary<string, List<int>>> Terms)
{
    /// <summary>Analyses the document's fields as the index writes them (headline and text together in the body field).</summary>
    public static AnalysedDocument Of(NewsDocument doc)
    {
        var terms = new Dictionary<string, Dictionary<string, List<int>>>
        {
            [IndexSchema.Body] = Analyse(IndexSchema.Body, doc.Title + "\n\n" + doc.Body),
            [IndexSchema.Title] = Analyse(IndexSchema.Title, doc.Title),
            [IndexSchema.ActorText] = Analyse(IndexSchema.ActorText, string.Join("\n", doc.Actors)),
            [IndexSchema.LocationText] = Analyse(IndexSchema.LocationText, string.Join("\n", doc.Locations)),
            [IndexSchema.Person] = Analyse(IndexSchema.Person, doc.Title + "\n\n" + doc.Body),
            [IndexSchema.Exact] = Analyse(IndexSchema.Exact, doc.Title + "\n\n" + doc.Body),
        };
        return new AnalysedDocument(doc.Id, doc.Date, doc, terms);
    }

    /// <summary>The words of the text as they stand in a row (for phrases that occur).</summary>
    public static Dictionary<string, List<int>> Analyse(string field, string text)
    {
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using var stream = IndexSchema.IndexAnalyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var key = term.ToString();
            if (!terms.TryGetValue(key, out var positions))
            {
                terms[key] = positions = [];
            }

            positions.Add(position);
        }

        stream.End();
        return terms;
    }
}
