using Lucene.Net.Search;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>
/// A request without query text and without filters: every live document matches, newest first. Answered from
/// cached per-reader data instead of a collector pass: the total is the reader's document count, the facet counts
/// come from <see cref="AllDocumentsFacets"/>, and the page from one loop over the segments' cached dates. Gives
/// what the collectors give: the same documents in the same order (date descending, then document number) with
/// the same score.
/// </summary>
internal static class MatchAllExecution
{
    /// <summary>Whether <see cref="Execute"/> answers the request (no query, no filter, no significant values asked for).</summary>
    public static bool Applies(SearchRequest request, Query? query, FacetFilters filters) =>
        query is null && !filters.Any && request.SignificantSize == 0;

    public static SearchExecution.Run Execute(IndexSearcher searcher, SearchRequest request)
    {
        var reader = searcher.IndexReader;
        var facets = request.FacetSize > 0 ? AllDocumentsFacets.For(reader).Results(request.FacetSize) : FacetResults.Empty;
        var wanted = SearchExecution.PageEnd(request, reader.NumDocs);
        if (wanted == 0)
        {
            return new SearchExecution.Run(reader.NumDocs, [], facets, null, Rescored: false, SignificantResults.Empty);
        }

        var newest = Newest(reader, wanted);
        var score = MatchAllScore(searcher);
        var page = newest.Skip(request.Skip).Take(request.Take).Select(doc => new ScoreDoc(doc, score)).ToArray();
        return new SearchExecution.Run(reader.NumDocs, page, facets, null, Rescored: false, SignificantResults.Empty);
    }

    /// <summary>The <paramref name="count"/> live documents with the latest dates, ties by document number.</summary>
    private static int[] Newest(Lucene.Net.Index.IndexReader reader, int count)
    {
        // A min-heap of the best so far, the worst on top: (date, -doc) compared, so a later document of the same date ranks lower.
        var heap = new PriorityQueue<int, (int Date, int NegDoc)>(count + 1);
        var worstDate = int.MinValue;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var keys = SegmentDates.For(segment).Keys;
            var live = segment.LiveDocs;
            var docBase = leaf.DocBase;
            for (var doc = 0; doc < keys.Length; doc++)
            {
                var date = keys[doc];

                // Documents come in ascending order, so one must be strictly newer than the worst kept to enter.
                if ((heap.Count == count && date <= worstDate) || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                var global = docBase + doc;
                if (heap.Count < count)
                {
                    heap.Enqueue(global, (date, -global));
                }
                else
                {
                    heap.EnqueueDequeue(global, (date, -global));
                }

                if (heap.Count == count)
                {
                    heap.TryPeek(out _, out var worst);
                    worstDate = worst.Date;
                }
            }
        }

        var result = new int[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = heap.Dequeue();
        }

        return result;
    }

    /// <summary>The score the match-all query gives every document (the same for all).</summary>
    private static float MatchAllScore(IndexSearcher searcher)
    {
        var weight = searcher.CreateNormalizedWeight(new MatchAllDocsQuery());
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return scorer.GetScore();
            }
        }

        return 0;
    }
}
