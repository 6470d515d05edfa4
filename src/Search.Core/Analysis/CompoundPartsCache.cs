namespace Search.Core.Analysis;

/// <summary>
/// A fixed-size, 4-way set-associative cache from word to <see cref="CompoundParts"/>, like a
/// CPU cache: a new word evicts an older one of the same set, so memory stays bounded without
/// clean-ups. A lookup reads one line of hash tags and dereferences only a slot whose tag
/// matches; the word is stored inside its packed parts, so a hit touches one more object.
/// Thread-safe without locks: entries are immutable, slots and tags are replaced atomically, and
/// a hit is always confirmed by comparing the stored word (tags are only hints).
/// </summary>
internal sealed class CompoundPartsCache
{
    private const int Ways = 4;

    private readonly int[] _tags;
    private readonly char[]?[] _slots;
    private readonly int _mask;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="capacity">Number of words it can hold, rounded up to a power of two (at least 4).</param>
    public CompoundPartsCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, Ways);
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity);
        _tags = new int[size];
        _slots = new char[]?[size];
        _mask = size - 1;
    }

    /// <summary>Number of words the cache can hold.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Looks a word up.</summary>
    /// <param name="word">The word.</param>
    /// <param name="parts">Its parts, when found.</param>
    /// <returns>True when the word is cached.</returns>
    public bool TryGet(ReadOnlySpan<char> word, out CompoundParts parts)
    {
        int tag = Tag(word);
        int set = tag & _mask & ~(Ways - 1);
        for (int i = set; i < set + Ways; i++)
        {
            if (Volatile.Read(ref _tags[i]) == tag)
            {
                var data = Volatile.Read(ref _slots[i]);
                if (data is not null)
                {
                    var candidate = CompoundParts.FromData(data);
                    if (candidate.Word.SequenceEqual(word))
                    {
                        parts = candidate;
                        return true;
                    }
                }
            }
        }

        parts = default;
        return false;
    }

    /// <summary>Stores a word's parts, evicting an older word of the same set if the set is full.</summary>
    /// <param name="parts">The parts, packed with their word.</param>
    public void Add(CompoundParts parts)
    {
        var data = parts.Data ?? throw new ArgumentException("Empty parts cannot be cached.", nameof(parts));
        int tag = Tag(parts.Word);
        int set = tag & _mask & ~(Ways - 1);
        int target = set + ((tag >>> 28) & (Ways - 1));
        for (int i = set; i < set + Ways; i++)
        {
            if (Volatile.Read(ref _tags[i]) == 0)
            {
                target = i;
                break;
            }
        }

        Volatile.Write(ref _slots[target], data);
        Volatile.Write(ref _tags[target], tag);
    }

    // Never 0, which marks a free slot.
    private static int Tag(ReadOnlySpan<char> word) => string.GetHashCode(word) | 1;
}
