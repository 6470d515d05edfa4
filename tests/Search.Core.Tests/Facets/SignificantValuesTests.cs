using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>"Auffällig": actors and locations far more common among the hits than in the whole index.</summary>
public sealed class SignificantValuesTests
{
    /// <summary>
    /// 60 political articles, most in Germany; 12 quake articles: 5 in Haiti, 4 in Chile, 1 in Peru (a one-off),
    /// and 6 of them also name Germany (aid). 6 quake articles and 4 political ones name the Red Cross.
    /// </summary>
    private static List<NewsDocument> Corpus()
    {
        var docs = new List<NewsDocument>();
        for (var i = 0; i < 60; i++)
        {
            string[] locations = i % 4 == 0 ? ["Deutschland", "Berlin"] : i % 4 == 1 ? ["Frankreich"] : ["Deutschland"];
            string[] actors = i < 4 ? ["Rotes Kreuz", "Bundestag"] : ["Bundestag"];
            docs.Add(Articles.Make($"p{i:D2}.txt", "2024-03-01", $"Debatte {i}", $"Der Bundestag hat über Politik {i} beraten.", actors, locations));
        }

        for (var i = 0; i < 12; i++)
        {
            var place = i < 5 ? "Haiti" : i < 9 ? "Chile" : i == 9 ? "Peru" : "Mexiko";
            string[] locations = i % 2 == 0 ? [place, "Deutschland"] : [place];
            string[] actors = i < 6 ? ["Rotes Kreuz"] : [];
            docs.Add(Articles.Make($"q{i:D2}.txt", "2024-04-01", $"Erdbeben {i}", $"Ein Erdbeben hat Schäden angerichtet, Bericht {i}.", actors, locations));
        }

        return docs;
    }

    [Fact]
    public void Search_Significant_RanksTheHitsOwnPlacesAboveCommonOnesAndLeavesOutOneOffs()
    {
        // Arrange
        using var index = new TestIndex(Corpus());

        // Act
        var results = index.Index.Search(new SearchRequest { Text = "Erdbeben", SignificantSize = 10 });

        // Assert
        Assert.Equal(12, results.TotalHits);
        var locations = results.Significant.Location;
        Assert.Equal(["Haiti", "Chile"], locations.Take(2).Select(v => v.Value));
        Assert.DoesNotContain(locations, v => v.Value is "Peru" or "Deutschland" or "Berlin");
        var haiti = locations[0];
        Assert.Equal(5, haiti.Count);
        Assert.Equal(5, haiti.BackgroundCount);
        Assert.Equal(((5.0 / 12) - (5.0 / 72)) * (5.0 / 12 / (5.0 / 72)), haiti.Score, 9);
        Assert.True(locations.Zip(locations.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        var redCross = Assert.Single(results.Significant.Actor);
        Assert.Equal(("Rotes Kreuz", 6, 10), (redCross.Value, redCross.Count, redCross.BackgroundCount));
    }

    [Fact]
    public void Search_SignificantNotAsked_IsEmpty()
    {
        // Arrange
        using var index = new TestIndex(Corpus());

        // Act
        var results = index.Index.Search(SearchRequest.For("Erdbeben"));

        // Assert
        Assert.Same(SignificantResults.Empty, results.Significant);
    }

    [Fact]
    public void Search_SignificantOnMatchAll_IsEmptyBecauseNothingStandsOut()
    {
        // Arrange
        using var index = new TestIndex(Corpus());

        // Act
        var results = index.Index.Search(new SearchRequest { SignificantSize = 5 });

        // Assert
        Assert.Equal(72, results.TotalHits);
        Assert.Empty(results.Significant.Actor);
        Assert.Empty(results.Significant.Location);
    }

    [Fact]
    public void Search_SignificantWithSelection_CountsOnlyTheHitsNotTheDrillSidewaysCounts()
    {
        // Arrange
        using var index = new TestIndex(Corpus());

        // Act: quake articles in Haiti or Chile that do not name Germany
        var results = index.Index.Search(new SearchRequest
        {
            Text = "Erdbeben",
            Locations = ["Haiti", "Chile"],
            ExcludeLocations = ["Deutschland"],
            SignificantSize = 5,
            FacetSize = 0,
        });

        // Assert: hits q01, q03, q05, q07 (Haiti, Haiti, Chile, Chile)
        Assert.Equal(4, results.TotalHits);
        Assert.Equal(
            [("Chile", 2, 4), ("Haiti", 2, 5)],
            results.Significant.Location.Select(v => (v.Value, v.Count, v.BackgroundCount)));
    }

    [Fact]
    public void Search_SignificantAfterUpdate_BackgroundCountsOnlyLiveDocuments()
    {
        // Arrange: move three Haiti articles to Chile
        using var index = new TestIndex(Corpus());
        var moved = Corpus().Where(d => d.Id is "q00.txt" or "q01.txt" or "q02.txt").Select(d => d with { Body = d.Body + " Nachtrag.", Locations = ["Chile"] }).ToList();
        using (var builder = IndexBuilder.Open(index.IndexPath))
        {
            builder.AddOrUpdate(moved);
        }

        index.Index.Refresh();

        // Act
        var results = index.Index.Search(new SearchRequest { Text = "Erdbeben", SignificantSize = 5 });

        // Assert
        var chile = results.Significant.Location.Single(v => v.Value == "Chile");
        Assert.Equal((7, 7), (chile.Count, chile.BackgroundCount));
        Assert.DoesNotContain(results.Significant.Location, v => v.Value == "Haiti");
    }

    [Fact]
    public void Search_NegativeSignificantSize_IsRejected()
    {
        // Arrange
        using var index = new TestIndex(Corpus());

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Index.Search(new SearchRequest { SignificantSize = -1 }));
    }
}
