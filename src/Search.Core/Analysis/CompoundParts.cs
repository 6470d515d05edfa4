namespace Search.Core.Analysis;

/// <summary>
/// The index terms of one word, packed with the word into a single char array so that a cache
/// hit touches one object: <c>[word length, part count, segment starts…, end, word…, stem…,
/// parts…]</c>, where the first segment is the stem of the whole word and the others are the
/// part stems. Immutable.
/// </summary>
internal readonly struct CompoundParts
{
    private const int Header = 2;
    private readonly char[]? _data;

    private CompoundParts(char[] data) => _data = data;

    /// <summary>Number of part stems (the whole-word stem not counted).</summary>
    public int Count => _data is null ? 0 : _data[1];

    /// <summary>The word these terms belong to.</summary>
    public ReadOnlySpan<char> Word => _data is null ? default : _data.AsSpan(Header + Count + 2, _data[0]);

    /// <summary>The normalised stem of the whole word.</summary>
    public ReadOnlySpan<char> Stem => Segment(0);

    /// <summary>The packed form, as stored by <see cref="CompoundPartsCache"/>.</summary>
    internal char[]? Data => _data;

    /// <summary>Gets one part stem.</summary>
    /// <param name="index">0 ≤ index &lt; <see cref="Count"/>.</param>
    /// <returns>The characters of the part stem.</returns>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return Segment(index + 1);
        }
    }

    /// <summary>Packs a word, its stem and its part stems.</summary>
    /// <param name="word">The word (at most a few hundred characters).</param>
    /// <param name="stem">The normalised stem of the whole word.</param>
    /// <param name="parts">The part stems.</param>
    /// <returns>The packed terms.</returns>
    public static CompoundParts Create(ReadOnlySpan<char> word, ReadOnlySpan<char> stem, IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        int size = Header + parts.Count + 2 + word.Length + stem.Length + parts.Sum(p => p.Length);
        if (size > char.MaxValue)
        {
            throw new ArgumentException("Word and parts are too long to pack.", nameof(word));
        }

        var data = new char[size];
        data[0] = (char)word.Length;
        data[1] = (char)parts.Count;
        int position = Header + parts.Count + 2;
        word.CopyTo(data.AsSpan(position));
        position += word.Length;
        data[Header] = (char)position;
        stem.CopyTo(data.AsSpan(position));
        position += stem.Length;
        for (int i = 0; i < parts.Count; i++)
        {
            data[Header + 1 + i] = (char)position;
            parts[i].CopyTo(data.AsSpan(position));
            position += parts[i].Length;
        }

        data[Header + 1 + parts.Count] = (char)position;
        return new CompoundParts(data);
    }

    /// <summary>Wraps a packed form read back from the cache.</summary>
    /// <param name="data">The packed form.</param>
    /// <returns>The terms.</returns>
    internal static CompoundParts FromData(char[] data) => new(data);

    /// <summary>Copies the part stems out as strings.</summary>
    /// <returns>The part stems.</returns>
    public string[] ToArray()
    {
        var result = new string[Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new string(this[i]);
        }

        return result;
    }

    private ReadOnlySpan<char> Segment(int segment)
    {
        if (_data is null)
        {
            return default;
        }

        int start = _data[Header + segment];
        return _data.AsSpan(start, _data[Header + segment + 1] - start);
    }
}
