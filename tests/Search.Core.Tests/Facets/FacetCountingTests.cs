using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

public sealed class FacetCountingTests
{
    private static readonly string[] ActorPool = ["Anna Berg", "Bernd Claus", "Carla Dorn", "Dieter Eck", "Eva Frank", "Kreml"];
    private static readonly string[] LocationPool = ["Berlin", "Wien", "Zürich", "München", "Köln"];

    /// <summary>A random but reproducible corpus, written in several commits so the index has several segments.</summary>
    private static List<NewsDocument> Corpus()
    {
        var random = new Random(42);
        var docs = new List<NewsDocument>();
        for (var i = 0; i < 120; i++)
        {
            var actors = ActorPool.Where(_ => random.NextDouble() < 0.3).ToArray();
            var locations = LocationPool.Where(_ => random.NextDouble() < 0.35).ToArray();
            var date = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 900));
            var word = random.NextDouble() < 0.5 ? "Wahl" : "Wetter";
            docs.Add(Articles.Make($"doc{i:D3}.txt", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"Bericht {i}", $"Ein Text über {word} Nummer {i}.", actors, locations));
        }

        return docs;
    }

    private static SearchIndex BuildIndex(TempFolder folder, List<NewsDocument> docs)
    {
        var path = folder.Combine("index");
        foreach (var chunk in docs.Chunk(40))
        {
            using var builder = IndexBuilder.Open(path);
            builder.AddOrUpdate(chunk);
        }

        return SearchIndex.Open(path);
    }

    private static bool Matches(NewsDocument d, string text, IReadOnlyList<string> actors, IReadOnlyList<string> locations, DateOnly? from, DateOnly? to) =>
        d.Body.Contains(text, StringComparison.Ordinal)
        && (actors.Count == 0 || d.Actors.Intersect(actors).Any())
        && (locations.Count == 0 || d.Locations.Intersect(locations).Any())
        && (from is null || d.Date >= from) && (to is null || d.Date <= to);

    private static Dictionary<string, int> BruteForce(IEnumerable<NewsDocument> docs, Func<NewsDocument, IEnumerable<string>> values) =>
        docs.SelectMany(values).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Search_WithFilters_CountsEqualBruteForceWithDrillSideways()
    {
        // Arrange
        using var folder = new TempFolder();
        var docs = Corpus();
        using var index = BuildIndex(folder, docs);
        string[] actors = ["Anna Berg", "Kreml"];
        string[] locations = ["Wien"];
        var from = new DateOnly(2023, 6, 1);
        var to = new DateOnly(2024, 6, 30);

        // Act
        var results = index.Search(new SearchRequest { Text = "Wahl", Actors = actors, Locations = locations, From = from, To = to, FacetSize = 100 });

        // Assert: total and each dimension, where a dimension ignores its own filter
        Assert.Equal(docs.Count(d => Matches(d, "Wahl", actors, locations, from, to)), results.TotalHits);
        var actorExpected = BruteForce(docs.Where(d => Matches(d, "Wahl", [], locations, from, to)), d => d.Actors);
        var locationExpected = BruteForce(docs.Where(d => Matches(d, "Wahl", actors, [], from, to)), d => d.Locations);
        var yearExpected = BruteForce(docs.Where(d => Matches(d, "Wahl", actors, locations, null, null)), d => [d.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(actorExpected, results.Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(locationExpected, results.Facets.Location.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(yearExpected, results.Facets.Date.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(actorExpected.Count, results.Facets.Actor.DistinctValues);
    }

    [Theory]
    [InlineData("Wahl")] // about half of the documents: full batches of hits, counted together
    [InlineData("Seltenheit")] // one in 40: hits far apart, whose values are fetched ahead
    public void Search_ManyHitsWithoutFilters_CountsEqualBruteForceAcrossSegmentsAndBatches(string word)
    {
        // Arrange: 1,500 documents in three segments, so hits are counted in batches that end with each segment.
        using var folder = new TempFolder();
        var docs = FacetArticles.Make(7, 1500, (random, i) =>
            $"Ein Text über {(random.NextDouble() < 0.5 ? "Wahl" : "Wetter") + (i % 40 == 7 ? " und Seltenheit" : "")} Nummer {i}.");
        var path = folder.Combine("index");
        FacetArticles.Build(path, docs, 500);
        using var index = SearchIndex.Open(path);
        var matching = docs.Where(d => d.Body.Contains(word, StringComparison.Ordinal)).ToList();

        // Act
        var results = index.Search(new SearchRequest { Text = word, FacetSize = 100 });
        var significant = index.Search(new SearchRequest { Text = word, FacetSize = 0, SignificantSize = 100 });

        // Assert: every dimension counted over all hits, and the hits' values for significance likewise.
        Assert.True(matching.Count > 30, "the corpus must give the word many hits");
        Assert.Equal(matching.Count, results.TotalHits);
        Assert.Equal(BruteForce(matching, d => d.Actors), results.Facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(BruteForce(matching, d => d.Locations), results.Facets.Location.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(BruteForce(matching, d => [d.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]), results.Facets.Date.Values.ToDictionary(v => v.Value, v => v.Count));
        var actorsInHits = BruteForce(matching, d => d.Actors);
        Assert.NotEmpty(significant.Significant.Actor);
        Assert.All(significant.Significant.Actor, v => Assert.Equal(actorsInHits[v.Value], v.Count));
        var locationsInHits = BruteForce(matching, d => d.Locations);
        Assert.All(significant.Significant.Location, v => Assert.Equal(locationsInHits[v.Value], v.Count));
    }

    [Fact]
    public void Search_NoFilters_TopValuesAreMostFrequentFirstAndLimited()
    {
        // Arrange
        using var folder = new TempFolder();
        var docs = Corpus();
        using var index = BuildIndex(folder, docs);

        // Act
        var results = index.Search(new SearchRequest { FacetSize = 3 });

        // Assert
        var expected = BruteForce(docs, d => d.Actors).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3);
        Assert.Equal(expected.Select(p => (p.Key, p.Value)), results.Facets.Actor.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(ActorPool.Length, results.Facets.Actor.DistinctValues);
    }

    [Fact]
    public void Search_SelectedValueOutsideTheTopValues_IsListedWithItsCountInOrder()
    {
        // Arrange: an actor and a location that each fall outside the top two of their dimension's counts (which
        // follow the other dimension's selection).
        using var folder = new TempFolder();
        var docs = Corpus();
        using var index = BuildIndex(folder, docs);
        static List<KeyValuePair<string, int>> Ordered(Dictionary<string, int> counts) =>
            [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
        var (actor, location) = ActorPool.SelectMany(a => LocationPool.Select(l => (a, l))).First(pair =>
            Ordered(BruteForce(docs.Where(d => d.Locations.Contains(pair.l)), d => d.Actors)).Skip(2).Any(p => p.Key == pair.a)
            && Ordered(BruteForce(docs.Where(d => d.Actors.Contains(pair.a)), d => d.Locations)).Skip(2).Any(p => p.Key == pair.l));

        // Act
        var results = index.Search(new SearchRequest { FacetSize = 2, Actors = [actor], Locations = [location] });

        // Assert: the top two and each selected value with its drill-sideways count, most frequent first.
        static List<(string, int)> Expected(Dictionary<string, int> counts, string selected)
        {
            var ordered = Ordered(counts);
            return [.. ordered.Take(2).Append(ordered.Single(p => p.Key == selected)).Select(p => (p.Key, p.Value))];
        }

        var actorsBeside = BruteForce(docs.Where(d => d.Locations.Contains(location)), d => d.Actors);
        var locationsBeside = BruteForce(docs.Where(d => d.Actors.Contains(actor)), d => d.Locations);
        Assert.Equal(Expected(actorsBeside, actor), results.Facets.Actor.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(Expected(locationsBeside, location), results.Facets.Location.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(actorsBeside.Count, results.Facets.Actor.DistinctValues);
    }

    [Fact]
    public void Search_ValuesDifferingInCaseOrAccents_AreOneValueWhoseCountMatchesItsFilter()
    {
        // Arrange: "EUROPA" from an all-caps headline, "Ratko Mladić" and "Ratko Mladic" in one article
        using var folder = new TempFolder();
        var docs = new List<NewsDocument>
        {
            Articles.Make("a", "2024-01-01", "Eins", "Text eins.", ["Ratko Mladić"], ["Europa"]),
            Articles.Make("b", "2024-01-02", "Zwei", "Text zwei.", ["Ratko Mladić"], ["Europa"]),
            Articles.Make("c", "2024-01-03", "Drei", "Text drei.", ["Ratko Mladic", "Ratko Mladić"], ["EUROPA"]),
            Articles.Make("d", "2024-01-04", "Vier", "Text vier.", ["Ratko Mladic"], ["Asien"]),
        };
        using var index = BuildIndex(folder, docs);

        // Act
        var all = index.Search(new SearchRequest { FacetSize = 10 });
        var europa = index.Search(new SearchRequest { FacetSize = 10, Locations = ["EUROPA"] });

        // Assert: one value each, in the spelling most documents use, counted once per document
        Assert.Equal([("Europa", 3), ("Asien", 1)], all.Facets.Location.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal([("Ratko Mladić", 4)], all.Facets.Actor.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(1, all.Facets.Actor.DistinctValues);
        Assert.Equal(3, europa.TotalHits);
        Assert.Equal(3, europa.Facets.Location.Values.Single(v => v.Value == "Europa").Count);
        Assert.DoesNotContain(europa.Facets.Location.Values, v => v.Value == "EUROPA");
        var statistics = index.GetStatistics(); // the same distinct values as the facets give
        Assert.Equal((all.Facets.Actor.DistinctValues, all.Facets.Location.DistinctValues), ((int)statistics.DistinctActors, (int)statistics.DistinctLocations));
    }

    [Fact]
    public void Search_DateRangeWithinOneYear_CountsMonths_WithinOneMonth_CountsDays()
    {
        // Arrange
        using var folder = new TempFolder();
        var docs = Corpus();
        using var index = BuildIndex(folder, docs);

        // Act
        var months = index.Search(new SearchRequest { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) }).Facets.Date;
        var days = index.Search(new SearchRequest { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 2, 29) }).Facets.Date;

        // Assert
        var monthExpected = BruteForce(docs.Where(d => d.Date.Year == 2024), d => [d.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)]);
        var dayExpected = BruteForce(docs.Where(d => d.Date.Year == 2024 && d.Date.Month == 2), d => [d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(monthExpected, months.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(dayExpected, days.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(months.Values.Select(v => v.Value).Order(StringComparer.Ordinal), months.Values.Select(v => v.Value));
    }

    [Fact]
    public void Search_AddingSecondActor_WidensResultsAndKeepsActorCounts()
    {
        // Arrange
        using var folder = new TempFolder();
        using var index = BuildIndex(folder, Corpus());
        var one = index.Search(new SearchRequest { Actors = ["Anna Berg"] });

        // Act
        var two = index.Search(new SearchRequest { Actors = ["Anna Berg", "Eva Frank"] });

        // Assert
        Assert.True(two.TotalHits >= one.TotalHits);
        Assert.Equal(one.Facets.Actor.Values, two.Facets.Actor.Values);
    }

    [Fact]
    public void Search_UnknownFacetValue_FindsNothing()
    {
        // Arrange
        using var folder = new TempFolder();
        using var index = BuildIndex(folder, Corpus());

        // Act
        var results = index.Search(new SearchRequest { Actors = ["Niemand"] });

        // Assert
        Assert.Equal(0, results.TotalHits);
        Assert.NotEmpty(results.Facets.Actor.Values);
    }
}
