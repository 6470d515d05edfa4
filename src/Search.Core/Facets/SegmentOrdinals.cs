using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The ordinals of one multi-valued facet field in one segment, unpacked into plain arrays: the values of
/// document d are <c>Ords[Starts[d] .. Starts[d + 1]]</c>. Walking arrays is several times faster than
/// <see cref="SortedSetDocValues"/>' per-document decoding, which dominated facet counting on large result sets.
/// </summary>
/// <remarks>
/// Built once per segment core and field (segments never change once written) and cached; immutable, so one
/// instance serves many searching threads. Costs 4 bytes per document plus 4 per value.
/// </remarks>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, Lazy<SegmentOrdinals?>>> Cache = new();

    private SegmentOrdinals(int[] starts, int[] ords, int valueCount)
    {
        Starts = starts;
        Ords = ords;
        ValueCount = valueCount;
    }

    /// <summary>Start of each document's values in <see cref="Ords"/>; one entry more than documents.</summary>
    public int[] Starts { get; }

    /// <summary>Segment ordinals of all documents' values.</summary>
    public int[] Ords { get; }

    /// <summary>Distinct values in the segment.</summary>
    public int ValueCount { get; }

    /// <summary>The unpacked ordinals of <paramref name="field"/> in the segment, or null when it has none.</summary>
    /// <remarks>Other fields of the same segment can be unpacked on other threads meanwhile (<see cref="BuiltOnce"/>).</remarks>
    public static SegmentOrdinals? For(AtomicReader reader, string field)
    {
        var perSegment = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, Lazy<SegmentOrdinals?>>(StringComparer.Ordinal));
        return BuiltOnce.Get(perSegment, field, reader, static (r, f) => Build(r, f));
    }

    private static SegmentOrdinals? Build(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        return values is null ? null : FromPostings(reader, field, values) ?? FromDocValues(reader, values);
    }

    /// <summary>
    /// The ordinals read from the field's postings: every facet value is also indexed as a term of the same field
    /// (the drill-down term), so the n-th term of the segment is the n-th doc value and its documents are the
    /// documents with that value. Postings are decoded in blocks, about twice as fast as the doc values' value-by-value
    /// reads through the memory map (a million documents, actors and locations: 0.54 s instead of 0.84 s in a fresh
    /// process).
    /// Null when the terms are not the doc values (an index written otherwise), checked by their number and the first
    /// and last value.
    /// </summary>
    internal static SegmentOrdinals? FromPostings(AtomicReader reader, string field, SortedSetDocValues values)
    {
        var terms = reader.GetTerms(field);
        var valueCount = values.ValueCount;
        if (terms is null || terms.Count != valueCount || valueCount == 0 || valueCount > int.MaxValue)
        {
            return null;
        }

        // Pass one counts each document's values, pass two writes them in term order: ascending, as doc values give them.
        // Deleted documents keep their values, as in the doc values.
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        DocsEnum? docs = null;
        var termsEnum = terms.GetEnumerator();
        long total = 0;
        BytesRef? first = null;
        var last = new BytesRef();
        while (termsEnum.MoveNext())
        {
            first ??= BytesRef.DeepCopyOf(termsEnum.Term);
            last.CopyBytes(termsEnum.Term);
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                starts[doc + 1]++;
                total++;
            }
        }

        if (first is null || !Same(values, 0, first) || !Same(values, valueCount - 1, last))
        {
            return null;
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc + 1] += starts[doc];
        }

        var ords = new int[total];
        var next = (int[])starts.Clone();
        termsEnum = terms.GetEnumerator();
        for (var ord = 0; termsEnum.MoveNext(); ord++)
        {
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                ords[next[doc]++] = ord;
            }
        }

        return new SegmentOrdinals(starts, ords, (int)valueCount);
    }

    /// <summary>The ordinals read document by document from the doc values.</summary>
    internal static SegmentOrdinals FromDocValues(AtomicReader reader, SortedSetDocValues values)
    {
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }

            starts[doc + 1] = ords.Count;
        }

        return new SegmentOrdinals(starts, [.. ords], (int)values.ValueCount);
    }

    private static bool Same(SortedSetDocValues values, long ord, BytesRef term)
    {
        var value = new BytesRef();
        values.LookupOrd(ord, value);
        return value.BytesEquals(term);
    }
}
