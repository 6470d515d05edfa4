using System.Text;

namespace Search.Core.Searching.Queries;

/// <summary>The query parser: words, with punctuation, wildcards, escapes, field names and gender markers.</summary>
internal sealed partial class QueryParser
{
    private QueryNode? ParseWord()
    {
        var start = _pos;
        var sb = new StringBuilder();
        var escaped = new List<bool>();
        var colon = false;
        while (!AtEnd)
        {
            var ch = Peek;
            if (GenderMarkLength() is var mark and > 0)
            {
                // "Lehrer*innen", "Lehrer:innen", "Lehrer(innen)": one word for both forms, no wildcard, field or group.
                sb.Append(_text, _pos, mark);
                escaped.AddRange(Enumerable.Repeat(true, mark));
                _pos += mark;
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '(' or ')' or '"' or '[' or ']' or '{' or '}' or '^' or '~')
            {
                break;
            }

            if (ch == '\\')
            {
                if (_pos + 1 >= _text.Length)
                {
                    throw Error(QueryErrorKind.DanglingEscape, _pos);
                }

                _syntax = true;
                sb.Append(_text[_pos + 1]);
                escaped.Add(true);
                _pos += 2;
                continue;
            }

            if (ch == ':')
            {
                if (_field == QueryField.Default && escaped.Count > 0 && !escaped.Contains(true) && FieldNames.TryGetValue(sb.ToString(), out var field))
                {
                    return ParseFieldValue(sb.ToString(), field, start);
                }

                // A colon after a word that is no field name is punctuation ("Fazit: Gespräche").
                colon = true;
                break;
            }

            sb.Append(ch);
            escaped.Add(false);
            _pos++;
        }

        var end = _pos;
        if (colon)
        {
            _pos++;
        }

        // A question or exclamation mark, full stop, comma or semicolon ending a word with letters is punctuation
        // ("Merkel?", "„Da Yuan Tong Zhi“?").
        while (sb.Length > 1 && sb[^1] is '?' or '!' or '.' or ',' or ';' && !escaped[^1] && HasLetterOrDigit(sb, sb.Length - 1))
        {
            sb.Length--;
            escaped.RemoveAt(escaped.Count - 1);
            end--;
        }

        if (sb.Length == 0)
        {
            return null;
        }

        var word = sb.ToString();
        var wildcards = Enumerable.Range(0, word.Length).Where(i => word[i] is '*' or '?' && !escaped[i]).ToList();
        if (wildcards.Count == 0)
        {
            return _field == QueryField.Date ? DateNode(word, start, end) : new WordNode(word, _field, start, end);
        }

        _syntax = true;
        if (word == "*")
        {
            return new MatchAllNode(start, end);
        }

        if (wildcards[0] == 0)
        {
            throw Error(QueryErrorKind.LeadingWildcard, start, end - start, word);
        }

        if (_field == QueryField.Date)
        {
            return wildcards is [var only] && only == word.Length - 1 && word[only] == '*'
                ? DateNode(word, start, end)
                : throw Error(QueryErrorKind.InvalidDate, start, end - start, word);
        }

        return wildcards is [var last] && last == word.Length - 1 && word[last] == '*'
            ? new PrefixNode(word[..^1], _field, start, end)
            : new WildcardNode(word, _field, start, end);
    }

    /// <summary>
    /// The length of a gender marker with its ending at the current position (<c>*innen</c>, <c>:in</c>,
    /// <c>(innen)</c>, <c>/-innen</c>) after a word's lower-case letter; 0 when there is none.
    /// </summary>
    private int GenderMarkLength()
    {
        var at = _pos;
        if (at < 2 || _text[at] is not ('*' or ':' or '_' or '·' or '/' or '(') || !char.IsLower(_text[at - 1]) || !char.IsLetter(_text[at - 2]))
        {
            return 0;
        }

        var i = at + 1;
        if (_text[at] == '/' && i < _text.Length && _text[i] == '-')
        {
            i++;
        }

        if (i + 1 >= _text.Length || _text[i] is not ('i' or 'I') || _text[i + 1] != 'n')
        {
            return 0;
        }

        i += 2;
        if (string.CompareOrdinal(_text, i, "nen", 0, 3) == 0)
        {
            i += 3;
        }

        if (_text[at] == '(')
        {
            if (i >= _text.Length || _text[i] != ')')
            {
                return 0;
            }

            i++;
        }

        return i < _text.Length && char.IsLetterOrDigit(_text[i]) ? 0 : i - at;
    }

    private static bool HasLetterOrDigit(StringBuilder sb, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (char.IsLetterOrDigit(sb[i]))
            {
                return true;
            }
        }

        return false;
    }

    private QueryNode ParseFieldValue(string name, QueryField field, int start)
    {
        _pos++;
        if (AtEnd || char.IsWhiteSpace(Peek) || Peek == ')')
        {
            throw Error(QueryErrorKind.EmptyFieldValue, start, _pos - start, name.ToLowerInvariant());
        }

        _syntax = true;
        var outer = _field;
        _field = field;
        try
        {
            return ParsePrimaryWithSuffixes() ?? throw Error(QueryErrorKind.EmptyFieldValue, start, _pos - start, name.ToLowerInvariant());
        }
        finally
        {
            _field = outer;
        }
    }
}
