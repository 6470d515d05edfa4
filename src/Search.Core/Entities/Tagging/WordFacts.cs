using Search.Core.Entities.Lexicon;

namespace Search.Core.Entities.Tagging;

/// <summary>
/// What the tagger reads of a distinct word, once per word and thread: its lower-cased and shape hashes, its own list
/// flags, its cluster and the list phrases that start with it. A token of a word seen before costs one hash of its
/// characters and one look-up, where the lists and clusters would cost four. Valid for one word-list set and cluster
/// set; emptied (a new instance) when it grows past a bound.
/// </summary>
internal sealed class WordFacts
{
    private const int MaxWords = 1 << 16;

    [ThreadStatic]
    private static WordFacts? t_current;

    private readonly Dictionary<ulong, int> _ids = [];
    private Fact[] _facts = new Fact[1024];

    private WordFacts(Gazetteer lists, WordClusters clusters)
    {
        Lists = lists;
        Clusters = clusters;
    }

    /// <summary>The word lists the flags come from.</summary>
    public Gazetteer Lists { get; }

    /// <summary>The clusters.</summary>
    public WordClusters Clusters { get; }

    /// <summary>Number of words known.</summary>
    public int Count { get; private set; }

    /// <summary>The calling thread's facts for these lists and clusters.</summary>
    public static WordFacts For(Gazetteer lists, WordClusters clusters)
    {
        var current = t_current;
        if (current is null || current.Lists != lists || current.Clusters != clusters || current.Count >= MaxWords)
        {
            t_current = current = new WordFacts(lists, clusters);
        }

        return current;
    }

    /// <summary>The facts of word <paramref name="id"/>.</summary>
    public ref readonly Fact this[int id] => ref _facts[id];

    /// <summary>The list flags of word <paramref name="id"/> without phrase positions: those a token of it always has.</summary>
    public GazetteerFlags OwnFlags(int id) => _facts[id].Flags & ~TagFeatures.PhraseFlags;

    /// <summary>The id of the word of a token (its characters and shape), computing its facts on first sight.</summary>
    public int IdOf(ReadOnlySpan<char> word, TokenShape shape)
    {
        var key = Hash(word, shape);
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        id = Count++;
        if (id == _facts.Length)
        {
            Array.Resize(ref _facts, _facts.Length * 2);
        }

        var lower = FeatureHash.Lower(word);
        _facts[id] = new Fact(
            lower,
            FeatureHash.Shape(word),
            shape == TokenShape.Punctuation ? GazetteerFlags.None : Lists.FlagsUncached(word),
            Clusters.Of(lower),
            shape == TokenShape.Capitalized ? Lists.PhrasesStartingWith(word) : null);
        _ids[key] = id;
        return id;
    }

    /// <summary>64-bit FNV-1a of the shape (as a step of its own, above every character) and the exact characters.</summary>
    private static ulong Hash(ReadOnlySpan<char> chars, TokenShape shape)
    {
        var h = (14695981039346656037UL ^ (0x10000UL + (ulong)shape)) * 1099511628211UL;
        foreach (var c in chars)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h ^ (ulong)chars.Length;
    }

    /// <summary>The facts of one word.</summary>
    /// <param name="Lower">Hash of the lower-cased word.</param>
    /// <param name="Shape">Hash of the word's shape.</param>
    /// <param name="Flags">The word's own list flags (no phrase positions).</param>
    /// <param name="Cluster">Its cluster, 0 for none.</param>
    /// <param name="Phrases">The list phrases that start with it (capitalised words only), longest first, or null.</param>
    public readonly record struct Fact(ulong Lower, ulong Shape, GazetteerFlags Flags, ushort Cluster, List<GazetteerPhrase>? Phrases);
}
