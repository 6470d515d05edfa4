using Search.Core.Entities.Lexicon;

namespace Search.Core.Entities.Tagging;

/// <summary>
/// Per-token values of a token sequence that the features need, computed once per token.
/// Holds a text, its tokens and their hashes and gazetteer flags; reused between calls.
/// </summary>
internal sealed class TaggedSentence
{
    private ulong[] _lower = new ulong[256];
    private ulong[] _shape = new ulong[256];
    private GazetteerFlags[] _flags = new GazetteerFlags[256];
    private int[] _tags = new int[256];
    private ushort[] _cluster = new ushort[256];
    private int[] _word = new int[256];

    /// <summary>The text the tokens point into.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The tokens.</summary>
    public List<EntityToken> Tokens { get; } = [];

    /// <summary>Lower-cased word hash per token.</summary>
    public ulong[] Lower => _lower;

    /// <summary>Shape hash per token.</summary>
    public ulong[] Shape => _shape;

    /// <summary>Gazetteer flags per token, including phrase positions.</summary>
    public GazetteerFlags[] Flags => _flags;

    /// <summary>Word cluster per token (0: unknown word).</summary>
    public ushort[] Cluster => _cluster;

    /// <summary>The id of each token's word in <see cref="Facts"/>.</summary>
    public int[] Words => _word;

    /// <summary>The facts of the words, for the word lists and clusters of the last load.</summary>
    public WordFacts? Facts { get; private set; }

    /// <summary>The word lists the flags came from.</summary>
    public Gazetteer? Lists => Facts?.Lists;

    /// <summary>Predicted (or gold) tag per token.</summary>
    public int[] Tags => _tags;

    /// <summary>Tokenizes <paramref name="text"/> and computes the per-token values.</summary>
    /// <param name="text">The text.</param>
    /// <param name="gazetteer">The word lists.</param>
    /// <param name="clusters">The word clusters; null for the embedded ones.</param>
    public void Load(string text, Gazetteer gazetteer, WordClusters? clusters = null)
    {
        Text = text;
        Tokens.Clear();
        EntityTokenizer.Tokenize(text, Tokens);
        Prepare(gazetteer, clusters ?? EmbeddedClusters.Value);
    }

    /// <summary>Uses pre-tokenized words (training data), joined by spaces.</summary>
    /// <param name="words">The words.</param>
    /// <param name="gazetteer">The word lists.</param>
    /// <param name="clusters">The word clusters; null for the embedded ones.</param>
    public void LoadTokens(IReadOnlyList<string> words, Gazetteer gazetteer, WordClusters? clusters = null)
    {
        Text = string.Join(' ', words);
        Tokens.Clear();
        var pos = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var c = w.Length > 0 ? w[0] : ' ';
            var shape = char.IsUpper(c) ? TokenShape.Capitalized : char.IsDigit(c) ? TokenShape.Number : char.IsLetter(c) ? TokenShape.Lower : TokenShape.Punctuation;
            var sentenceStart = i == 0 || (i > 0 && words[i - 1] is "." or "!" or "?" or ":" or "«" or "»" or "\"" or "„" or "“");
            Tokens.Add(new EntityToken(pos, w.Length, shape, sentenceStart));
            pos += w.Length + 1;
        }

        Prepare(gazetteer, clusters ?? EmbeddedClusters.Value);
    }

    /// <summary>The word clusters embedded in Search.Core (empty when the resource is missing).</summary>
    public static readonly Lazy<WordClusters> EmbeddedClusters = new(LoadClusters, LazyThreadSafetyMode.ExecutionAndPublication);

    private static WordClusters LoadClusters()
    {
        using var stream = Gazetteer.OpenResource("word-clusters.txt");
        if (stream is null)
        {
            return WordClusters.Empty;
        }

        using var reader = new StreamReader(stream);
        return WordClusters.Read(reader);
    }

    private void Prepare(Gazetteer gazetteer, WordClusters clusters)
    {
        var facts = Facts = WordFacts.For(gazetteer, clusters);
        var n = Tokens.Count;
        if (_lower.Length < n)
        {
            var size = Math.Max(n, _lower.Length * 2);
            _lower = new ulong[size];
            _shape = new ulong[size];
            _flags = new GazetteerFlags[size];
            _tags = new int[size];
            _cluster = new ushort[size];
            _word = new int[size];
        }

        var text = Text;
        for (var i = 0; i < n; i++)
        {
            var token = Tokens[i];
            var id = _word[i] = facts.IdOf(token.Of(text), token.Shape);
            ref readonly var fact = ref facts[id];
            _lower[i] = fact.Lower;
            _shape[i] = fact.Shape;
            _flags[i] = fact.Flags;
            _tags[i] = EntityTag.O;
            _cluster[i] = fact.Cluster;
        }

        // Multi-token phrases: mark begin and inside positions of the longest match.
        for (var i = 0; i < n; i++)
        {
            var phrases = facts[_word[i]].Phrases; // capitalised words only
            if (phrases is null)
            {
                continue;
            }

            foreach (var p in phrases)
            {
                if (i + p.Tokens.Length > n || !Matches(p, i))
                {
                    continue;
                }

                var location = (p.Kind & (GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City)) != 0;
                _flags[i] |= location ? GazetteerFlags.LocationPhraseBegin : GazetteerFlags.ActorPhraseBegin;
                for (var k = 1; k < p.Tokens.Length; k++)
                {
                    _flags[i + k] |= location ? GazetteerFlags.LocationPhraseInside : GazetteerFlags.ActorPhraseInside;
                }

                i += p.Tokens.Length - 1;
                break;
            }
        }
    }

    /// <summary>Whether phrase <paramref name="p"/> matches the tokens from <paramref name="i"/> on.</summary>
    public bool Matches(GazetteerPhrase p, int i)
    {
        for (var k = 0; k < p.Tokens.Length; k++)
        {
            if (!Tokens[i + k].Of(Text).SequenceEqual(p.Tokens[k]))
            {
                // the last token may carry a genitive s
                if (!(k == p.Tokens.Length - 1 && Tokens[i + k].Length == p.Tokens[k].Length + 1
                    && Tokens[i + k].Of(Text).StartsWith(p.Tokens[k]) && Text[Tokens[i + k].End - 1] == 's'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
