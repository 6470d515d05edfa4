using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 16: without filters, a search with many hits counts its facet dimensions on two threads (actors on one,
/// locations and dates on the other). The counts, the values and the significant values must be exactly those of
/// counting on one thread, over several segments, for dense hits and for sparse ones (whose values are read ahead).
/// </summary>
public sealed class FacetParallelCountingTests
{
    [Fact]
    public void Finish_CountedSideBySide_EqualsCountedOnOneThreadAndBruteForce()
    {
        // Arrange: 1,500 documents in three segments
        using var folder = new TempFolder();
        var docs = FacetArticles.Make(11, 1500, (_, i) => $"Ein Text Nummer {i}.");
        var path = folder.Combine("index");
        FacetArticles.Build(path, docs, 500);

        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var sparse = new BooleanQuery();
        foreach (var doc in docs.Where((_, i) => i % 40 == 7))
        {
            sparse.Add(new TermQuery(new Term(IndexSchema.Id, doc.Id)), Occur.SHOULD);
        }

        // Act + Assert: every document (dense) and every fortieth (sparse)
        Assert.True(reader.Leaves.Count >= 3);
        foreach (var (query, expectedHits) in new (Query, int)[] { (new MatchAllDocsQuery(), 1500), (sparse, docs.Count(d => int.Parse(d.Id[3..7], System.Globalization.CultureInfo.InvariantCulture) % 40 == 7)) })
        {
            var (oneThread, oneThreadSignificant) = Count(searcher, query, parallelFrom: int.MaxValue);
            var (twoThreads, twoThreadsSignificant) = Count(searcher, query, parallelFrom: 1);
            Assert.Equal(expectedHits, oneThread.Hits);
            Assert.Equal(oneThread, twoThreads);
            Assert.Equal(oneThreadSignificant, twoThreadsSignificant);
        }

        var all = Count(searcher, new MatchAllDocsQuery(), parallelFrom: 1).Counts;
        Assert.Equal(docs.SelectMany(d => d.Actors).GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count()), all.Actors);
        Assert.Equal(docs.SelectMany(d => d.Locations).GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count()), all.Locations);
    }

    private static (Counts Counts, string Significant) Count(IndexSearcher searcher, Query query, int parallelFrom)
    {
        using var counting = new FacetCollector(searcher.IndexReader, TopScoreDocCollector.Create(10, true), FacetFilters.None, count: true, significant: true, parallelCountingHits: parallelFrom);
        searcher.Search(query, counting);
        var facets = counting.Finish(100);
        var significant = counting.FinishSignificant(100);
        var counts = new Counts(counting.TotalHits,
            facets.Actor.Values.ToDictionary(v => v.Value, v => v.Count),
            facets.Location.Values.ToDictionary(v => v.Value, v => v.Count),
            string.Join(";", facets.Date.Values.Select(v => $"{v.Value}={v.Count}")));
        return (counts, string.Join(";", significant.Actor.Concat(significant.Location).Select(v => $"{v.Value}={v.Count}")));
    }

    private sealed record Counts(int Hits, Dictionary<string, int> Actors, Dictionary<string, int> Locations, string Dates)
    {
        public bool Equals(Counts? other) => other is not null && Hits == other.Hits && Dates == other.Dates
            && Actors.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(other.Actors.OrderBy(p => p.Key, StringComparer.Ordinal))
            && Locations.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(other.Locations.OrderBy(p => p.Key, StringComparer.Ordinal));

        public override int GetHashCode() => Hits;
    }
}
