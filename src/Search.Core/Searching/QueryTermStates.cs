using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Analysis;

namespace Search.Core.Searching;

/// <summary>
/// Gives the term queries of a query their terms' states in each segment before it is searched, looked up with the
/// pooled enumerators of <see cref="SegmentTermsPool"/>. Lucene otherwise looks every term of a query up with a fresh
/// enumerator per segment (<c>TermContext.Build</c>), some 6 KB each: 20 KB for a query of one word the index lacks,
/// 120 KB for a compound searched as its parts (issue 16). Scores and matches stay exactly the same.
/// </summary>
internal static class QueryTermStates
{
    /// <summary>
    /// The query with each <see cref="TermQuery"/> (also inside boolean queries) replaced by one that carries its term
    /// states in <paramref name="searcher"/>'s reader; other queries are kept as they are. The query given is not changed.
    /// </summary>
    public static Query Attach(IndexSearcher searcher, Query query)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(query);
        Dictionary<string, SegmentTermsPool.Lease>? leases = null;
        try
        {
            return Attach(searcher, query, ref leases);
        }
        finally
        {
            foreach (var lease in leases?.Values ?? Enumerable.Empty<SegmentTermsPool.Lease>())
            {
                lease.Dispose();
            }
        }
    }

    private static Query Attach(IndexSearcher searcher, Query query, ref Dictionary<string, SegmentTermsPool.Lease>? leases)
    {
        switch (query)
        {
            case TermQuery term when term.GetType() == typeof(TermQuery):
                leases ??= new Dictionary<string, SegmentTermsPool.Lease>(StringComparer.Ordinal);
                if (!leases.TryGetValue(term.Term.Field, out var lease))
                {
                    lease = SegmentTermsPool.Rent(searcher.IndexReader, term.Term.Field);
                    leases[term.Term.Field] = lease;
                }

                return new TermQuery(term.Term, States(searcher.TopReaderContext, lease, term.Term.Bytes)) { Boost = term.Boost };
            case BooleanQuery boolean when boolean.GetType() == typeof(BooleanQuery):
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                var changed = false;
                foreach (var clause in boolean.Clauses)
                {
                    var inner = Attach(searcher, clause.Query, ref leases);
                    changed |= !ReferenceEquals(inner, clause.Query);
                    copy.Add(inner, clause.Occur);
                }

                return changed ? copy : boolean;
            default:
                return query;
        }
    }

    /// <summary>The term's state in each segment that holds it, as <c>TermContext.Build</c> finds them.</summary>
    private static TermContext States(IndexReaderContext top, SegmentTermsPool.Lease lease, BytesRef bytes)
    {
        var states = new TermContext(top);
        var leaves = top.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (lease.Segments[i] is { } terms && terms.SeekExact(bytes))
            {
                states.Register(terms.GetTermState(), leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        return states;
    }
}
