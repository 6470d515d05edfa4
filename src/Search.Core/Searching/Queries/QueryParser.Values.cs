using System.Globalization;
using System.Text;

namespace Search.Core.Searching.Queries;

/// <summary>The query parser: parts and their suffixes, groups, phrases, date values and ranges.</summary>
internal sealed partial class QueryParser
{
    private QueryNode? ParsePrimaryWithSuffixes()
    {
        var node = ParsePrimary();
        if (node is null)
        {
            return null;
        }

        while (!AtEnd && Peek is '^' or '~')
        {
            var at = _pos;
            var modifier = Peek;
            _pos++;
            _syntax = true;
            var number = ReadNumber();
            if (!AtEnd && char.IsLetterOrDigit(Peek))
            {
                // "Berlin^2Regierung": the number runs into a word.
                throw Error(QueryErrorKind.MisplacedModifier, at, _pos - at, modifier.ToString());
            }

            if (modifier == '^')
            {
                node = number is { } boost ? node with { Boost = boost } : throw Error(QueryErrorKind.MisplacedModifier, at, 1, "^");
                continue;
            }

            node = node switch
            {
                WordNode word => new FuzzyNode(word.Text, word.Field, Edits(number, word.Text.Length), word.Start, _pos) { Boost = word.Boost },
                PhraseNode phrase when number is { } slop => phrase with { Slop = (int)Math.Min(slop, 1000) },
                _ => throw Error(QueryErrorKind.MisplacedModifier, at, 1, "~"),
            };
        }

        return node;
    }

    /// <summary>Edits allowed by <c>~N</c>: 2 without a number; Lucene's old similarities below 1 map to 1 or 2.</summary>
    private static int Edits(float? number, int length) => number switch
    {
        null => 2,
        0 => 0, // no edits: the word as it is (Lucene's "0 means exact, not infinite # of edits")
        >= 1 => (int)Math.Min(number.Value, 2),
        _ => Math.Clamp((int)((1 - number.Value) * length), 1, 2),
    };

    private float? ReadNumber()
    {
        var start = _pos;
        while (!AtEnd && (char.IsAsciiDigit(Peek) || Peek == '.'))
        {
            _pos++;
        }

        return _pos > start && float.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private QueryNode? ParsePrimary()
    {
        var start = _pos;
        if (++_parts > MaxParts)
        {
            throw Error(QueryErrorKind.TooComplex, start);
        }

        switch (Peek)
        {
            case '(':
                return ParseGroup();
            case '"':
                return ParsePhrase();
            case '[' or '{':
                return _field == QueryField.Date ? ParseRange()
                    : LooksLikeRange(start) ? throw Error(QueryErrorKind.RangeNotSupported, start)
                    : throw Error(QueryErrorKind.UnexpectedCharacter, start, 1, Peek.ToString());
            case ']' or '}':
                throw Error(QueryErrorKind.UnexpectedCharacter, start, 1, Peek.ToString());
            case '^' or '~':
                throw Error(QueryErrorKind.MisplacedModifier, start, 1, Peek.ToString());
            case ')':
                throw Error(QueryErrorKind.UnmatchedBracket, start);
            default:
                return ParseWord();
        }
    }

    /// <summary>
    /// Whether the bracket at <paramref name="start"/> opens a range (<c>[a TO b]</c>, closed by <c>]</c> or <c>}</c>):
    /// only then is a field other than the date the problem; a stray bracket in pasted text ("Preis [in Euro]") is
    /// just an unexpected character.
    /// </summary>
    private bool LooksLikeRange(int start)
    {
        var close = _text.AsSpan(start + 1).IndexOfAny(']', '}');
        return close >= 0 && _text.AsSpan(start + 1, close).IndexOf(" TO ", StringComparison.Ordinal) >= 0;
    }

    private QueryNode ParseGroup()
    {
        var start = _pos;
        _syntax = true;
        if (++_depth > MaxDepth)
        {
            throw Error(QueryErrorKind.TooComplex, start);
        }

        _pos++;
        var parts = ParseSequence(inGroup: true);
        if (AtEnd)
        {
            throw Error(QueryErrorKind.UnclosedBracket, start);
        }

        _pos++;
        _depth--;
        return parts.Count == 0 ? throw Error(QueryErrorKind.UnexpectedCharacter, start, _pos - start, "()") : Combine(parts, start, _pos);
    }

    private QueryNode ParsePhrase()
    {
        var start = _pos;
        _syntax = true;
        _pos++;
        var sb = new StringBuilder();
        while (!AtEnd && Peek != '"')
        {
            if (Peek == '\\' && _pos + 1 < _text.Length)
            {
                sb.Append(_text[_pos + 1]);
                _pos += 2;
                continue;
            }

            sb.Append(Peek);
            _pos++;
        }

        if (AtEnd)
        {
            throw Error(QueryErrorKind.UnclosedQuote, start);
        }

        _pos++;
        var content = sb.ToString();
        if (string.IsNullOrWhiteSpace(content))
        {
            throw Error(QueryErrorKind.EmptyPhrase, start, _pos - start);
        }

        return _field == QueryField.Date ? DateNode(content.Trim(), start, _pos) : new PhraseNode(content, _field, 0, start, _pos);
    }

    private QueryNode ParseRange()
    {
        var start = _pos;
        var inclusiveLower = Peek == '[';
        _pos++;
        SkipWhitespace();
        var (lower, lowerStart) = ReadBound();
        SkipWhitespace();
        if (!(KeywordAt("TO") || KeywordAt("to") || KeywordAt("BIS") || KeywordAt("bis")))
        {
            throw Error(QueryErrorKind.InvalidRange, start, RangeLength(start), RangeText(start));
        }

        _pos += _text[_pos] is 'B' or 'b' ? 3 : 2;
        SkipWhitespace();
        var (upper, upperStart) = ReadBound();
        SkipWhitespace();
        if (AtEnd || Peek is not (']' or '}') || lower.Length == 0 || upper.Length == 0)
        {
            throw Error(QueryErrorKind.InvalidRange, start, RangeLength(start), RangeText(start));
        }

        var inclusiveUpper = Peek == ']';
        _pos++;
        DateOnly? from = null, to = null;
        if (lower != "*")
        {
            var (first, last) = Period(lower, lowerStart);
            from = inclusiveLower ? first : last.AddDays(1);
        }

        if (upper != "*")
        {
            var (first, last) = Period(upper, upperStart);
            to = inclusiveUpper ? last : first.AddDays(-1);
        }

        return from > to ? throw Error(QueryErrorKind.InvalidRange, start, _pos - start, _text[start.._pos]) : new DateRangeNode(from, to, start, _pos);
    }

    private (DateOnly First, DateOnly Last) Period(string value, int start) =>
        DateValue.TryParse(value, out var first, out var last) ? (first, last) : throw Error(QueryErrorKind.InvalidDate, start, value.Length, value);

    private (string Value, int Start) ReadBound()
    {
        var start = _pos;
        while (!AtEnd && !char.IsWhiteSpace(Peek) && Peek is not (']' or '}'))
        {
            _pos++;
        }

        return (_text[start.._pos], start);
    }

    private int RangeLength(int start)
    {
        var end = _text.IndexOfAny([']', '}'], start);
        return (end < 0 ? _text.Length : end + 1) - start;
    }

    private string RangeText(int start) => _text.Substring(start, RangeLength(start));

    private QueryNode DateNode(string value, int start, int end) =>
        DateValue.TryParse(value, out var first, out var last)
            ? new DateRangeNode(first, last, start, end)
            : throw Error(QueryErrorKind.InvalidDate, start, end - start, value);
}
