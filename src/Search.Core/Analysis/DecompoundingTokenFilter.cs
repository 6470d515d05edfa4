using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Emits each token unchanged and then its compound parts from a <see cref="GermanDecompounder"/>
/// (which caches the decomposition per word). The parts have position increment 0 and the
/// offsets of the whole word, as with Lucene's <c>HyphenationCompoundWordTokenFilter</c>.
/// Tokens marked as keywords are not decompounded. Expects lower-cased input.
/// </summary>
internal sealed class DecompoundingTokenFilter : TokenFilter
{
    private readonly GermanDecompounder _decompounder;
    private readonly ICharTermAttribute _termAtt;
    private readonly IPositionIncrementAttribute _posIncAtt;
    private readonly IKeywordAttribute _keywordAtt;
    private string[] _pending = [];
    private int _nextPending;
    private State? _wordState;

    /// <summary>Creates the filter.</summary>
    /// <param name="input">The lower-cased token stream.</param>
    /// <param name="decompounder">The decompounder, usually <see cref="GermanDecompounder.Shared"/>.</param>
    public DecompoundingTokenFilter(TokenStream input, GermanDecompounder decompounder)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(decompounder);
        _decompounder = decompounder;
        _termAtt = AddAttribute<ICharTermAttribute>();
        _posIncAtt = AddAttribute<IPositionIncrementAttribute>();
        _keywordAtt = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_nextPending < _pending.Length)
        {
            RestoreState(_wordState);
            var part = _pending[_nextPending++];
            _termAtt.SetEmpty().Append(part);
            _posIncAtt.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        _nextPending = 0;
        _pending = _keywordAtt.IsKeyword || _termAtt.Length < _decompounder.MinWordSize
            ? []
            : _decompounder.Decompose(_termAtt.Buffer, _termAtt.Length);
        _wordState = _pending.Length > 0 ? CaptureState() : null;
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _nextPending = 0;
        _wordState = null;
    }
}
