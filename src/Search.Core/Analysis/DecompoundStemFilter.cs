using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Index-side German filter, equivalent to the chain decompounder → GermanNormalizationFilter →
/// GermanLightStemFilter → RemoveDuplicatesTokenFilter, but memoised per word by
/// <see cref="DecompoundStemmer"/>. Each token is replaced by its normalised stem, followed by
/// the stems of its compound parts with position increment 0 and the offsets of the whole word
/// (all attributes other than the term and the position increment stay those of the word).
/// Expects lower-cased input. Tokens marked as keywords pass through unchanged.
/// </summary>
internal sealed class DecompoundStemFilter : TokenFilter
{
    private readonly DecompoundStemmer _stemmer;
    private readonly ICharTermAttribute _termAtt;
    private readonly IPositionIncrementAttribute _posIncAtt;
    private readonly IKeywordAttribute _keywordAtt;
    private string[] _terms = [];
    private int _next;

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
        if (_next < _terms.Length)
        {
            // The other attributes still hold the compound's values: nothing consumed the input since.
            _termAtt.SetEmpty().Append(_terms[_next++]);
            _posIncAtt.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keywordAtt.IsKeyword)
        {
            _terms = [];
            return true;
        }

        _terms = _stemmer.Analyze(_termAtt.Buffer, _termAtt.Length);
        _termAtt.SetEmpty().Append(_terms[0]);
        _next = 1;
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _terms = [];
        _next = 0;
    }
}
