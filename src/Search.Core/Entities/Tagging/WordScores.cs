namespace Search.Core.Entities.Tagging;

/// <summary>
/// Integer tag scores per distinct word of the features that depend on one word alone: its own word features
/// (<see cref="TagFeatures.ExtractWord"/>) and what it contributes as a neighbour of another token
/// (<see cref="TagFeatures.ExtractNeighbourWords"/>: one and two places before and after, and its ending as the word
/// before). A word seen before costs one array read instead of a hashed model read per feature, and most tokens of
/// a news text are words it has used before. Kept per word of a <see cref="WordFacts"/> (which bounds their number)
/// and valid for one model; one instance per thread.
/// </summary>
internal sealed class WordScores
{
    /// <summary>Row of the word's own features.</summary>
    public const int Own = 0;

    /// <summary>Row of the word as the token before (template 30).</summary>
    public const int AsPrevious = 1;

    /// <summary>Row of the word as the token after (template 31).</summary>
    public const int AsNext = 2;

    /// <summary>Row of the word two tokens before (template 32).</summary>
    public const int AsSecondPrevious = 3;

    /// <summary>Row of the word two tokens after (template 33).</summary>
    public const int AsSecondNext = 4;

    /// <summary>Row of the word's ending as the token before (template 41; zero for words under four characters).</summary>
    public const int EndingAsPrevious = 5;

    /// <summary>Integers per word: six rows of <see cref="EntityTag.Count"/>.</summary>
    public const int Stride = 6 * C;

    private const int C = EntityTag.Count;

    [ThreadStatic]
    private static WordScores? t_current;

    private readonly TaggerModel _model;
    private readonly WordFacts? _facts;
    private int[] _rowsOf = new int[1024]; // per word id: the start of its rows + 1 (0: not scored yet)
    private int[] _sums = new int[1024 * Stride];
    private int _count;

    private WordScores(TaggerModel model, WordFacts? facts)
    {
        _model = model;
        _facts = facts;
        Boundary = Add(out var sums);
        Span<ulong> features = stackalloc ulong[1];
        for (var place = AsPrevious; place <= AsSecondNext; place++)
        {
            features[0] = TagFeatures.NeighbourWord(place, TagFeatures.Boundary);
            _model.Score(features, sums.Slice(place * C, C));
        }
    }

    /// <summary>The start of the rows of the sentence boundary, which stands in for a neighbour outside the sentence.</summary>
    public int Boundary { get; }

    /// <summary>All rows; a word's rows start at the offset <see cref="RowsOf"/> returned.</summary>
    public ReadOnlySpan<int> Sums => _sums.AsSpan(0, _count * Stride);

    /// <summary>The calling thread's cache for this model and the sentence's word facts.</summary>
    public static WordScores For(TaggerModel model, TaggedSentence s)
    {
        var current = t_current;
        if (current is null || current._model != model || current._facts != s.Facts)
        {
            t_current = current = new WordScores(model, s.Facts);
        }

        return current;
    }

    /// <summary>The start of the rows of token <paramref name="i"/>'s word in <see cref="Sums"/>, computed on first sight.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="i">The token.</param>
    /// <param name="features">A work buffer of <see cref="TagFeatures.Max"/> features.</param>
    public int RowsOf(TaggedSentence s, int i, Span<ulong> features)
    {
        var id = s.Words[i];
        if (id < _rowsOf.Length && _rowsOf[id] != 0)
        {
            return _rowsOf[id] - 1;
        }

        if (id >= _rowsOf.Length)
        {
            Array.Resize(ref _rowsOf, Math.Max(id + 1, _rowsOf.Length * 2));
        }

        var start = Add(out var sums);
        _model.Score(features[..TagFeatures.ExtractWord(s, i, features)], sums[..C]);
        for (var place = AsPrevious; place <= EndingAsPrevious; place++)
        {
            _model.Score(features[..TagFeatures.ExtractNeighbourWord(s, i, place, features)], sums.Slice(place * C, C));
        }

        _rowsOf[id] = start + 1;
        return start;
    }

    private int Add(out Span<int> sums)
    {
        var start = _count * Stride;
        if (start + Stride > _sums.Length)
        {
            Array.Resize(ref _sums, _sums.Length * 2);
        }

        _count++;
        sums = _sums.AsSpan(start, Stride);
        sums.Clear();
        return start;
    }
}
