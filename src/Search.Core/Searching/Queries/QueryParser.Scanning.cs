namespace Search.Core.Searching.Queries;

/// <summary>The query parser: quotation marks, white space, stray dashes and operator keywords.</summary>
internal sealed partial class QueryParser
{
    /// <summary>
    /// The typographic double quotation marks a German text is written with („…“, »…«, «…») and the English ones (“…”):
    /// each is read as '"', so „neue Regierung“ is the phrase "neue Regierung". Not in a question: there they are part
    /// of the writing ("Was bedeutete „Da Yuan Tong Zhi“?" names a title), and the question is read loosely as ever.
    /// </summary>
    private const string TypographicQuotes = "\u201E\u201C\u201D\u201F\u00AB\u00BB\uFF02";

    /// <summary>'"' and the <see cref="TypographicQuotes"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create(TypographicQuotes + "\"");

    /// <summary>Whether <paramref name="ch"/> is '"' or one of the <see cref="TypographicQuotes"/>.</summary>
    internal static bool IsQuote(char ch) => Quotes.Contains(ch);

    /// <summary>
    /// The text with the typographic double quotation marks that enclose a phrase as '"' (one character for one:
    /// positions stay). A mark encloses a phrase when it opens at the start of a word and its partner closes at the
    /// end of one; a mark inside a word stays a mark of the writing: „Bild“-Zeitung is the word Bild-Zeitung, not the
    /// phrase "Bild" and then -Zeitung (which left out the articles naming the paper), and a lone closing mark is no
    /// unclosed phrase; an opening mark with no mark after it is, as '"' would be.
    /// </summary>
    internal static string WithPlainQuotes(string text)
    {
        if (text.AsSpan().IndexOfAny(TypographicQuotes) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!IsQuote(chars[i]) || !(i == 0 || char.IsWhiteSpace(chars[i - 1]) || chars[i - 1] is '(' or ':' or '+' or '-' or '!'))
            {
                continue;
            }

            var j = i + 1;
            while (j < chars.Length && !IsQuote(chars[j]))
            {
                j++;
            }

            if (j < chars.Length && (j + 1 == chars.Length || char.IsWhiteSpace(chars[j + 1]) || chars[j + 1] is ')' or '~' or '^' or ',' or '.' or ';' or '!' or '?'))
            {
                chars[i] = '"';
                chars[j] = '"';
                i = j;
            }
            else if (j == chars.Length)
            {
                chars[i] = '"'; // a phrase opened and never closed: the parser says so, as for '"'
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether the whole text is one quotation: it begins and ends with a quotation mark and has no other. Such a text
    /// is a phrase however long (a quotation to check), never a pasted text.
    /// </summary>
    internal static bool IsOneQuotation(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 2 && IsQuote(trimmed[0]) && IsQuote(trimmed[^1]) && !trimmed[1..^1].ContainsAny(Quotes);
    }

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
