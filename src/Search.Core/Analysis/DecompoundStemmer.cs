using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Turns one lower-cased word into its index terms: the word and its compound parts (from
/// <see cref="GermanDecompounder"/>), each put through <see cref="GermanNormalizationFilter"/>
/// and <see cref="GermanLightStemFilter"/>, duplicates removed ("friedensgespräche" →
/// friedensgesprach, fried, gesprach). The result is cached per word, because hyphenating is
/// about ten times as expensive as the rest of the German chain and news text repeats its words.
/// Thread-safe.
/// </summary>
internal sealed class DecompoundStemmer
{
    /// <summary>Number of cached words at which the cache is emptied and refilled.</summary>
    public const int DefaultCacheCapacity = 100_000;

    /// <summary>Longest word that is cached; longer tokens are analysed every time.</summary>
    public const int MaxCachedWordLength = 64;

    private static readonly Lazy<DecompoundStemmer> SharedInstance =
        new(() => new DecompoundStemmer(GermanDecompounder.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GermanDecompounder _decompounder;
    private readonly BoundedWordCache<string[]> _cache;

    // Normalises and stems one term with the real Lucene filters; Analyzer reuses its
    // components per thread, so this is safe to call concurrently.
    private readonly Analyzer _normalizeAndStem = Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        TokenStream stream = new GermanNormalizationFilter(source);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Creates a stemmer with its own cache.</summary>
    /// <param name="decompounder">The decompounder.</param>
    /// <param name="cacheCapacity">Number of cached words at which the cache is emptied.</param>
    public DecompoundStemmer(GermanDecompounder decompounder, int cacheCapacity = DefaultCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(decompounder);
        _decompounder = decompounder;
        _cache = new BoundedWordCache<string[]>(cacheCapacity);
    }

    /// <summary>The process-wide instance over <see cref="GermanDecompounder.Shared"/>.</summary>
    public static DecompoundStemmer Shared => SharedInstance.Value;

    /// <summary>Number of words currently cached (approximate).</summary>
    public int CachedWordCount => _cache.Count;

    /// <summary>
    /// Returns the index terms of a lower-cased word: first the normalised, stemmed word, then
    /// the normalised, stemmed compound parts that differ from every earlier term.
    /// </summary>
    /// <param name="buffer">Buffer holding the word (a term attribute's buffer).</param>
    /// <param name="length">Length of the word, starting at index 0.</param>
    /// <returns>At least one term; the array is shared and must not be modified.</returns>
    public string[] Analyze(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var word = new ReadOnlySpan<char>(buffer, 0, length);
        bool cacheable = length <= MaxCachedWordLength;
        if (cacheable && _cache.TryGet(word, out var cached))
        {
            return cached;
        }

        var terms = Compute(buffer, length);
        if (cacheable)
        {
            _cache.Add(word, terms);
        }

        return terms;
    }

    /// <summary>Convenience overload of <see cref="Analyze(char[], int)"/> for a string.</summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The index terms.</returns>
    public string[] Analyze(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Analyze(word.ToCharArray(), word.Length);
    }

    private string[] Compute(char[] buffer, int length)
    {
        var whole = NormalizeAndStem(new string(buffer, 0, length));
        var parts = _decompounder.Decompose(buffer, length);
        if (parts.Length == 0)
        {
            return [whole];
        }

        var terms = new List<string>(parts.Length + 1) { whole };
        foreach (var part in parts)
        {
            var term = NormalizeAndStem(part);
            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return [.. terms];
    }

    private string NormalizeAndStem(string word)
    {
        using var stream = _normalizeAndStem.GetTokenStream(string.Empty, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return result;
    }
}
