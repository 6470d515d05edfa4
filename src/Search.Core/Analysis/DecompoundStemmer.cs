using Lucene.Net.Analysis.De;

namespace Search.Core.Analysis;

/// <summary>
/// Index terms of one lower-cased word: its stem, normalised and stemmed exactly as
/// <see cref="GermanNormalizationFilter"/> and <see cref="GermanWordStemmer"/> do, and the
/// stems of its compound parts (from <see cref="GermanDecompounder"/>), duplicates removed
/// ("friedensgespräche" → friedensgesprach, fried, gesprach). The terms of words long enough to
/// be compounds are cached per word, because hyphenating is about ten times as expensive as the
/// rest of the German chain and news text repeats its words. Thread-safe.
/// </summary>
internal sealed class DecompoundStemmer
{
    /// <summary>Number of words the cache holds (the vocabulary of ~1,000 articles is ~34,000 words).</summary>
    public const int DefaultCacheCapacity = 1 << 17;

    /// <summary>Longest word that is cached; longer tokens are decompounded every time.</summary>
    public const int MaxCachedWordLength = 64;

    private static readonly Lazy<DecompoundStemmer> SharedInstance =
        new(() => new DecompoundStemmer(GermanDecompounder.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GermanDecompounder _decompounder;
    private readonly CompoundPartsCache _cache;

    /// <summary>Creates a stemmer with its own cache.</summary>
    /// <param name="decompounder">The decompounder.</param>
    /// <param name="cacheCapacity">Number of words the cache holds (rounded up to a power of two).</param>
    public DecompoundStemmer(GermanDecompounder decompounder, int cacheCapacity = DefaultCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(decompounder);
        _decompounder = decompounder;
        _cache = new CompoundPartsCache(cacheCapacity);
    }

    /// <summary>The process-wide instance over <see cref="GermanDecompounder.Shared"/>.</summary>
    public static DecompoundStemmer Shared => SharedInstance.Value;

    /// <summary>Words shorter than this have no parts (see <see cref="GermanDecompounder.MinWordSize"/>).</summary>
    public int MinWordSize => _decompounder.MinWordSize;

    /// <summary>
    /// Returns the index terms of a lower-cased word of at least <see cref="MinWordSize"/>
    /// letters: the normalised stem of the word and the normalised stems of its compound parts,
    /// without duplicates; cached per word. Shorter words have no parts: stem them with
    /// <see cref="NormalizeAndStem(ReadOnlySpan{char}, char[])"/>.
    /// </summary>
    /// <param name="buffer">Buffer holding the word (a term attribute's buffer).</param>
    /// <param name="length">Length of the word, starting at index 0; at least <see cref="MinWordSize"/>.</param>
    /// <returns>The stem and the part stems (often none).</returns>
    public CompoundParts Lookup(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, MinWordSize);
        var word = new ReadOnlySpan<char>(buffer, 0, length);
        if (length <= MaxCachedWordLength && _cache.TryGet(word, out var cached))
        {
            return cached;
        }

        var terms = Compute(buffer, length);
        if (length <= MaxCachedWordLength)
        {
            _cache.Add(terms);
        }

        return terms;
    }

    /// <summary>
    /// Returns all index terms of a lower-cased word: its normalised stem, then the stems of its
    /// compound parts.
    /// </summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The index terms ("friedensgespräche" → friedensgesprach, fried, gesprach).</returns>
    public string[] Analyze(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinWordSize)
        {
            return [NormalizeAndStem(word)];
        }

        var terms = Lookup(word.ToCharArray(), word.Length);
        return [new string(terms.Stem), .. terms.ToArray()];
    }

    /// <summary>
    /// What <see cref="GermanNormalizationFilter"/> followed by <see cref="GermanWordStemmer"/>
    /// make of one term.
    /// </summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The normalised stem.</returns>
    public static string NormalizeAndStem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var target = new char[word.Length * 2];
        return new string(target, 0, NormalizeAndStem(word, target));
    }

    /// <summary>
    /// What <see cref="GermanNormalizationFilter"/> followed by <see cref="GermanWordStemmer"/>
    /// make of one term: the filter's state machine, ported to write into a separate buffer.
    /// </summary>
    /// <param name="word">A lower-cased word.</param>
    /// <param name="buffer">Receives the stem; needs room for twice the word (ß becomes ss).</param>
    /// <returns>The length of the stem.</returns>
    public static int NormalizeAndStem(ReadOnlySpan<char> word, char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfLessThan(buffer.Length, word.Length * 2, nameof(buffer));
        const int Ordinary = 0, AfterVowel = 1, Umlaut = 2;
        int length = 0;
        int state = Ordinary;
        foreach (char c in word)
        {
            switch (c)
            {
                case 'a':
                case 'o':
                    buffer[length++] = c;
                    state = Umlaut;
                    break;
                case 'u':
                    buffer[length++] = c;
                    state = state == Ordinary ? Umlaut : AfterVowel;
                    break;
                case 'e':
                    if (state != Umlaut)
                    {
                        buffer[length++] = c; // "ae", "oe", "ue" lose the e
                    }

                    state = AfterVowel;
                    break;
                case 'i':
                case 'q':
                case 'y':
                    buffer[length++] = c;
                    state = AfterVowel;
                    break;
                case 'ä':
                    buffer[length++] = 'a';
                    state = AfterVowel;
                    break;
                case 'ö':
                    buffer[length++] = 'o';
                    state = AfterVowel;
                    break;
                case 'ü':
                    buffer[length++] = 'u';
                    state = AfterVowel;
                    break;
                case 'ß':
                    buffer[length++] = 's';
                    buffer[length++] = 's';
                    state = Ordinary;
                    break;
                default:
                    buffer[length++] = c;
                    state = Ordinary;
                    break;
            }
        }

        return GermanWordStemmer.Stem(buffer, length);
    }

    private CompoundParts Compute(char[] buffer, int length)
    {
        var word = new ReadOnlySpan<char>(buffer, 0, length);
        var whole = NormalizeAndStem(new string(word));
        var parts = _decompounder.Decompose(buffer, length);
        var stems = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var stem = NormalizeAndStem(part);
            if (stem != whole && !stems.Contains(stem))
            {
                stems.Add(stem);
            }
        }

        return CompoundParts.Create(word, whole, stems);
    }
}
