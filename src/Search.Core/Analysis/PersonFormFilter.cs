using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// The person field's tail: keeps only person nouns, each as its shared masculine/feminine form
/// (<see cref="PersonNouns.TryFold"/>: "Kanzlerin" and "Kanzler" → kanzler), and drops every other word while
/// keeping its position. On the index side a compound also gets its head's form at the same position
/// ("Bundeskanzlerin" → bundeskanzler, kanzler) when the body field's decompounder splits the word there (so
/// "Flugzeuge" gets no "Zeuge", "Thüringer" no "Ringer"); the query side keeps the compound whole. Expects
/// lower-cased words (see <see cref="GermanAnalyzers.WithTail"/>).
/// </summary>
internal sealed class PersonFormFilter : TokenFilter
{
    private readonly PersonNouns _nouns;
    private readonly bool _withHeads;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private string? _pendingHead;
    private string? _lastKey;
    private char[] _scratch = new char[64];

    /// <summary>Creates the filter.</summary>
    /// <param name="input">Lower-cased words.</param>
    /// <param name="nouns">The lexicon, usually <see cref="PersonNouns.Shared"/>.</param>
    /// <param name="withHeads">True on the index side: compounds also give their head's form.</param>
    public PersonFormFilter(TokenStream input, PersonNouns nouns, bool withHeads)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        _nouns = nouns;
        _withHeads = withHeads;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pendingHead is not null)
        {
            _term.SetEmpty().Append(_pendingHead);
            _increment.PositionIncrement = 0;
            _pendingHead = null;
            return true;
        }

        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var increment = _increment.PositionIncrement;
            if (_nouns.TryFold(new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length), out var key, out var head, out var headStart)
                && !(increment == 0 && skipped == 0 && key == _lastKey))
            {
                // Stacked forms ("Lehrer*innen" is lehrer and lehrerinnen) give one shared form.
                _pendingHead = _withHeads && head is not null && SplitsAt(headStart) ? head : null;
                _term.SetEmpty().Append(key);
                _increment.PositionIncrement = increment + skipped;
                _lastKey = key;
                return true;
            }

            skipped += increment;
        }

        _increment.PositionIncrement = skipped;
        return false;
    }

    /// <summary>Whether the body's decompounder splits the current word into parts of which one starts at <paramref name="start"/>.</summary>
    private bool SplitsAt(int start)
    {
        var stemmer = DecompoundStemmer.Shared;
        var length = _term.Length;
        if (length < stemmer.MinWordSize)
        {
            return false;
        }

        var parts = stemmer.Lookup(_term.Buffer, length);
        if (parts.Count == 0)
        {
            return false;
        }

        var tail = new ReadOnlySpan<char>(_term.Buffer, start, length - start);
        if (_scratch.Length < tail.Length * 2)
        {
            _scratch = new char[tail.Length * 2];
        }

        var stem = new ReadOnlySpan<char>(_scratch, 0, DecompoundStemmer.NormalizeAndStem(tail, _scratch));
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].SequenceEqual(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override void End()
    {
        var skipped = _increment.PositionIncrement;
        base.End();
        _increment.PositionIncrement += skipped;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pendingHead = null;
        _lastKey = null;
    }
}
