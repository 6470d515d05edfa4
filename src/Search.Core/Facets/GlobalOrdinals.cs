using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// The values of one multi-valued facet field across all segments of a reader: a label per global ordinal and,
/// per segment, the map from segment ordinals to global ordinals. Built once per reader and cached, because
/// building the ordinal map costs milliseconds on a large index.
/// </summary>
/// <remarks>Immutable after construction, so one instance serves many searching threads.</remarks>
internal sealed class GlobalOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, Lazy<GlobalOrdinals>>> Cache = new();

    private GlobalOrdinals(IndexReader reader, string field, string[] labels, int[][] segmentToGlobal, int[]? targets = null, Dictionary<string, int>? byWord = null)
    {
        _byWord = byWord;
        Labels = labels;
        SegmentToGlobal = segmentToGlobal;
        Segments = [.. reader.Leaves.Select(leaf => SegmentOrdinals.For(leaf.AtomicReader, field))];
        Targets = targets;
        if (targets is not null)
        {
            ReceivesMerged = new bool[labels.Length];
            for (var ord = 0; ord < targets.Length; ord++)
            {
                if (targets[ord] != ord)
                {
                    ReceivesMerged[targets[ord]] = true;
                }
            }
        }
        _folded = new Lazy<string[]>(() => Array.ConvertAll(labels, FacetText.Fold));
        _byFolded = new Lazy<Dictionary<string, int[]>>(() => FoldedLabels
            .Select((folded, ord) => (folded, ord))
            .GroupBy(p => p.folded, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.ord).ToArray(), StringComparer.Ordinal));
        _documentCounts = new Lazy<int[]>(() => CountDocuments(reader, field, segmentToGlobal, labels.Length, ReceivesMerged));
    }

    private readonly Lazy<string[]> _folded;
    private readonly Lazy<Dictionary<string, int[]>> _byFolded;
    private readonly Dictionary<string, int>? _byWord;
    private readonly Lazy<int[]> _documentCounts;

    /// <summary>
    /// Per global ordinal, the ordinal its documents are counted under, when some values are merged into others
    /// (<see cref="PersonMerge"/>, <see cref="SpellingMerge"/>); null when none are. <see cref="SegmentToGlobal"/> already maps to the targets, so
    /// a merged value has no documents of its own; a document may then reach one target twice (count it once).
    /// </summary>
    public int[]? Targets { get; }

    /// <summary>Per global ordinal, whether other values are merged into it (see <see cref="MergedCounting"/>); null when none are.</summary>
    public bool[]? ReceivesMerged { get; }

    /// <summary>Live documents having each value, by global ordinal (built on first use, once per reader).</summary>
    public int[] DocumentCounts => _documentCounts.Value;

    /// <summary>
    /// A mask over the global ordinals marking every label that folds like one of <paramref name="values"/> (or, for a
    /// bare person name that is no label, the one full name it stands for), or null when <paramref name="values"/> is empty.
    /// </summary>
    public bool[]? Mask(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var mask = new bool[Labels.Length];
        foreach (var value in values)
        {
            var folded = FacetText.Fold(value.Trim());
            if (_byFolded.Value.TryGetValue(folded, out var ords))
            {
                foreach (var ord in ords)
                {
                    mask[Targets is null ? ord : Targets[ord]] = true;
                }
            }
            else if (_byWord is not null && _byWord.TryGetValue(folded, out var fullName))
            {
                mask[fullName] = true; // a bare name no document has as a value: the one full name it stands for
            }
        }

        return mask;
    }

    /// <summary>The labels folded for typed-text matching (see <see cref="FacetText"/>).</summary>
    public string[] FoldedLabels => _folded.Value;

    /// <summary>Label of each global ordinal, in sorted (ordinal) order.</summary>
    public string[] Labels { get; }

    /// <summary>Per segment (by leaf ordinal), the global ordinal of each segment ordinal.</summary>
    public int[][] SegmentToGlobal { get; }

    /// <summary>
    /// Per segment (by leaf ordinal), its documents' values (null when it has none): the same instances as
    /// <see cref="SegmentOrdinals.For"/>, held here so that a search takes them without a look-up per segment.
    /// </summary>
    public SegmentOrdinals?[] Segments { get; }

    /// <summary>The values of <paramref name="field"/> across <paramref name="reader"/>, built on first use.</summary>
    /// <remarks>Another field can be built on another thread meanwhile (<see cref="BuiltOnce"/>).</remarks>
    public static GlobalOrdinals For(IndexReader reader, string field)
    {
        var perReader = Cache.GetValue(reader, _ => new Dictionary<string, Lazy<GlobalOrdinals>>(StringComparer.Ordinal));
        return BuiltOnce.Get(perReader, field, reader, static (r, f) => Build(r, f));
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

            return new GlobalOrdinals(reader, field, [], segmentToGlobal);
        }

        var labels = new string[global.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            global.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }

        var merge = field == IndexSchema.Actor ? PersonMerge.For(reader, labels) : new PersonMerge.Result(null, null);
        var targets = SpellingMerge.Compose(merge.Targets, SpellingMerge.For(reader, field, labels));
        var map = (global as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
        for (var i = 0; i < leaves.Count; i++)
        {
            var segment = leaves[i].AtomicReader.GetSortedSetDocValues(field);
            var count = segment is null ? 0 : (int)segment.ValueCount;
            var mapping = new int[count];
            for (var ord = 0; ord < count; ord++)
            {
                var globalOrd = map is null ? ord : (int)map.GetGlobalOrd(i, ord);
                mapping[ord] = targets is null ? globalOrd : targets[globalOrd];
            }

            segmentToGlobal[i] = mapping;
        }

        return new GlobalOrdinals(reader, field, labels, segmentToGlobal, targets, merge.ByWord);
    }

    private static int[] CountDocuments(IndexReader reader, string field, int[][] segmentToGlobal, int valueCount, bool[]? receivesMerged)
    {
        var counts = new int[valueCount];
        var leaves = reader.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            var segment = leaves[i].AtomicReader;
            if (SegmentOrdinals.For(segment, field) is not { } values)
            {
                continue;
            }

            var live = segment.LiveDocs;
            var map = segmentToGlobal[i];
            var starts = values.Starts;
            var ords = values.Ords;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                if (receivesMerged is not null)
                {
                    MergedCounting.Count(starts, ords, map, doc, counts, receivesMerged);
                    continue;
                }

                for (int j = starts[doc], end = starts[doc + 1]; j < end; j++)
                {
                    counts[map[ords[j]]]++;
                }
            }
        }

        return counts;
    }
}
