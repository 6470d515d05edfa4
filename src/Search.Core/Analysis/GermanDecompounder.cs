using System.Collections.Frozen;
using System.Text;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Compound.Hyphenation;

namespace Search.Core.Analysis;

/// <summary>
/// Splits German compounds into dictionary subwords with a hyphenation grammar: the algorithm of
/// Lucene's <see cref="HyphenationCompoundWordTokenFilter"/> with <c>onlyLongestMatch</c>, plus
/// checks that drop parts which cannot be compound members (see <see cref="Decompose(char[], int)"/>).
/// Thread-safe: the grammar and the dictionary are only read. Not cached; see
/// <see cref="DecompoundStemmer"/>.
/// </summary>
internal sealed class GermanDecompounder
{
    /// <summary>
    /// Words shorter than this are not decompounded: a compound of two parts of at least 4
    /// letters has 8 or more, and skipping hyphenation for shorter words saves most of its cost
    /// (Lucene's filter uses 5). The price: 7-letter words ending in a short noun ("nordsee",
    /// "rückzug"; 21 of the 33,601 corpus words) are not split.
    /// </summary>
    public const int DefaultMinWordSize = 8;

    /// <summary>Subwords shorter than this are not emitted.</summary>
    public const int DefaultMinSubwordSize = 4;

    /// <summary>Subwords longer than this are not emitted.</summary>
    public const int DefaultMaxSubwordSize = 15;

    private const string ResourcePrefix = "Search.Core.Analysis.Data.";

    private static readonly string[] LinkingElements = ["s", "es", "n", "en", "e", "er", "ens", "ns", "nen"];

    private static readonly string[] InflectionEndings = ["e", "n", "en", "s", "es", "er", "ern", "ens", "ns", "nen", "em", "in"];

    // Three-letter nouns of the raw dictionary that end compounds ("partei|tag", "kanzler|amt").
    // They are too short to be emitted as parts, but they show that the part before them is a
    // compound member. Affix-like entries (ein, mit, vor, bar, los, mal, ion, …) are left out.
    private static readonly string[] FinalShortNouns =
    [
        "alm", "amt", "arm", "art", "axt", "bad", "bau", "box", "bus", "dom", "eck", "eis", "gas",
        "hai", "hof", "hut", "job", "kuh", "kur", "mut", "ohr", "ort", "rad", "rat", "reh", "see",
        "tag", "tal", "tee", "tod", "ton", "tor", "typ", "uhr", "wal", "weg", "wut", "zoo", "zug",
    ];

    // Endings of nouns that take a linking s ("regierung|s|…", "sicherheit|s|…").
    private static readonly string[] LinkingSSuffixes =
        ["ung", "heit", "keit", "schaft", "tion", "tät", "ling", "tum", "ing", "ts", "ds"];

    // Endings that make an unknown stretch after a single known head look like a noun
    // ("steuer|erhöhung"), unlike adjective or verb tails ("euro|päischen", "unter|stützt").
    private static readonly string[] NounSuffixes =
    [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
        "tät", "täten", "ismus", "nis", "nisse", "ling", "linge", "lingen", "ment", "mente",
    ];

    private static readonly Lazy<GermanDecompounder> SharedInstance =
        new(LoadFromResources, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HyphenationTree _hyphenator;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private readonly int _minSubwordSize;
    private readonly int _maxSubwordSize;

    /// <summary>Creates a decompounder.</summary>
    /// <param name="hyphenator">The hyphenation grammar (read as Latin-1).</param>
    /// <param name="dictionary">The subword dictionary, lower-case.</param>
    /// <param name="minWordSize">Words shorter than this are not decompounded.</param>
    /// <param name="minSubwordSize">Subwords shorter than this are not emitted.</param>
    /// <param name="maxSubwordSize">Subwords longer than this are not emitted.</param>
    public GermanDecompounder(
        HyphenationTree hyphenator,
        FrozenSet<string> dictionary,
        int minWordSize = DefaultMinWordSize,
        int minSubwordSize = DefaultMinSubwordSize,
        int maxSubwordSize = DefaultMaxSubwordSize)
    {
        ArgumentNullException.ThrowIfNull(hyphenator);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentOutOfRangeException.ThrowIfNegative(minWordSize);
        ArgumentOutOfRangeException.ThrowIfNegative(minSubwordSize);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSubwordSize);
        _hyphenator = hyphenator;
        _dictionary = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        MinWordSize = minWordSize;
        _minSubwordSize = minSubwordSize;
        _maxSubwordSize = maxSubwordSize;
    }

    /// <summary>
    /// The process-wide instance built from the embedded grammar and the cleaned dictionary,
    /// loaded once on first use.
    /// </summary>
    public static GermanDecompounder Shared => SharedInstance.Value;

    /// <summary>Words shorter than this are not decompounded.</summary>
    public int MinWordSize { get; }

    /// <summary>Loads the hyphenation grammar embedded in this assembly, read as Latin-1.</summary>
    /// <returns>The grammar.</returns>
    public static HyphenationTree LoadEmbeddedHyphenationTree()
    {
        using var stream = OpenResource("de_DR.xml");
        return HyphenationCompoundWordTokenFilter.GetHyphenationTree(stream, Encoding.Latin1);
    }

    /// <summary>Loads the embedded subword dictionary and cleans it (see <see cref="DecompounderDictionary"/>).</summary>
    /// <returns>The cleaned dictionary.</returns>
    public static FrozenSet<string> LoadEmbeddedDictionary()
    {
        using var stream = OpenResource("dictionary-de.txt");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return DecompounderDictionary.ReadAndClean(reader).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Returns the subwords of a lower-cased word, without the word itself; empty when the word is
    /// no compound or shorter than <see cref="MinWordSize"/>.
    /// </summary>
    /// <remarks>
    /// Candidates are the longest dictionary match at each hyphenation point, as in Lucene. Then,
    /// left to right, a candidate is dropped when it overlaps the previous kept part
    /// ("fleisch|schub|überwachung"), or when the stretch of the word before it is 1 to 3 letters
    /// that are not a linking element (s, es, n, en, e, er, ens, ns, nen): an "an", "be", "ge",
    /// "ver", "sol" in front is a prefix or syllable, not a word ("angaben" is not "gaben",
    /// "soldaten" not "daten", "entscheidung" not "scheidung"). A last part is dropped when 1 to 3
    /// letters other than an inflection ending follow it ("starben" is not "star"). Stretches of 4
    /// or more unknown letters are accepted as unknown compound members between or around
    /// several parts, and a short noun may end the word ("partei|tag"). A single part alone is
    /// kept only when a linking s separates it from an unknown stretch ("sondierungs|gespräche",
    /// "regierungs|sprecherin"), before a short final noun or "in" ("partei|tag",
    /// "bürgermeister|in"), or before an unknown rest with a noun suffix ("steuer|erhöhung"); not
    /// in "deutsch|land", "euro|päischen" or "viel|e".
    /// </remarks>
    /// <param name="buffer">Buffer holding the word (a term attribute's buffer).</param>
    /// <param name="length">Length of the word, starting at index 0.</param>
    /// <returns>The subwords, in order of their start; the array must not be modified.</returns>
    public string[] Decompose(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return length < MinWordSize ? [] : Compute(buffer, length);
    }

    /// <summary>Convenience overload of <see cref="Decompose(char[], int)"/> for a string.</summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The subwords.</returns>
    public string[] Decompose(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Decompose(word.ToCharArray(), word.Length);
    }

    /// <summary>
    /// The places where the hyphenation grammar allows a break in a lower-cased word, from 0 to its length: the
    /// candidate borders of compound parts.
    /// </summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The break points in ascending order, always with 0 and the word's length.</returns>
    public int[] HyphenationPoints(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var points = _hyphenator.Hyphenate(word.ToCharArray(), 0, word.Length, 1, 1)?.HyphenationPoints ?? [];
        return [.. points.Append(0).Append(word.Length).Where(p => p >= 0 && p <= word.Length).Distinct().Order()];
    }

    private static GermanDecompounder LoadFromResources() =>
        new(LoadEmbeddedHyphenationTree(), LoadEmbeddedDictionary());

    private static Stream OpenResource(string name) =>
        typeof(GermanDecompounder).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix + name} is missing.");

    // Candidates: the algorithm of HyphenationCompoundWordTokenFilter.Decompose with
    // onlyLongestMatch = true, except that a subword equal to the whole word is not emitted
    // (LUCENE-8183 duplicates). Then SelectParts drops implausible parts.
    private string[] Compute(char[] buffer, int length)
    {
        var hyphenation = _hyphenator.Hyphenate(buffer, 0, length, 1, 1);
        if (hyphenation is null)
        {
            return [];
        }

        int[] points = hyphenation.HyphenationPoints;
        List<(int Start, int Length)>? candidates = null;
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

                if (_dictionary.Contains(new ReadOnlySpan<char>(buffer, start, partLength)))
                {
                    bestLength = Math.Max(bestLength, partLength);
                }
                else if (partLength > _minSubwordSize && _dictionary.Contains(new ReadOnlySpan<char>(buffer, start, partLength - 1)))
                {
                    // genitive s and other linking characters; unlike Lucene's filter, the shorter
                    // part must still respect the minimum subword size
                    bestLength = Math.Max(bestLength, partLength - 1);
                }
            }

            if (bestLength > 0 && !(start == 0 && bestLength == length))
            {
                (candidates ??= []).Add((start, bestLength));
            }
        }

        return candidates is null ? [] : SelectParts(buffer, length, candidates);
    }

    private static string[] SelectParts(char[] buffer, int length, List<(int Start, int Length)> candidates)
    {
        var kept = new List<(int Start, int Length)>(candidates.Count);
        int end = 0;
        foreach (var (start, partLength) in candidates)
        {
            if (start < end)
            {
                continue; // overlaps the previous part
            }

            int gap = start - end;
            if (gap is > 0 and < 4 && !(kept.Count > 0 && IsOneOf(buffer, end, gap, LinkingElements)))
            {
                continue;
            }

            kept.Add((start, partLength));
            end = start + partLength;
        }

        while (kept.Count > 0)
        {
            var (start, partLength) = kept[^1];
            int tail = length - (start + partLength);
            if (tail is 0 or >= 4
                || IsOneOf(buffer, start + partLength, tail, InflectionEndings)
                || IsOneOf(buffer, start + partLength, tail, FinalShortNouns))
            {
                break;
            }

            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count == 1 && !IsPlausibleSinglePart(buffer, length, kept[0].Start, kept[0].Length))
        {
            return [];
        }

        var parts = new string[kept.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = new string(buffer, kept[i].Start, kept[i].Length);
        }

        return parts;
    }

    // One dictionary part alone is weak evidence of a compound: "viele" (viel + e) is an inflected
    // word, "europäischen" (euro + päischen) and "deutschland" (deutsch + land) are no compounds of
    // the part. Accept it when a linking s separates it from an unknown stretch of 4 or more
    // letters ("sondierungs|gespräche", "regierungs|sprecherin"), when a short noun ends the word
    // ("partei|tag"), when the word is its feminine form ("bürgermeister|in"), or when an unknown
    // rest looks like a noun ("steuer|erhöhung").
    private static bool IsPlausibleSinglePart(char[] buffer, int length, int start, int partLength)
    {
        int end = start + partLength;
        int tail = length - end;
        if (start >= 4)
        {
            return buffer[start - 1] == 's' && tail < 4;
        }

        if (start != 0 || tail == 0)
        {
            return false;
        }

        var rest = new ReadOnlySpan<char>(buffer, end, tail);
        if (tail < 4)
        {
            return rest.SequenceEqual("in") || IsOneOf(buffer, end, tail, FinalShortNouns);
        }

        if (buffer[end - 1] == 's' || (buffer[end] == 's' && EndsWithAny(buffer, end, LinkingSSuffixes)))
        {
            return true; // "bundes|kanzlerin", "regierung|s|sprecherin", but not "unter|stützt"
        }

        foreach (var suffix in NounSuffixes)
        {
            if (rest.EndsWith(suffix, StringComparison.Ordinal) && tail >= suffix.Length + 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(char[] buffer, int end, string[] suffixes)
    {
        var text = new ReadOnlySpan<char>(buffer, 0, end);
        foreach (var suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(char[] buffer, int start, int length, string[] options)
    {
        var text = new ReadOnlySpan<char>(buffer, start, length);
        foreach (var option in options)
        {
            if (text.SequenceEqual(option))
            {
                return true;
            }
        }

        return false;
    }
}
