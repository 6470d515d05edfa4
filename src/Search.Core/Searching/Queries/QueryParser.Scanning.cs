namespace Search.Core.Searching.Queries;

/// <summary>The query parser: white space, stray dashes and operator keywords.</summary>
internal sealed partial class QueryParser
{
    /// <summary>Skips white space and dashes or plus signs standing alone ("Miami - Florida"), which are punctuation.</summary>
    private void SkipSpace()
    {
        while (!AtEnd)
        {
            if (char.IsWhiteSpace(Peek))
            {
                _pos++;
                continue;
            }

            if (Peek is '-' or '+' or '–' or '—' && (_pos + 1 == _text.Length || char.IsWhiteSpace(_text[_pos + 1])))
            {
                _pos++;
                continue;
            }

            break;
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek))
        {
            _pos++;
        }
    }

    private bool KeywordAt(string keyword)
    {
        var after = _pos + keyword.Length;
        return after <= _text.Length
            && string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) == 0
            && (after == _text.Length || char.IsWhiteSpace(_text[after]) || _text[after] is '(' or '"' or '[' or '{');
    }

    private bool OrOperatorAt(out string op) => OperatorAt(out op, "OR", "ODER", "||");

    private bool AndOperatorAt(out string op) => OperatorAt(out op, "AND", "UND", "&&");

    private bool BinaryOperatorAt(out string op) => OrOperatorAt(out op) || AndOperatorAt(out op);

    private bool NotOperatorAt(out string op)
    {
        if (OperatorAt(out op, "NOT", "NICHT"))
        {
            return true;
        }

        op = "!";
        return Peek == '!' && _pos + 1 < _text.Length && !char.IsWhiteSpace(_text[_pos + 1]);
    }

    private bool OperatorAt(out string op, params string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            if (keyword[0] is '&' or '|' ? string.CompareOrdinal(_text, _pos, keyword, 0, 2) == 0 && _pos + 2 <= _text.Length : KeywordAt(keyword))
            {
                op = keyword;
                return true;
            }
        }

        op = "";
        return false;
    }
}
