using Search.Core.Entities.Lexicon;

namespace Search.Core.Entities.Tagging;

/// <summary>
/// The summed weights of the word features (<see cref="TagFeatures.ExtractWord"/>) per distinct word, so that a word
/// seen before costs only its context features: most tokens of a news text are words it has used before. Valid for
/// one model, word-list set and cluster set; one instance per thread, emptied when it grows past a bound.
/// </summary>
internal sealed class WordScores
{
    private const int MaxWords = 1 << 16;
    private const int C = EntityTag.Count;

    [ThreadStatic]
    private static WordScores? t_current;

    private readonly Dictionary<ulong, int> _rows = [];
    private readonly TaggerModel _model;
    private readonly Gazetteer? _lists;
    private readonly WordClusters? _clusters;
    private float[] _weights = new float[1024 * C];

    private WordScores(TaggerModel model, Gazetteer? lists, WordClusters? clusters)
    {
        _model = model;
        _lists = lists;
        _clusters = clusters;
    }

    /// <summary>The calling thread's cache for this model and the sentence's lists.</summary>
    public static WordScores For(TaggerModel model, TaggedSentence s)
    {
        var current = t_current;
        if (current is null || current._model != model || current._lists != s.Lists || current._clusters != s.Clusters || current._rows.Count >= MaxWords)
        {
            t_current = current = new WordScores(model, s.Lists, s.Clusters);
        }

        return current;
    }

    /// <summary>Adds the word-feature weights of token <paramref name="i"/> to <paramref name="scores"/>.</summary>
    public void Add(TaggedSentence s, int i, Span<ulong> features, Span<float> scores)
    {
        var key = Hash(s.Tokens[i].Of(s.Text));
        if (!_rows.TryGetValue(key, out var row))
        {
            row = _rows.Count;
            if ((row + 1) * C > _weights.Length)
            {
                Array.Resize(ref _weights, _weights.Length * 2);
            }

            var slice = _weights.AsSpan(row * C, C);
            slice.Clear();
            _model.Score(features[..TagFeatures.ExtractWord(s, i, features)], slice);
            _rows[key] = row;
        }

        var weights = _weights.AsSpan(row * C, C);
        for (var t = 0; t < C; t++)
        {
            scores[t] += weights[t];
        }
    }

    /// <summary>64-bit FNV-1a of the exact characters (case matters: the word features see the shape).</summary>
    private static ulong Hash(ReadOnlySpan<char> chars)
    {
        var h = 14695981039346656037UL;
        foreach (var c in chars)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h ^ (ulong)chars.Length;
    }
}
