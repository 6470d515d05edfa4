using System.Globalization;
using Search.Core.Searching;
using Search.Core.Searching.Queries;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Plain queries rank in two steps: the query alone over every match, then the ranking bonuses (headline, word
/// beginnings, exact spelling, close word pairs) over the best matches. These tests hold that to what a user sees:
/// pages fit together, the bonus reorders the best hits, and a hit shows what the stored document holds.
/// </summary>
public sealed class RankingWindowTests : IClassFixture<RankingWindowTests.ManyArticles>
{
    private readonly TestIndex _index;

    public RankingWindowTests(ManyArticles fixture) => _index = fixture.Value;

    [Fact]
    public void Search_PagesThroughMoreHitsThanTheWindow_PagesJoinUpToTheWholeList()
    {
        // Arrange: more matches than the bonus window, read in one go and page by page
        var whole = _index.Index.Search(new SearchRequest { Text = "Regierung Haushalt", Take = 150, MaxSnippets = 0, FacetSize = 0 });
        var paged = new List<string>();
        for (var skip = 0; skip < 150; skip += 7)
        {
            paged.AddRange(_index.Index.Search(new SearchRequest { Text = "Regierung Haushalt", Skip = skip, Take = 7, MaxSnippets = 0, FacetSize = 0 }).Hits.Select(h => h.Id));
        }

        // Assert
        Assert.True(whole.TotalHits > PlainWordQueries.RescoreWindow, $"the test needs more than {PlainWordQueries.RescoreWindow} matches, has {whole.TotalHits}");
        Assert.Equal(whole.Hits.Select(h => h.Id), paged.Take(whole.Hits.Count));
        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal(whole.TotalHits, whole.Hits.Count);
    }

    [Theory]
    [InlineData("Regierung Haushalt", SearchSort.Relevance)]
    [InlineData("Regierung Haushalt", SearchSort.Newest)]
    [InlineData("", SearchSort.Newest)]
    public void Search_PageFarBeyondTheEnd_ReturnsNoHitsAndTheTotal(string text, SearchSort sort)
    {
        // Arrange: Skip + Take overflowed and reached Lucene's collectors as a negative count (its own message)
        var whole = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Take = 1000, MaxSnippets = 0, FacetSize = 0 });

        // Act
        var skipped = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Skip = int.MaxValue, Take = 10, MaxSnippets = 0, FacetSize = 0 });
        var both = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Skip = int.MaxValue, Take = int.MaxValue, MaxSnippets = 0, FacetSize = 0 });

        // Assert
        Assert.Empty(skipped.Hits);
        Assert.Empty(both.Hits);
        Assert.Equal(whole.TotalHits, skipped.TotalHits);
        Assert.Equal(whole.TotalHits, both.TotalHits);
    }

    [Theory]
    [InlineData("Regierung Haushalt", SearchSort.Relevance)]
    [InlineData("Regierung Haushalt", SearchSort.Newest)]
    [InlineData("", SearchSort.Newest)]
    public void Search_TakeAsManyAsAnIntHolds_ReturnsEveryHitOnce(string text, SearchSort sort)
    {
        // Act: a page of int.MaxValue hits used to overflow (or to reserve room for that many)
        var all = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Take = int.MaxValue, MaxSnippets = 0, FacetSize = 0 });
        var second = _index.Index.Search(new SearchRequest { Text = text, Sort = sort, Skip = 1, Take = int.MaxValue, MaxSnippets = 0, FacetSize = 0 });

        // Assert
        Assert.True(all.TotalHits > 0, "the test needs hits");
        Assert.Equal(all.TotalHits, all.Hits.Count);
        Assert.Equal(all.Hits.Skip(1).Select(h => h.Id), second.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_HeadlineMatch_RanksAboveTextOnlyMatchesOfTheSameLength()
    {
        // Act
        var hits = _index.Index.Search(new SearchRequest { Text = "Haushalt", Take = 3, MaxSnippets = 0 }).Hits;

        // Assert: only one article has the word in its headline; the headline bonus puts it first
        Assert.Equal("headline.txt", hits[0].Id);
    }

    [Fact]
    public void Search_Hits_ShowWhatTheStoredDocumentHolds()
    {
        // Act
        var hits = _index.Index.Search(new SearchRequest { Text = "Haushalt", Take = 20, MaxSnippets = 0 }).Hits;

        // Assert: hit lists are read from doc values; they must agree with the stored document
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var stored = _index.Index.GetDocument(hit.Id)!;
            Assert.Equal(stored.Title, hit.Title);
            Assert.Equal(stored.Date, hit.Date);
            Assert.Equal(stored.SourcePath ?? stored.Id, hit.Path);
            Assert.Equal(stored.Actors, hit.Actors);
            Assert.Equal(stored.Locations, hit.Locations);
        }

        Assert.Contains(hits, h => h.Actors.Count > 1 && h.Locations.Count > 0);
    }

    [Fact]
    public void Search_Snippets_ComeFromTheTextNotTheHeadline()
    {
        // Act
        var hit = _index.Index.Search(new SearchRequest { Text = "Haushalt", Take = 1 }).Hits[0];

        // Assert: the indexed body holds the headline too, but snippets show only the article text
        Assert.Equal("headline.txt", hit.Id);
        Assert.DoesNotContain(hit.Snippets, s => s.Text.StartsWith(hit.Title, StringComparison.Ordinal));
        Assert.Contains(hit.TitleHighlights, r => hit.Title.Substring(r.Start, r.Length) == "Haushalt");
    }

    public sealed class ManyArticles : IDisposable
    {
        public ManyArticles()
        {
            var documents = Enumerable.Range(0, 120).Select(i => Articles.Make(
                string.Create(CultureInfo.InvariantCulture, $"n{i:000}.txt"),
                "2025-01-01",
                string.Create(CultureInfo.InvariantCulture, $"Meldung Nummer {i}"),
                string.Concat(Enumerable.Repeat("Die Regierung spricht über den Haushalt und anderes. ", 1 + (i % 4)))
                    + string.Create(CultureInfo.InvariantCulture, $"Weitere Zeilen {i}."),
                [$"Person {i}", "Bundestag", "Erste Partei"],
                ["Berlin", $"Ort {i % 5}"])).ToList();
            documents.Add(Articles.Make("headline.txt", "2025-01-02", "Streit um den Haushalt", "Die Regierung spricht über die Planung und anderes. Haushalt ist Thema.", ["Bundestag"], ["Berlin"]));
            Value = new TestIndex(documents);
        }

        public TestIndex Value { get; }

        public void Dispose() => Value.Dispose();
    }
}
