using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching.Queries;

namespace Search.Core.Searching;

/// <summary>Runs one Lucene query with the request's filters, page, order and facet counting, and reads hits.</summary>
internal static class SearchExecution
{
    public static Run Execute(IndexSearcher searcher, SearchRequest request, Query? query, Query? bonus)
    {
        var filters = RequestFilters.For(request);
        if (MatchAllExecution.Applies(request, query, filters))
        {
            return MatchAllExecution.Execute(searcher, request);
        }

        var wanted = PageEnd(request, searcher.IndexReader.MaxDoc);
        var sortByDate = request.Sort == SearchSort.Newest || query is null;
        var rescore = bonus is not null && wanted > 0 && !sortByDate;
        ICollector topCollector;
        ITopDocsCollector? topDocs = null;
        if (wanted == 0)
        {
            topCollector = new TotalHitCountCollector();
        }
        else if (sortByDate)
        {
            var sort = new Sort(new SortField(IndexSchema.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE);
            var collector = TopFieldCollector.Create(sort, wanted, null, true, true, false, true);
            topCollector = collector;
            topDocs = collector;
        }
        else
        {
            var collector = TopScoreDocCollector.Create(rescore ? Math.Max(wanted, PlainWordQueries.RescoreWindow) : wanted, true);
            topCollector = collector;
            topDocs = collector;
        }

        // The terms are looked up with pooled enumerators, not a fresh one per term and segment (issue 16).
        var searched = query is null ? new MatchAllDocsQuery() : QueryTermStates.Attach(searcher, query);
        var count = request.FacetSize > 0;
        var significant = request.SignificantSize > 0;
        var facets = FacetResults.Empty;
        var significantValues = SignificantResults.Empty;
        int total;
        if (!count && !significant && !filters.Any)
        {
            // Nothing to count and nothing to filter: the plain collector alone, without the per-hit facet work.
            searcher.Search(searched, topCollector);
            total = topDocs?.TotalHits ?? ((TotalHitCountCollector)topCollector).TotalHits;
        }
        else
        {
            using var facetCollector = new FacetCollector(searcher.IndexReader, topCollector, filters, count, significant);
            searcher.Search(searched, facetCollector);
            total = facetCollector.TotalHits;
            facets = facetCollector.Finish(request.FacetSize);
            significantValues = facetCollector.FinishSignificant(request.SignificantSize);
        }

        if (topDocs is null)
        {
            return new Run(total, [], facets, query, Rescored: false, significantValues);
        }

        if (!rescore)
        {
            return new Run(total, topDocs.GetTopDocs(request.Skip, request.Take).ScoreDocs, facets, query, Rescored: false, significantValues);
        }

        // The best matches by the query get the bonus and are ranked again; the rest keep the query's order.
        var first = topDocs.GetTopDocs().ScoreDocs;
        var window = Math.Min(first.Length, PlainWordQueries.RescoreWindow);
        var rescored = window == 0 ? first : AddBonus(searcher, bonus!, first[..window]); // no hit: no bonus weights to build
        var ranked = rescored.Concat(first.Skip(window)).Skip(request.Skip).Take(request.Take).ToArray();
        return new Run(total, ranked, facets, query, Rescored: true, significantValues);
    }

    /// <summary>
    /// How many of the best hits the page needs, <see cref="SearchRequest.Skip"/> plus <see cref="SearchRequest.Take"/>
    /// without overflowing, and no more than the index holds (a collector keeps room for as many as it is asked for):
    /// 0 when the page starts past the last document, so only the total is counted.
    /// </summary>
    internal static int PageEnd(SearchRequest request, int documents) =>
        request.Skip >= documents ? 0 : (int)Math.Min((long)request.Skip + request.Take, documents);

    /// <summary>The outcome of one search: total matches, the requested page, facet counts, the query run, significant values.</summary>
    public sealed record Run(int Total, ScoreDoc[] Docs, FacetResults Facets, Query? Query, bool Rescored, SignificantResults Significant);

    /// <summary>
    /// Adds the score of the bonus query to the score of each hit it matches and sorts the hits again (best first,
    /// then by document number, as the collector does).
    /// </summary>
    internal static ScoreDoc[] AddBonus(IndexSearcher searcher, Query bonus, ScoreDoc[] hits)
    {
        var result = hits.OrderBy(h => h.Doc).Select(h => new ScoreDoc(h.Doc, h.Score)).ToArray();
        var weight = searcher.CreateNormalizedWeight(QueryTermStates.Attach(searcher, bonus));
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var leafEnd = 0;
        var docBase = 0;
        Scorer? scorer = null;
        foreach (var hit in result)
        {
            while (hit.Doc >= leafEnd)
            {
                leaf++;
                docBase = leaves[leaf].DocBase;
                leafEnd = docBase + leaves[leaf].Reader.MaxDoc;
                scorer = weight.GetScorer(leaves[leaf], null);
            }

            if (scorer is null)
            {
                continue;
            }

            var local = hit.Doc - docBase;
            var at = scorer.DocID < local ? scorer.Advance(local) : scorer.DocID;
            if (at == local)
            {
                hit.Score += scorer.GetScore();
            }
        }

        Array.Sort(result, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return result;
    }

    internal static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, Query? query, SearchRequest request)
    {
        // What the hit list shows comes from doc values; the article text (a doc value of its own) only for snippets.
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
        var segment = leaf.AtomicReader;
        var local = scoreDoc.Doc - leaf.DocBase;
        var bytes = new BytesRef();
        segment.GetSortedDocValues(IndexSchema.Id).Get(local, bytes);
        var id = bytes.Utf8ToString();
        segment.GetBinaryDocValues(IndexSchema.HitSummary).Get(local, bytes);
        var summary = IndexSchema.DecodeSummary(bytes);
        var date = IndexSchema.DecodeDate(segment.GetNumericDocValues(IndexSchema.Date).Get(local));

        // Matches are marked from the offsets in the body field's postings, not by analysing the stored text again.
        var indexed = new IndexedHit(segment, local);
        var titleHighlights = request.MaxSnippets == 0 ? [] : SnippetBuilder.MarkAll(query, summary.Title, indexed);
        var snippets = request.MaxSnippets == 0
            ? []
            : SnippetBuilder.Build(query, IndexSchema.Body, BodyValue.Read(segment, local), summary.Title, titleHighlights, request.MaxSnippets, request.SnippetLength, indexed);
        return new SearchHit
        {
            Id = id,
            Path = summary.Path,
            Title = summary.Title,
            TitleHighlights = titleHighlights,
            Date = date,
            Score = float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
            Snippets = snippets,
            Actors = summary.Actors,
            Locations = summary.Locations,
        };
    }
}
