using System.IO.Compression;

namespace Search.Core.Entities;

/// <summary>
/// Weights of the averaged-perceptron tagger: an open-addressing table from feature hash to
/// a row of <see cref="EntityTag.Count"/> weights. Read-only after loading, thread-safe.
/// File format (deflate-compressed): "EPM1", tag count, feature count, scale, then per feature
/// its 64-bit hash and one 16-bit quantised weight per tag.
/// </summary>
internal sealed class PerceptronModel
{
    private const int Magic = 0x314D5045; // "EPM1"
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table from feature hashes and their weight rows.</summary>
    public PerceptronModel(IReadOnlyList<ulong> features, IReadOnlyList<float[]> rows)
    {
        var capacity = 1;
        while (capacity < features.Count * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _weights = new float[capacity * EntityTag.Count];
        for (var i = 0; i < features.Count; i++)
        {
            var key = features[i] == 0 ? 1 : features[i];
            var slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            Array.Copy(rows[i], 0, _weights, slot * EntityTag.Count, EntityTag.Count);
        }

        FeatureCount = features.Count;
    }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Adds the weights of the given features to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var keys = _keys;
        var weights = _weights;
        foreach (var f in features)
        {
            var key = f == 0 ? 1 : f;
            var slot = (int)(key & (ulong)_mask);
            while (true)
            {
                var k = keys[slot];
                if (k == key)
                {
                    var row = weights.AsSpan(slot * EntityTag.Count, EntityTag.Count);
                    for (var t = 0; t < EntityTag.Count; t++)
                    {
                        scores[t] += row[t];
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static PerceptronModel Read(Stream stream)
    {
        using var inflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(inflate);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != EntityTag.Count)
        {
            throw new InvalidDataException("The entity model data is not in the expected format.");
        }

        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var keys = new ulong[count];
        var rows = new float[count][];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            var row = new float[EntityTag.Count];
            for (var t = 0; t < EntityTag.Count; t++)
            {
                row[t] = reader.ReadInt16() * scale;
            }

            rows[i] = row;
        }

        return new PerceptronModel(keys, rows);
    }

    /// <summary>Writes weights quantised to 16 bits, dropping features whose weights are all below <paramref name="minWeight"/>.</summary>
    public static int Write(Stream stream, IReadOnlyList<ulong> features, IReadOnlyList<float[]> rows, float minWeight)
    {
        var keep = new List<int>();
        var max = 0f;
        for (var i = 0; i < features.Count; i++)
        {
            var m = rows[i].Max(Math.Abs);
            if (m >= minWeight)
            {
                keep.Add(i);
                max = Math.Max(max, m);
            }
        }

        var scale = max / short.MaxValue;
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(Magic);
        writer.Write(EntityTag.Count);
        writer.Write(keep.Count);
        writer.Write(scale);
        foreach (var i in keep)
        {
            writer.Write(features[i]);
            foreach (var v in rows[i])
            {
                writer.Write((short)Math.Round(v / scale));
            }
        }

        return keep.Count;
    }
}
