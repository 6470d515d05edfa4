using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Index-side German filter, equivalent to the chain decompounder → GermanNormalizationFilter →
/// GermanLightStemFilter → RemoveDuplicatesTokenFilter. Each token is replaced by its normalised
/// stem (computed in place, as cheap as the two Lucene filters), followed by the stems of its
/// compound parts with position increment 0 and the offsets of the whole word (all attributes
/// other than the term and the position increment stay those of the word). The part stems of
/// long words come from <see cref="DecompoundStemmer"/>'s per-word cache. Expects lower-cased
/// input. Tokens marked as keywords pass through unchanged.
/// </summary>
internal sealed class DecompoundStemFilter : TokenFilter
{
    private readonly DecompoundStemmer _stemmer;
    private readonly ICharTermAttribute _termAtt;
    private readonly IPositionIncrementAttribute _posIncAtt;
    private readonly IKeywordAttribute _keywordAtt;
    private CompoundParts _parts;
    private int _next;
    private char[] _scratch = new char[64];

    /// <summary>Creates the filter.</summary>
    /// <param name="input">The lower-cased token stream (stopwords already removed).</param>
    /// <param name="stemmer">The stemmer, usually <see cref="DecompoundStemmer.Shared"/>.</param>
    public DecompoundStemFilter(TokenStream input, DecompoundStemmer stemmer)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        _stemmer = stemmer;
        _termAtt = AddAttribute<ICharTermAttribute>();
        _posIncAtt = AddAttribute<IPositionIncrementAttribute>();
        _keywordAtt = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next < _parts.Count)
        {
            // The other attributes still hold the compound's values: nothing consumed the input since.
            var part = _parts[_next++];
            part.CopyTo(_termAtt.ResizeBuffer(part.Length));
            _termAtt.Length = part.Length;
            _posIncAtt.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        _next = 0;
        if (_keywordAtt.IsKeyword)
        {
            _parts = default;
            return true;
        }

        var buffer = _termAtt.Buffer;
        int length = _termAtt.Length;
        _parts = _stemmer.PartStems(buffer, length);
        if (_scratch.Length < length * 2)
        {
            _scratch = new char[length * 2];
        }

        int stemLength = DecompoundStemmer.NormalizeAndStem(new ReadOnlySpan<char>(buffer, 0, length), _scratch);
        _termAtt.CopyBuffer(_scratch, 0, stemLength);
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _parts = default;
        _next = 0;
    }
}
