using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Compound.Hyphenation;
using Lucene.Net.Analysis.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Splits German compounds into dictionary subwords with a hyphenation grammar, the algorithm of
/// Lucene's <see cref="HyphenationCompoundWordTokenFilter"/> with <c>onlyLongestMatch</c>, and
/// caches the result per word. Thread-safe: the grammar and dictionary are only read, the cache is
/// a <see cref="ConcurrentDictionary{TKey, TValue}"/>.
/// </summary>
/// <remarks>
/// Hyphenating a word is about ten times as expensive as the rest of the German chain; news text
/// repeats its words a lot, so a bounded per-word cache brings decompounding close to the plain
/// chain's speed. When the cache reaches its capacity it is emptied and refilled (cheap, and news
/// vocabulary is Zipf-distributed, so the frequent words come back at once).
/// </remarks>
internal sealed class GermanDecompounder
{
    /// <summary>Words shorter than this are not decompounded.</summary>
    public const int DefaultMinWordSize = 5;

    /// <summary>Subwords shorter than this are not emitted.</summary>
    public const int DefaultMinSubwordSize = 4;

    /// <summary>Subwords longer than this are not emitted.</summary>
    public const int DefaultMaxSubwordSize = 15;

    /// <summary>Default number of cached words before the cache is emptied.</summary>
    public const int DefaultCacheCapacity = 200_000;

    /// <summary>Longest word that is cached; longer tokens are decompounded every time.</summary>
    private const int MaxCachedWordLength = 64;

    private const string ResourcePrefix = "Search.Core.Analysis.Data.";

    private static readonly Lazy<GermanDecompounder> SharedInstance =
        new(LoadFromResources, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HyphenationTree _hyphenator;
    private readonly CharArraySet _dictionary;
    private readonly int _minSubwordSize;
    private readonly int _maxSubwordSize;
    private readonly int _cacheCapacity;
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private int _cacheCount;

    /// <summary>Creates a decompounder.</summary>
    /// <param name="hyphenator">The hyphenation grammar (read as Latin-1).</param>
    /// <param name="dictionary">The subword dictionary, lower-case.</param>
    /// <param name="minWordSize">Words shorter than this are not decompounded.</param>
    /// <param name="minSubwordSize">Subwords shorter than this are not emitted.</param>
    /// <param name="maxSubwordSize">Subwords longer than this are not emitted.</param>
    /// <param name="cacheCapacity">Number of cached words before the cache is emptied; 0 disables caching.</param>
    public GermanDecompounder(
        HyphenationTree hyphenator,
        CharArraySet dictionary,
        int minWordSize = DefaultMinWordSize,
        int minSubwordSize = DefaultMinSubwordSize,
        int maxSubwordSize = DefaultMaxSubwordSize,
        int cacheCapacity = DefaultCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(hyphenator);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentOutOfRangeException.ThrowIfNegative(minWordSize);
        ArgumentOutOfRangeException.ThrowIfNegative(minSubwordSize);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSubwordSize);
        ArgumentOutOfRangeException.ThrowIfNegative(cacheCapacity);
        _hyphenator = hyphenator;
        _dictionary = dictionary;
        MinWordSize = minWordSize;
        _minSubwordSize = minSubwordSize;
        _maxSubwordSize = maxSubwordSize;
        _cacheCapacity = cacheCapacity;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The process-wide instance built from the embedded grammar and the cleaned dictionary,
    /// loaded once on first use.
    /// </summary>
    public static GermanDecompounder Shared => SharedInstance.Value;

    /// <summary>Words shorter than this are not decompounded.</summary>
    public int MinWordSize { get; }

    /// <summary>Number of words currently cached (approximate under concurrency).</summary>
    public int CachedWordCount => Volatile.Read(ref _cacheCount);

    /// <summary>Loads the hyphenation grammar embedded in this assembly, read as Latin-1.</summary>
    /// <returns>The grammar.</returns>
    public static HyphenationTree LoadEmbeddedHyphenationTree()
    {
        using var stream = OpenResource("de_DR.xml");
        return HyphenationCompoundWordTokenFilter.GetHyphenationTree(stream, Encoding.Latin1);
    }

    /// <summary>Loads the embedded subword dictionary and cleans it (see <see cref="DecompounderDictionary"/>).</summary>
    /// <returns>The cleaned dictionary.</returns>
    public static CharArraySet LoadEmbeddedDictionary()
    {
        using var stream = OpenResource("dictionary-de.txt");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return DecompounderDictionary.ToCharArraySet(DecompounderDictionary.ReadAndClean(reader));
    }

    /// <summary>
    /// Returns the subwords of a lower-cased word, without the word itself; empty when the word is
    /// no compound or shorter than <see cref="MinWordSize"/>.
    /// </summary>
    /// <param name="buffer">Buffer holding the word (a term attribute's buffer).</param>
    /// <param name="length">Length of the word, starting at index 0.</param>
    /// <returns>The subwords, in order of their start; the array must not be modified.</returns>
    public string[] Decompose(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (length < MinWordSize)
        {
            return [];
        }

        var word = new ReadOnlySpan<char>(buffer, 0, length);
        bool cacheable = _cacheCapacity > 0 && length <= MaxCachedWordLength;
        if (cacheable && _cacheBySpan.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var subwords = Compute(buffer, length);
        if (cacheable && _cacheBySpan.TryAdd(word, subwords)
            && Interlocked.Increment(ref _cacheCount) > _cacheCapacity)
        {
            _cache.Clear();
            Volatile.Write(ref _cacheCount, 0);
        }

        return subwords;
    }

    /// <summary>Convenience overload of <see cref="Decompose(char[], int)"/> for a string.</summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The subwords.</returns>
    public string[] Decompose(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Decompose(word.ToCharArray(), word.Length);
    }

    private static GermanDecompounder LoadFromResources() =>
        new(LoadEmbeddedHyphenationTree(), LoadEmbeddedDictionary());

    private static Stream OpenResource(string name) =>
        typeof(GermanDecompounder).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix + name} is missing.");

    // Same algorithm as HyphenationCompoundWordTokenFilter.Decompose with onlyLongestMatch = true,
    // except that a subword equal to the whole word is not emitted (LUCENE-8183 duplicates).
    private string[] Compute(char[] buffer, int length)
    {
        var hyphenation = _hyphenator.Hyphenate(buffer, 0, length, 1, 1);
        if (hyphenation is null)
        {
            return [];
        }

        int[] points = hyphenation.HyphenationPoints;
        List<string>? subwords = null;
        for (int i = 0; i < points.Length; i++)
        {
            int start = points[i];
            int bestLength = 0;
            for (int j = 1; j < points.Length - i; j++)
            {
                int partLength = points[i + j] - start;
                if (partLength > _maxSubwordSize)
                {
                    break;
                }

                if (partLength < _minSubwordSize)
                {
                    continue;
                }

                if (_dictionary.Contains(buffer, start, partLength))
                {
                    bestLength = Math.Max(bestLength, partLength);
                }
                else if (partLength > _minSubwordSize && _dictionary.Contains(buffer, start, partLength - 1))
                {
                    // genitive s and other linking characters; unlike Lucene's filter, the shorter
                    // part must still respect the minimum subword size
                    bestLength = Math.Max(bestLength, partLength - 1);
                }
            }

            if (bestLength > 0 && !(start == 0 && bestLength == length))
            {
                (subwords ??= []).Add(new string(buffer, start, bestLength));
            }
        }

        return subwords is null ? [] : [.. subwords];
    }
}
