using System.Collections.Concurrent;

namespace Search.Core.Analysis;

/// <summary>
/// A thread-safe word → value cache that can be probed with a span (no string allocation on a
/// hit). It is bounded: when it holds <see cref="Capacity"/> words it is emptied and refills.
/// That is cheap and good enough for text vocabularies, whose frequent words come back at once.
/// </summary>
/// <typeparam name="TValue">The cached value.</typeparam>
internal sealed class BoundedWordCache<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="capacity">Number of words at which the cache is emptied; at least 1.</param>
    public BoundedWordCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of words at which the cache is emptied.</summary>
    public int Capacity { get; }

    /// <summary>Approximate number of cached words.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Looks a word up.</summary>
    /// <param name="word">The word.</param>
    /// <param name="value">The cached value, if found.</param>
    /// <returns>True when the word is cached.</returns>
    public bool TryGet(ReadOnlySpan<char> word, out TValue value) => _bySpan.TryGetValue(word, out value!);

    /// <summary>Caches a value for a word (a concurrent add of the same word keeps the first).</summary>
    /// <param name="word">The word.</param>
    /// <param name="value">The value.</param>
    public void Add(ReadOnlySpan<char> word, TValue value)
    {
        if (_bySpan.TryAdd(word, value) && Interlocked.Increment(ref _count) >= Capacity)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }
    }
}
