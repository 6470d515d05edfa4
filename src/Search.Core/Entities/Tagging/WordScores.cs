namespace Search.Core.Entities.Tagging;

/// <summary>
/// Integer tag scores per distinct word of the features that depend on one word alone: its own word features
/// (<see cref="TagFeatures.ExtractWord"/>), what it is at a place inside a sentence, and what it contributes as a
/// neighbour of another token (one and two places before and after, its ending as the word before; see
/// <see cref="TagFeatures.ExtractContext"/>). A word seen before costs one array read instead of a hashed model read
/// per feature, and most tokens of a news text are words it has used before. Kept per word of a
/// <see cref="WordFacts"/> (which bounds their number) and valid for one model; one instance per thread.
/// </summary>
internal sealed class WordScores
{
    /// <summary>Row of the word's own features.</summary>
    public const int Own = 0;

    /// <summary>Row of the word's ending as the token before (zero for words under four characters).</summary>
    public const int EndingAsPrevious = 5;

    /// <summary>Row of the word at a place inside a sentence (<see cref="TagFeatures.Standing"/>).</summary>
    public const int StandingInside = 6;

    /// <summary>Row of the word's own list flags (<see cref="TagFeatures.Listed"/>), valid where no phrase covers it.</summary>
    public const int Listed = 7;

    /// <summary>Integers per word: eight rows of <see cref="EntityTag.Count"/> (rows 1–4: the word at neighbour place 1–4).</summary>
    public const int Stride = 8 * C;

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
        Span<ulong> features = stackalloc ulong[2];
        for (var place = TagFeatures.Previous; place <= TagFeatures.SecondNext; place++)
        {
            _model.Score(features[..TagFeatures.NeighbourWord(place, TagFeatures.Boundary, TagFeatures.BoundaryCluster, features)], sums.Slice(place * C, C));
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
        var lower = s.Lower[i];
        var own = s.Facts!.OwnFlags(id);
        for (var place = TagFeatures.Previous; place <= TagFeatures.SecondNext; place++)
        {
            var n = TagFeatures.NeighbourWord(place, lower, s.Cluster[i], features);
            n += TagFeatures.NeighbourFlags(place, own, features[n..]);
            _model.Score(features[..n], sums.Slice(place * C, C));
        }

        _model.Score(features[..TagFeatures.Ending(s, i, features)], sums.Slice(EndingAsPrevious * C, C));
        features[0] = TagFeatures.Standing(lower, TagFeatures.PositionInside(s.Tokens[i].Shape));
        _model.Score(features[..1], sums.Slice(StandingInside * C, C));
        features[0] = TagFeatures.Listed(own);
        _model.Score(features[..1], sums.Slice(Listed * C, C));
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
