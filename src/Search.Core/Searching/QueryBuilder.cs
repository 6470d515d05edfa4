using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>Turns query text into a Lucene query over the schema's text fields.</summary>
internal static partial class QueryBuilder
{
    private static readonly string[] Fields = [.. IndexSchema.SearchFields.Keys];

    /// <summary>
    /// Parses the query text. Returns null for an empty query (every document matches).
    /// </summary>
    /// <param name="text">Query text in the syntax described in the README.</param>
    /// <param name="wordCount">The number of plain words (clauses joined by no operator) at the top level.</param>
    /// <exception cref="QuerySyntaxException">The text cannot be read.</exception>
    public static Query? Parse(string text, out int wordCount)
    {
        wordCount = 0;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "*" || trimmed == "*:*")
        {
            return null;
        }

        var translated = TranslateGermanOperators(trimmed);
        CheckBalance(translated, trimmed);
        var parser = new MultiFieldQueryParser(GermanAnalyzers.Version, Fields, IndexSchema.QueryAnalyzer, IndexSchema.SearchFields.ToDictionary(p => p.Key, p => p.Value))
        {
            DefaultOperator = Operator.OR,
            AllowLeadingWildcard = false,
            AutoGeneratePhraseQueries = false,
        };
        Query query;
        try
        {
            query = parser.Parse(translated);
        }
        catch (ParseException ex)
        {
            throw Explain(trimmed, ex.Message, ex);
        }
        catch (Exception ex) when (ex.GetType().Name is "TokenMgrError" or "TooManyClausesException")
        {
            throw Explain(trimmed, ex.Message, ex);
        }

        if (query is BooleanQuery boolean && boolean.Clauses.Count > 1 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is BooleanQuery))
        {
            wordCount = boolean.Clauses.Count;
        }
        else if (query is BooleanQuery { Clauses.Count: 0 })
        {
            throw new QuerySyntaxException($"The query '{trimmed}' has only stop words (such as 'der', 'und', 'in'); add a word that says what to look for.", trimmed, 0);
        }

        return query;
    }

    /// <summary>The number of words a document must contain for a plain multi-word query.</summary>
    public static int MinimumShouldMatch(int words) => words switch
    {
        <= 2 => words,
        <= 4 => words - 1,
        _ => (int)Math.Ceiling(words * 0.5),
    };

    /// <summary>Replaces the German operators UND, ODER, NICHT (upper case, outside quotes) by AND, OR, NOT.</summary>
    internal static string TranslateGermanOperators(string text)
    {
        if (!text.Contains("UND", StringComparison.Ordinal) && !text.Contains("ODER", StringComparison.Ordinal) && !text.Contains("NICHT", StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('"');
            }

            sb.Append(i % 2 == 1 ? parts[i] : GermanOperator().Replace(parts[i], m => m.Value switch
            {
                "UND" => "AND",
                "ODER" => "OR",
                _ => "NOT",
            }));
        }

        return sb.ToString();
    }

    private static void CheckBalance(string text, string original)
    {
        var quoteStart = -1;
        var stack = new Stack<(char Open, int Position)>();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\\')
            {
                i++;
                continue;
            }

            if (ch == '"')
            {
                quoteStart = quoteStart < 0 ? i : -1;
                continue;
            }

            if (quoteStart >= 0)
            {
                continue;
            }

            switch (ch)
            {
                case '(' or '[' or '{':
                    stack.Push((ch, i));
                    break;
                case ')' or ']' or '}':
                    if (stack.Count == 0)
                    {
                        throw new QuerySyntaxException($"Unmatched '{ch}' at position {i + 1}: there is no opening bracket for it. Remove it or add the opening bracket.", original, i);
                    }

                    stack.Pop();
                    break;
            }
        }

        if (quoteStart >= 0)
        {
            throw new QuerySyntaxException($"Unclosed quote at position {quoteStart + 1}: add the closing \" to end the phrase, or remove the quote.", original, quoteStart);
        }

        if (stack.Count > 0)
        {
            var (open, position) = stack.Pop();
            throw new QuerySyntaxException($"Unclosed '{open}' at position {position + 1}: add the closing bracket or remove this one.", original, position);
        }
    }

    private static QuerySyntaxException Explain(string query, string parserMessage, Exception inner)
    {
        var column = ColumnPattern().Match(parserMessage);
        var position = column.Success ? int.Parse(column.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        var encountered = EncounteredPattern().Match(parserMessage);
        var token = encountered.Success ? encountered.Groups[1].Value.Trim() : "";
        string reason;
        if (token is "AND" or "OR" or "NOT" or "+" or "-")
        {
            reason = $"'{token}' needs a word on each side (or after it, for NOT, + and -)";
        }
        else if (token.Length == 0 || parserMessage.Contains("<EOF>", StringComparison.Ordinal))
        {
            reason = "the query ends too early (an operator, ':' or '~' with nothing after it)";
        }
        else if (parserMessage.Contains("Lexical error", StringComparison.Ordinal))
        {
            reason = "a character the query syntax reserves is used on its own";
        }
        else
        {
            reason = $"'{token}' is not expected here";
        }

        var where = position >= 0 ? $" at position {position + 1}" : "";
        return new QuerySyntaxException(
            $"Cannot read the query{where}: {reason}. Put reserved characters (+ - ! ( ) {{ }} [ ] ^ \" ~ * ? : \\ /) in quotes or escape them with \\.",
            query, position, inner);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])(UND|ODER|NICHT)(?![\p{L}\p{N}_])")]
    private static partial Regex GermanOperator();

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex("Encountered \"?\\s*(?:<[A-Z_]+>\\s*)?\"?([^\"]*)\"")]
    private static partial Regex EncounteredPattern();
}
