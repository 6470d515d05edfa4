using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// The publication dates of one segment unpacked into a plain array (0 for a document without a date), with the
/// range of years they span. Reading an array is several times faster than <see cref="NumericDocValues"/>' packed
/// decoding, which is paid for every hit a facet count or a date filter looks at.
/// </summary>
/// <remarks>
/// Built once per segment core (segments never change once written) and cached; immutable, so one instance serves
/// many searching threads. Costs 4 bytes per document.
/// </remarks>
internal sealed class SegmentDates
{
    private static readonly ConditionalWeakTable<object, SegmentDates> Cache = new();

    private SegmentDates(int[] keys, int minYear, int maxYear)
    {
        Keys = keys;
        MinYear = minYear;
        MaxYear = maxYear;
    }

    /// <summary>The date of each document as <c>yyyyMMdd</c>, or 0.</summary>
    public int[] Keys { get; }

    /// <summary>The earliest year in the segment; greater than <see cref="MaxYear"/> when no document has a date.</summary>
    public int MinYear { get; }

    /// <summary>The latest year in the segment.</summary>
    public int MaxYear { get; }

    /// <summary>The unpacked dates of the segment.</summary>
    public static SegmentDates For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private static SegmentDates Build(AtomicReader reader)
    {
        var values = reader.GetNumericDocValues(IndexSchema.Date);
        var keys = new int[reader.MaxDoc];
        int minYear = int.MaxValue, maxYear = int.MinValue;
        if (values is not null)
        {
            for (var doc = 0; doc < keys.Length; doc++)
            {
                var key = values.Get(doc);
                if (key is <= 0 or > int.MaxValue)
                {
                    continue;
                }

                keys[doc] = (int)key;
                var year = (int)(key / 10000);
                minYear = Math.Min(minYear, year);
                maxYear = Math.Max(maxYear, year);
            }
        }

        return new SegmentDates(keys, minYear, maxYear);
    }
}
