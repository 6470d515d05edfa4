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
internal sealed partial class QueryParser
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

    private QueryParser(string text) => _text = QuestionWords.IsQuestion(text) ? text : WithPlainQuotes(text);

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
        for (var at = 0; at < text.Length; at++)
        {
            var ch = text[at];
            if (ch == ':' && FieldNameBefore(text, at) is var name and > 0)
            {
                sb.Length -= name; // a field name ("title:") is no word to search for
                sb.Append(' ', name + 1);
                continue;
            }

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

    /// <summary>The length of the field name (<see cref="FieldNames"/>) that ends right before <paramref name="colon"/>, or 0.</summary>
    private static int FieldNameBefore(string text, int colon)
    {
        var start = colon;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return colon > start && FieldNames.ContainsKey(text[start..colon]) ? colon - start : 0;
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
}
