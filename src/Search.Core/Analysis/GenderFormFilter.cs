using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Reads a gender-inclusive spelling as the pair it stands for: "Lehrer*innen" (tokenized as "Lehrer_innen", see
/// <see cref="GenderMarkCharFilter"/>), "Lehrer:in", "Lehrer_innen", "Lehrer/-innen", "Lehrer(innen)" and the inner
/// capital "LehrerInnen" become the masculine form "Lehrer" followed, at the same position, by the feminine form
/// "Lehrerinnen" (or "Lehrerin" for the singular). Both keep the offsets of the whole written form, so a highlight
/// covers all of it. Runs before lower-casing, because the inner capital I is the marker there; an inner-I form
/// counts only when its stem is a known person noun (<see cref="PersonNouns"/>), so "LinkedIn" stays a name, and a
/// marked form only when it is a noun (capitalised) or its stem a known person noun ("lehrer*innen").
/// </summary>
internal sealed class GenderFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private string? _pending;
    private int _pendingStart = -1;
    private int _pendingEnd;

    /// <summary>Creates the filter.</summary>
    /// <param name="input">Tokens in their written case.</param>
    public GenderFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            _term.SetEmpty().Append(_pending);
            if (_pendingStart >= 0)
            {
                // the second word of a joined form that is no gender form ("ab*in")
                _offset.SetOffset(_pendingStart, _pendingEnd);
                _increment.PositionIncrement = 1;
            }
            else
            {
                _increment.PositionIncrement = 0;
            }

            _pending = null;
            _pendingStart = -1;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length);
        if (Split(word, out var stemLength, out var ending))
        {
            _pending = string.Concat(word[..stemLength], ending);
            _term.Length = stemLength;
        }
        else if (word.IndexOf('_') is var marker and > 0 && !word[marker..].Trim('_').IsEmpty)
        {
            // Joined by the char filter but no gender form after all: the two words as they were written.
            var rest = word[marker..];
            var skip = rest.Length - rest.TrimStart('_').Length;
            var second = rest.Trim('_');
            var start = _offset.StartOffset;
            _pending = new string(second);
            _pendingStart = start + marker + skip;
            _pendingEnd = _pendingStart + second.Length;
            _term.Length = marker;
            _offset.SetOffset(start, start + marker);
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a gender-inclusive form, with the length of its masculine stem and its
    /// feminine ending ("in" or "innen").
    /// </summary>
    /// <param name="word">A token in its written case ("Lehrer_innen", "LehrerInnen").</param>
    /// <param name="stemLength">The length of the stem ("Lehrer").</param>
    /// <param name="ending">"in" or "innen".</param>
    /// <returns>True for a gender-inclusive form.</returns>
    public static bool Split(ReadOnlySpan<char> word, out int stemLength, out string ending)
    {
        stemLength = 0;
        ending = "";
        if (word.Length < 4 || word[^1] is not ('n' or '_'))
        {
            return false;
        }

        var marker = word.IndexOf('_');
        if (marker >= 2)
        {
            var rest = word[marker..].Trim('_');
            if ((rest.Equals("in", StringComparison.OrdinalIgnoreCase) || rest.Equals("innen", StringComparison.OrdinalIgnoreCase))
                && (char.IsUpper(word[0]) || IsPersonStem(word[..marker])))
            {
                stemLength = marker;
                ending = rest.Length == 2 ? "in" : "innen";
                return true;
            }

            return false;
        }

        var plural = word.EndsWith("Innen", StringComparison.Ordinal);
        if (!plural && !word.EndsWith("In", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word.Length - (plural ? 5 : 2);
        if (stem < 3 || !char.IsLower(word[stem - 1]) || !char.IsUpper(word[0]) || stem > 64)
        {
            return false;
        }

        if (!IsPersonStem(word[..stem]))
        {
            return false;
        }

        stemLength = stem;
        ending = plural ? "innen" : "in";
        return true;
    }

    /// <summary>Whether the stem followed by "in" is a known feminine person noun.</summary>
    private static bool IsPersonStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[stem.Length + 2];
        stem.ToLowerInvariant(lower);
        "in".CopyTo(lower[stem.Length..]);
        return PersonNouns.Shared.TryFold(lower, out _, out _, out _);
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _pendingStart = -1;
    }
}
