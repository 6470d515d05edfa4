using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Search.Core.Entities.Tagging;

/// <summary>
/// Weights of the structured-perceptron tagger: features are hashed into a fixed table of
/// 2^<see cref="TableBits"/> slots, of which only the slots with weights are kept (an
/// open-addressing map from slot to a row of <see cref="EntityTag.Count"/> weights), plus a tag
/// transition matrix whose last row is the sentence start. Read-only after loading, thread-safe.
/// File format (deflate-compressed): "ETM2", tag count, table bits, slot count, scale, the
/// transition matrix as floats, then per slot its index and one 16-bit quantised weight per tag.
/// </summary>
internal sealed class TaggerModel
{
    /// <summary>Bits of the hashed feature table.</summary>
    public const int TableBits = 21;

    /// <summary>The mask that maps a feature hash to its slot.</summary>
    public const ulong TableMask = (1UL << TableBits) - 1;

    private const int Magic = 0x324D5445; // "ETM2"

    // Key and quantised weights of a slot side by side (22 bytes): a look-up reads one place in memory, not a key
    // array and a weight array; for most features of a text that is a cache miss each.
    private readonly Entry[] _entries;
    private readonly float _scale;
    private readonly int _mask;

    /// <summary>Builds the map from slots and their weight rows.</summary>
    /// <param name="slots">Slot indices (below 2^<see cref="TableBits"/>).</param>
    /// <param name="rows">The quantised weights, <see cref="EntityTag.Count"/> per slot, in the order of <paramref name="slots"/>.</param>
    /// <param name="scale">The weight of one quantisation step.</param>
    /// <param name="transitions">(<see cref="EntityTag.Count"/> + 1) x <see cref="EntityTag.Count"/> weights; the last row is the sentence start.</param>
    public TaggerModel(IReadOnlyList<int> slots, short[] rows, float scale, float[] transitions)
    {
        if (transitions.Length != (EntityTag.Count + 1) * EntityTag.Count)
        {
            throw new ArgumentException("The transition matrix has the wrong size.", nameof(transitions));
        }

        var capacity = 1;
        while (capacity < slots.Count * 3 / 2 + 1)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _scale = scale;
        _entries = new Entry[capacity];
        for (var i = 0; i < slots.Count; i++)
        {
            var key = slots[i] + 1;
            var slot = Home(key);
            while (_entries[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot].Key = key;
            rows.AsSpan(i * EntityTag.Count, EntityTag.Count).CopyTo(_entries[slot].Weights);
        }

        Transitions = transitions;
        SlotCount = slots.Count;
    }

    /// <summary>Number of table slots with weights.</summary>
    public int SlotCount { get; }

    /// <summary>Transition weights, row = previous tag (last row: sentence start), column = tag.</summary>
    public float[] Transitions { get; }

    /// <summary>The slot of a feature hash in the fixed table.</summary>
    public static int SlotOf(ulong feature) => (int)((feature ^ (feature >> 31)) & TableMask);

    /// <summary>The weight of one quantisation step: a tag's score is its summed quantised weights times this.</summary>
    public float Scale => _scale;

    /// <summary>Adds the quantised weights of the given features to <paramref name="sums"/> (exact integer sums).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        var entries = _entries;
        sums = sums[..EntityTag.Count];

        // First the home slot of every feature, read in a loop without branches: the processor fetches them side by
        // side (the map is larger than the core's caches), so the look-ups after it mostly find them in the cache.
        // A feature whose home slot is empty has no weights (nothing is ever removed from the map).
        Span<int> keys = stackalloc int[features.Length];
        var occupied = 0;
        for (var j = 0; j < features.Length; j++)
        {
            var key = SlotOf(features[j]) + 1;
            keys[j] = key;
            occupied |= entries[Home(key)].Key;
        }

        if (occupied == 0)
        {
            return;
        }

        // The quantised weights are summed as integers (exact, in any order), eight tags in one vector.
        var low = Vector128<int>.Zero;
        var high = Vector128<int>.Zero;
        for (var j = 0; j < keys.Length; j++)
        {
            var key = keys[j];
            var slot = Home(key);
            while (true)
            {
                ref readonly var entry = ref entries[slot];
                if (entry.Key == key)
                {
                    ReadOnlySpan<short> row = entry.Weights;
                    var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(row)));
                    low += lo;
                    high += hi;
                    for (var t = 8; t < EntityTag.Count; t++)
                    {
                        sums[t] += row[t];
                    }

                    break;
                }

                if (entry.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        ref var sum = ref MemoryMarshal.GetReference(sums);
        (Vector128.LoadUnsafe(ref sum) + low).StoreUnsafe(ref sum);
        (Vector128.LoadUnsafe(ref sum, 4) + high).StoreUnsafe(ref sum, 4);
    }

    public static TaggerModel Read(Stream stream)
    {
        // Inflated at once: read value by value, every two bytes went through the deflate stream (a third of a second).
        using var buffer = new MemoryStream();
        using (var inflate = new DeflateStream(stream, CompressionMode.Decompress))
        {
            inflate.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != EntityTag.Count || reader.ReadInt32() != TableBits)
        {
            throw new InvalidDataException("The entity model data is not in the expected format.");
        }

        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var transitions = new float[(EntityTag.Count + 1) * EntityTag.Count];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var slots = new int[count];
        var rows = new short[count * EntityTag.Count];
        var last = 0;
        for (var i = 0; i < count; i++)
        {
            last += reader.Read7BitEncodedInt();
            slots[i] = last;
            for (var t = 0; t < EntityTag.Count; t++)
            {
                rows[(i * EntityTag.Count) + t] = reader.ReadInt16();
            }
        }

        return new TaggerModel(slots, rows, scale, transitions);
    }

    /// <summary>
    /// Writes the non-zero slots of a dense weight table (<see cref="EntityTag.Count"/> weights per slot),
    /// quantised to 16 bits, dropping slots whose weights are all below <paramref name="minWeight"/>.
    /// </summary>
    /// <returns>The number of slots written.</returns>
    public static int Write(Stream stream, float[] table, float[] transitions, float minWeight)
    {
        var slotCount = table.Length / EntityTag.Count;
        var keep = new List<int>();
        var max = 0f;
        for (var i = 0; i < slotCount; i++)
        {
            var m = 0f;
            for (var t = 0; t < EntityTag.Count; t++)
            {
                m = Math.Max(m, Math.Abs(table[(i * EntityTag.Count) + t]));
            }

            if (m >= minWeight && m > 0)
            {
                keep.Add(i);
                max = Math.Max(max, m);
            }
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(Magic);
        writer.Write(EntityTag.Count);
        writer.Write(TableBits);
        writer.Write(keep.Count);
        writer.Write(scale);
        foreach (var v in transitions)
        {
            writer.Write(v);
        }

        var last = 0;
        foreach (var i in keep)
        {
            writer.Write7BitEncodedInt(i - last);
            last = i;
            for (var t = 0; t < EntityTag.Count; t++)
            {
                writer.Write((short)Math.Round(table[(i * EntityTag.Count) + t] / scale));
            }
        }

        return keep.Count;
    }

    private int Home(int key) => (int)((uint)key * 2654435761u) & _mask;

    /// <summary>A slot of the map: its key (slot index + 1; 0 for empty) and quantised weights.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Entry
    {
        public int Key;
        public TagWeights Weights;
    }

    /// <summary>One quantised weight per tag.</summary>
    [InlineArray(EntityTag.Count)]
    private struct TagWeights
    {
        private short _weight;
    }
}
