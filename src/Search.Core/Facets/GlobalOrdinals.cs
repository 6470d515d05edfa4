using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The values of one multi-valued facet field across all segments of a reader: a label per global ordinal and,
/// per segment, the map from segment ordinals to global ordinals. Built once per reader and cached, because
/// building the ordinal map costs milliseconds on a large index.
/// </summary>
/// <remarks>Immutable after construction, so one instance serves many searching threads.</remarks>
internal sealed class GlobalOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, GlobalOrdinals>> Cache = new();

    private GlobalOrdinals(string[] labels, int[][] segmentToGlobal)
    {
        Labels = labels;
        SegmentToGlobal = segmentToGlobal;
        _folded = new Lazy<string[]>(() => Array.ConvertAll(labels, FacetText.Fold));
    }

    private readonly Lazy<string[]> _folded;

    /// <summary>The labels folded for typed-text matching (see <see cref="FacetText"/>).</summary>
    public string[] FoldedLabels => _folded.Value;

    /// <summary>Label of each global ordinal, in sorted (ordinal) order.</summary>
    public string[] Labels { get; }

    /// <summary>Per segment (by leaf ordinal), the global ordinal of each segment ordinal.</summary>
    public int[][] SegmentToGlobal { get; }

    public static GlobalOrdinals For(IndexReader reader, string field)
    {
        var perReader = Cache.GetValue(reader, _ => new Dictionary<string, GlobalOrdinals>(StringComparer.Ordinal));
        lock (perReader)
        {
            if (!perReader.TryGetValue(field, out var ordinals))
            {
                ordinals = Build(reader, field);
                perReader[field] = ordinals;
            }

            return ordinals;
        }
    }

    private static GlobalOrdinals Build(IndexReader reader, string field)
    {
        var leaves = reader.Leaves;
        var segmentToGlobal = new int[leaves.Count][];
        var global = MultiDocValues.GetSortedSetValues(reader, field);
        if (global is null)
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                segmentToGlobal[i] = [];
            }

            return new GlobalOrdinals([], segmentToGlobal);
        }

        var labels = new string[global.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            global.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }

        var map = (global as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
        for (var i = 0; i < leaves.Count; i++)
        {
            var segment = leaves[i].AtomicReader.GetSortedSetDocValues(field);
            var count = segment is null ? 0 : (int)segment.ValueCount;
            var mapping = new int[count];
            for (var ord = 0; ord < count; ord++)
            {
                mapping[ord] = map is null ? ord : (int)map.GetGlobalOrd(i, ord);
            }

            segmentToGlobal[i] = mapping;
        }

        return new GlobalOrdinals(labels, segmentToGlobal);
    }
}
