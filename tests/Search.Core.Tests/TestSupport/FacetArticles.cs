using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Core.Tests.TestSupport;

/// <summary>Random but reproducible articles for facet tests, and an index written in several segments.</summary>
public static class FacetArticles
{
    public static readonly string[] Actors = ["Anna Berg", "Bernd Claus", "Carla Dorn", "Dieter Eck", "Eva Frank", "Kreml"];
    public static readonly string[] Locations = ["Berlin", "Wien", "Zürich", "München", "Köln"];

    /// <summary>
    /// Articles <c>doc0000.txt</c> … with each actor at a chance of 0.3, each place at 0.35, a date within 1,500 days
    /// from 2021-01-01, and the text <paramref name="body"/> gives (drawn after the rest).
    /// </summary>
    public static List<NewsDocument> Make(int seed, int count, Func<Random, int, string> body)
    {
        var random = new Random(seed);
        var docs = new List<NewsDocument>();
        for (var i = 0; i < count; i++)
        {
            var actors = Actors.Where(_ => random.NextDouble() < 0.3).ToArray();
            var locations = Locations.Where(_ => random.NextDouble() < 0.35).ToArray();
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 1500));
            docs.Add(Articles.Make($"doc{i:D4}.txt", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"Bericht {i}", body(random, i), actors, locations));
        }

        return docs;
    }

    /// <summary>Writes the articles with one builder per <paramref name="chunk"/> of them: a segment each.</summary>
    public static void Build(string path, IEnumerable<NewsDocument> docs, int chunk)
    {
        foreach (var part in docs.Chunk(chunk))
        {
            using var builder = IndexBuilder.Open(path);
            builder.AddOrUpdate(part);
        }
    }
}
