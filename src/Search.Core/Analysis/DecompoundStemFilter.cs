using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Index-side German filter, equivalent to the chain decompounder → GermanNormalizationFilter →
/// GermanLightStemFilter → RemoveDuplicatesTokenFilter. Each token is replaced by its normalised
/// stem, followed by the stems of its compound parts with position increment 0 and the offsets
/// of the whole word (all attributes other than the term and the position increment stay those
/// of the word). Words too short to be compounds are stemmed directly, as cheaply as the two
/// Lucene filters do; the terms of longer words come from <see cref="DecompoundStemmer"/>'s
/// per-word cache. Expects lower-cased input. Tokens marked as keywords pass through unchanged.
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
            SetTerm(_parts[_next++]);
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
        if (length >= _stemmer.MinWordSize)
        {
            _parts = _stemmer.Lookup(buffer, length);
            SetTerm(_parts.Stem);
            return true;
        }

        _parts = default;
        if (_scratch.Length < length * 2)
        {
            _scratch = new char[length * 2];
        }

        int stemLength = DecompoundStemmer.NormalizeAndStem(new ReadOnlySpan<char>(buffer, 0, length), _scratch);
        _termAtt.CopyBuffer(_scratch, 0, stemLength);
        return true;
    }

    private void SetTerm(ReadOnlySpan<char> term)
    {
        term.CopyTo(_termAtt.ResizeBuffer(term.Length));
        _termAtt.Length = term.Length;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _parts = default;
        _next = 0;
    }
}
