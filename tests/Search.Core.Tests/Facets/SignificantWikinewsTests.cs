using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>
/// "Auffällig" on real articles (../shared/corpus/wikinews-de, 998 Wikinews articles): a topic's own places come
/// first, not the country most articles name. Fails with a clear message when the shared corpus is missing.
/// </summary>
public sealed class SignificantWikinewsTests
{
    [Fact]
    public void Search_TopicQueries_SignificantLocationsPutTheTopicsOwnPlacesAboveDeutschland()
    {
        // Arrange
        var corpus = RepoPaths.Shared("corpus/wikinews-de");
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            Assert.True(builder.UpdateFromFolder(corpus).Added > 900, "the Wikinews corpus should hold about 1,000 articles");
        }

        using var index = SearchIndex.Open(path);
        var documents = index.Search(new SearchRequest { Take = 0, FacetSize = 0 }).TotalHits;

        foreach (var query in new[] { "Erdbeben", "Papst", "Fußball" })
        {
            // Act
            var results = index.Search(new SearchRequest { Text = query, Take = 0, SignificantSize = 5 });

            // Assert: something stands out, Deutschland (named by about one article in six) does not lead, and the
            // leading place is far more common among the hits than in the index
            var locations = results.Significant.Location;
            Assert.True(locations.Count > 0, $"{query}: no significant location");
            Assert.NotEqual("Deutschland", locations[0].Value);
            var first = locations[0];
            Assert.True(
                (double)first.Count / results.TotalHits > 5.0 * first.BackgroundCount / documents,
                $"{query}: {first.Value} is named by {first.Count} of {results.TotalHits} hits and {first.BackgroundCount} of {documents} documents");
        }
    }
}
