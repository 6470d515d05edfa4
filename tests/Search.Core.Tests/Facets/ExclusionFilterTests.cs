using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>Exclusion filters (Kibana's "filter out") and the folding of actor and location values in filters.</summary>
public sealed class ExclusionFilterTests : IDisposable
{
    private static readonly string[] ActorPool = ["Anna Berg", "Bernd Claus", "Carla Dorn", "Dieter Eck", "Eva Frank", "Jürgen Öz"];
    private static readonly string[] LocationPool = ["Berlin", "Wien", "Zürich", "München", "Köln"];

    private readonly TempFolder _folder = new();
    private readonly List<NewsDocument> _docs = Corpus();
    private readonly SearchIndex _index;

    public ExclusionFilterTests()
    {
        var path = _folder.Combine("index");
        foreach (var chunk in _docs.Chunk(40))
        {
            // Several commits: several segments, so global ordinals differ from segment ordinals.
            using var builder = IndexBuilder.Open(path);
            builder.AddOrUpdate(chunk);
        }

        _index = SearchIndex.Open(path);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    /// <summary>A random but reproducible corpus.</summary>
    private static List<NewsDocument> Corpus()
    {
        var random = new Random(7);
        var docs = new List<NewsDocument>();
        for (var i = 0; i < 150; i++)
        {
            var actors = ActorPool.Where(_ => random.NextDouble() < 0.3).ToArray();
            var locations = LocationPool.Where(_ => random.NextDouble() < 0.35).ToArray();
            var date = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 900));
            var word = random.NextDouble() < 0.5 ? "Wahl" : "Wetter";
            docs.Add(Articles.Make($"doc{i:D3}.txt", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"Bericht {i}", $"Ein Text über {word} Nummer {i}.", actors, locations));
        }

        return docs;
    }

    private static Dictionary<string, int> Count(IEnumerable<NewsDocument> docs, Func<NewsDocument, IEnumerable<string>> values) =>
        docs.SelectMany(values).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Search_WithExclusions_TotalAndDrillSidewaysCountsEqualBruteForce()
    {
        // Arrange
        string[] actors = ["Anna Berg", "Carla Dorn"];
        string[] locations = ["Wien", "Berlin"];
        var excludedSpan = new DateSpan(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));
        bool Kept(NewsDocument d) =>
            d.Body.Contains("Wahl", StringComparison.Ordinal)
            && !d.Actors.Contains("Eva Frank") && !d.Locations.Contains("Köln") && !excludedSpan.Contains(d.Date);
        bool ActorOk(NewsDocument d) => d.Actors.Intersect(actors).Any();
        bool LocationOk(NewsDocument d) => d.Locations.Intersect(locations).Any();
        var request = new SearchRequest
        {
            Text = "Wahl",
            Actors = actors,
            Locations = locations,
            ExcludeActors = ["Eva Frank"],
            ExcludeLocations = ["Köln"],
            ExcludeDates = [excludedSpan],
            FacetSize = 100,
            Take = 200,
        };

        // Act
        var results = _index.Search(request);

        // Assert: hits are the kept documents passing every filter; each dimension ignores only its own selection
        var expected = _docs.Where(d => Kept(d) && ActorOk(d) && LocationOk(d)).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, results.TotalHits);
        Assert.Equal(expected, results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Count(_docs.Where(d => Kept(d) && LocationOk(d)), d => d.Actors), results.Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(Count(_docs.Where(d => Kept(d) && ActorOk(d)), d => d.Locations), results.Facets.Location.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(
            Count(_docs.Where(d => Kept(d) && ActorOk(d) && LocationOk(d)), d => [d.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            results.Facets.Date.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.DoesNotContain(results.Facets.Actor.Values, v => v.Value == "Eva Frank");
    }

    [Fact]
    public void Search_ExcludeActorOnly_LeavesOutEveryDocumentNamingIt()
    {
        // Act
        var results = _index.Search(new SearchRequest { ExcludeActors = ["Anna Berg", "Bernd Claus"], Take = 200 });

        // Assert
        var expected = _docs.Count(d => !d.Actors.Contains("Anna Berg") && !d.Actors.Contains("Bernd Claus"));
        Assert.True(expected is > 0 and < 150);
        Assert.Equal(expected, results.TotalHits);
        Assert.All(results.Hits, h => Assert.DoesNotContain(h.Actors, a => a is "Anna Berg" or "Bernd Claus"));
    }

    [Fact]
    public void Search_ExcludedDates_LeaveOutDocumentsInAnySpanWithBothEndsInclusive()
    {
        // Arrange: the exact dates of two documents as one-day spans, and a month
        var one = _docs[3].Date;
        var two = _docs[10].Date;
        DateSpan[] spans = [new(one, one), new(two, two), new(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 31))];

        // Act
        var results = _index.Search(new SearchRequest { ExcludeDates = spans, FacetSize = 0 });

        // Assert
        var expected = _docs.Count(d => !spans.Any(s => s.Contains(d.Date)));
        Assert.True(expected < 148);
        Assert.Equal(expected, results.TotalHits);
    }

    [Fact]
    public void Search_ExclusionAndSelectionOfTheSameValue_FindNothing()
    {
        // Act
        var results = _index.Search(new SearchRequest { Actors = ["Anna Berg"], ExcludeActors = ["ANNA BERG"] });

        // Assert
        Assert.Equal(0, results.TotalHits);
    }

    [Theory]
    [InlineData("anna berg")]
    [InlineData("ANNA BERG")]
    [InlineData("  Anna Berg ")]
    public void Search_ActorFilter_IgnoresCase(string typed)
    {
        // Act
        var results = _index.Search(new SearchRequest { Actors = [typed], FacetSize = 0 });

        // Assert
        var expected = _docs.Count(d => d.Actors.Contains("Anna Berg"));
        Assert.True(expected > 0);
        Assert.Equal(expected, results.TotalHits);
    }

    [Theory]
    [InlineData("zurich")]
    [InlineData("Zuerich")]
    [InlineData("ZÜRICH")]
    public void Search_LocationFilterAndExclusion_IgnoreUmlautSpelling(string typed)
    {
        // Act
        var selected = _index.Search(new SearchRequest { Locations = [typed], FacetSize = 0 });
        var excluded = _index.Search(new SearchRequest { ExcludeLocations = [typed], FacetSize = 0 });

        // Assert
        var expected = _docs.Count(d => d.Locations.Contains("Zürich"));
        Assert.True(expected > 0);
        Assert.Equal(expected, selected.TotalHits);
        Assert.Equal(_docs.Count - expected, excluded.TotalHits);
    }

    [Fact]
    public void Search_ActorFilter_FoldsUmlautsAndMatchesWholeValuesOnly()
    {
        // Act
        var folded = _index.Search(new SearchRequest { Actors = ["juergen oz"], FacetSize = 0 });
        var part = _index.Search(new SearchRequest { Actors = ["Anna"], FacetSize = 0 });

        // Assert
        Assert.Equal(_docs.Count(d => d.Actors.Contains("Jürgen Öz")), folded.TotalHits);
        Assert.True(folded.TotalHits > 0);
        Assert.Equal(0, part.TotalHits);
    }

    [Fact]
    public void Search_OneAfterAnother_CountsDoNotCarryOverBetweenRequests()
    {
        // Act: the count arrays are pooled; a request after a larger one must start from zero
        var first = _index.Search(new SearchRequest { FacetSize = 100, SignificantSize = 5, Actors = ["Anna Berg"] });
        var narrow = _index.Search(new SearchRequest { Text = "Wetter", FacetSize = 100, SignificantSize = 5, Actors = ["Anna Berg"] });
        var again = _index.Search(new SearchRequest { FacetSize = 100, SignificantSize = 5, Actors = ["Anna Berg"] });

        // Assert
        var wetter = _docs.Where(d => d.Body.Contains("Wetter", StringComparison.Ordinal)).ToList();
        Assert.Equal(Count(wetter, d => d.Actors), narrow.Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(Count(wetter.Where(d => d.Actors.Contains("Anna Berg")), d => d.Locations), narrow.Facets.Location.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.All(narrow.Significant.Location, v => Assert.Equal(wetter.Count(d => d.Actors.Contains("Anna Berg") && d.Locations.Contains(v.Value)), v.Count));
        Assert.Equal(first.Facets.Actor.Values, again.Facets.Actor.Values);
        Assert.Equal(first.Facets.Location.Values, again.Facets.Location.Values);
        Assert.Equal(first.Facets.Date.Values, again.Facets.Date.Values);
        Assert.Equal(first.Significant.Location, again.Significant.Location);
    }

    [Fact]
    public void Search_EmptyExcludedDateSpan_IsRejected()
    {
        // Arrange
        var request = new SearchRequest { ExcludeDates = [new DateSpan(new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1))] };

        // Act
        var error = Assert.Throws<ArgumentException>(() => _index.Search(request));

        // Assert
        Assert.Contains("2024-02-01", error.Message, StringComparison.Ordinal);
    }
}
