using System.Globalization;
using System.Text;

namespace Search.Core.Searching.Queries;

/// <summary>
/// Reads a query text into the query model, once. Operators by precedence: <c>NOT</c>/<c>-</c>/<c>+</c> (on one
/// part), <c>AND</c>, <c>OR</c>, then parts written side by side. Side by side, unmarked parts are all required,
/// unless a part is marked with <c>+</c>: then the unmarked ones only rank (as in Lucene and Elasticsearch).
/// A text of nothing but words is a plain word list, which the search may relax (see <see cref="ParsedQuery"/>).
/// </summary>
/// <remarks>Errors are <see cref="QuerySyntaxException"/>s naming their kind and position.</remarks>
internal sealed class QueryParser
{
    /// <summary>How deeply brackets may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>How many parts (words, phrases, groups) a query may have.</summary>
    public const int MaxParts = 512;

    private readonly string _text;
    private int _pos;
    private int _depth;
    private int _parts;
    private bool _syntax;
    private QueryField _field = QueryField.Default;

    private QueryParser(string text) => _text = text;

    private enum Mark
    {
        None,
        Required,
        Prohibited,
    }

    private readonly record struct Part(Mark Mark, QueryNode Node);

    /// <summary>Field names a user may write before a colon, German and English.</summary>
    public static IReadOnlyDictionary<string, QueryField> FieldNames { get; } = new Dictionary<string, QueryField>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["titel"] = QueryField.Title,
        ["body"] = QueryField.Body,
        ["text"] = QueryField.Body,
        ["actor"] = QueryField.Actor,
        ["akteur"] = QueryField.Actor,
        ["location"] = QueryField.Location,
        ["ort"] = QueryField.Location,
        ["date"] = QueryField.Date,
        ["datum"] = QueryField.Date,
    };

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read.</exception>
    public static ParsedQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new ParsedQuery(text, null, [], false);
        }

        if (trimmed is "*" or "*:*")
        {
            return new ParsedQuery(text, new MatchAllNode(0, text.Length), [], false);
        }

        var parser = new QueryParser(text);
        var parts = parser.ParseSequence(inGroup: false);
        if (parts.Count == 0)
        {
            throw QueryErrors.Create(QueryErrorKind.NoSearchableText, text, -1, 0, text);
        }

        if (!parser._syntax && parts.All(p => p.Mark == Mark.None && p.Node is WordNode { Field: QueryField.Default }))
        {
            var question = QuestionWords.IsQuestion(text);
            IReadOnlyList<WordNode> written = [.. parts.Select(p => (WordNode)p.Node)];
            var words = question ? QuestionWords.Remove(written) : written;
            QueryNode root = words.Count == 1 ? words[0] : new BooleanNode([.. words.Select(w => new QueryClause(ClauseOccur.Should, w))], 0, text.Length);
            return new ParsedQuery(text, root, words, question) { WrittenWords = written };
        }

        return new ParsedQuery(text, Combine(parts, 0, text.Length), [], false);
    }

    /// <summary>
    /// The plain words of a text that cannot be read (syntax characters and operators dropped), as a plain word list.
    /// </summary>
    public static ParsedQuery PlainWords(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch is '+' or '-' or '!' or '(' or ')' or '{' or '}' or '[' or ']' or '^' or '"' or '~' or '*' or '?' or ':' or '\\' or '&' or '|' ? ' ' : ch);
        }

        var words = new List<WordNode>();
        var cleaned = sb.ToString();
        var i = 0;
        while (i < cleaned.Length)
        {
            if (char.IsWhiteSpace(cleaned[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < cleaned.Length && !char.IsWhiteSpace(cleaned[i]))
            {
                i++;
            }

            var word = cleaned[start..i];
            if (word is not ("AND" or "OR" or "NOT" or "UND" or "ODER" or "NICHT"))
            {
                words.Add(new WordNode(word, QueryField.Default, start, i));
            }
        }

        QueryNode? root = words.Count switch
        {
            0 => null,
            1 => words[0],
            _ => new BooleanNode([.. words.Select(w => new QueryClause(ClauseOccur.Should, w))], 0, text.Length),
        };
        return new ParsedQuery(string.Join(' ', words.Select(w => w.Text)), root, words, false);
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek => _text[_pos];

    private QuerySyntaxException Error(QueryErrorKind kind, int start, int length = 1, string argument = "") =>
        QueryErrors.Create(kind, _text, start, length, argument);

    private List<Part> ParseSequence(bool inGroup)
    {
        var parts = new List<Part>();
        while (true)
        {
            SkipSpace();
            if (AtEnd)
            {
                break;
            }

            if (Peek == ')')
            {
                if (inGroup)
                {
                    break;
                }

                throw Error(QueryErrorKind.UnmatchedBracket, _pos);
            }

            if (BinaryOperatorAt(out var op))
            {
                throw Error(QueryErrorKind.MissingOperand, _pos, op.Length, op);
            }

            if (ParseOr() is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private Part? ParseOr() => ParseBinary(isOr: true);

    private Part? ParseAnd() => ParseBinary(isOr: false);

    /// <summary>Operands joined by OR (or, one level down, by AND).</summary>
    private Part? ParseBinary(bool isOr)
    {
        var start = _pos;
        var first = isOr ? ParseAnd() : ParseUnary();
        if (first is null)
        {
            return null;
        }

        List<Part>? operands = null;
        while (true)
        {
            var save = _pos;
            SkipSpace();
            if (!(isOr ? OrOperatorAt(out var op) : AndOperatorAt(out op)))
            {
                _pos = save;
                break;
            }

            var opStart = _pos;
            _pos += op.Length;
            _syntax = true;
            SkipSpace();
            if (AtEnd || Peek == ')' || BinaryOperatorAt(out _))
            {
                throw Error(QueryErrorKind.MissingOperand, opStart, op.Length, op);
            }

            var next = (isOr ? ParseAnd() : ParseUnary()) ?? throw Error(QueryErrorKind.MissingOperand, opStart, op.Length, op);
            (operands ??= [first.Value]).Add(next);
        }

        if (operands is null)
        {
            return first;
        }

        var clauses = operands.Select(o => isOr
            ? new QueryClause(ClauseOccur.Should, o.Mark == Mark.Prohibited ? new BooleanNode([new QueryClause(ClauseOccur.MustNot, o.Node)], o.Node.Start, o.Node.End) : o.Node)
            : new QueryClause(o.Mark == Mark.Prohibited ? ClauseOccur.MustNot : ClauseOccur.Must, o.Node));
        return new Part(Mark.None, new BooleanNode([.. clauses], start, _pos));
    }

    private Part? ParseUnary()
    {
        SkipSpace();
        if (AtEnd)
        {
            return null;
        }

        var start = _pos;
        if (NotOperatorAt(out var op))
        {
            _pos += op.Length;
            _syntax = true;
            SkipSpace();
            if (AtEnd || Peek == ')' || BinaryOperatorAt(out _))
            {
                throw Error(QueryErrorKind.MissingOperand, start, op.Length, op);
            }

            var operand = ParseUnary() ?? throw Error(QueryErrorKind.MissingOperand, start, op.Length, op);
            return new Part(operand.Mark == Mark.Prohibited ? Mark.None : Mark.Prohibited, operand.Node);
        }

        if (Peek is '+' or '-' && _pos + 1 < _text.Length && !char.IsWhiteSpace(_text[_pos + 1]) && _text[_pos + 1] != ')')
        {
            var mark = Peek == '+' ? Mark.Required : Mark.Prohibited;
            _pos++;
            _syntax = true;
            var marked = ParsePrimaryWithSuffixes() ?? throw Error(QueryErrorKind.MissingOperand, start, 1, mark == Mark.Required ? "+" : "-");
            return new Part(mark, marked);
        }

        return ParsePrimaryWithSuffixes() is { } node ? new Part(Mark.None, node) : null;
    }

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
                return _field == QueryField.Date ? ParseRange() : throw Error(QueryErrorKind.RangeNotSupported, start);
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

    private QueryNode? ParseWord()
    {
        var start = _pos;
        var sb = new StringBuilder();
        var escaped = new List<bool>();
        var colon = false;
        while (!AtEnd)
        {
            var ch = Peek;
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

    private QueryNode DateNode(string value, int start, int end) =>
        DateValue.TryParse(value, out var first, out var last)
            ? new DateRangeNode(first, last, start, end)
            : throw Error(QueryErrorKind.InvalidDate, start, end - start, value);

    /// <summary>Parts side by side: all required, unless one is marked <c>+</c> (then unmarked parts only rank).</summary>
    private static QueryNode Combine(List<Part> parts, int start, int end)
    {
        if (parts is [{ Mark: not Mark.Prohibited } single])
        {
            return single.Node;
        }

        var anyRequired = parts.Any(p => p.Mark == Mark.Required);
        var clauses = parts.Select(p => new QueryClause(
            p.Mark switch
            {
                Mark.Required => ClauseOccur.Must,
                Mark.Prohibited => ClauseOccur.MustNot,
                _ => anyRequired ? ClauseOccur.Should : ClauseOccur.Must,
            },
            p.Node));
        return new BooleanNode([.. clauses], start, end);
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
