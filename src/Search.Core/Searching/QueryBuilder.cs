using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.De;
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
    public static Query? Parse(string text, out int wordCount) => Parse(text, out wordCount, out _);

    /// <inheritdoc cref="Parse(string, out int)"/>
    /// <param name="text">Query text.</param>
    /// <param name="wordCount">The number of plain words at the top level.</param>
    /// <param name="isQuestion">Whether the text reads as a question (ends with '?' or starts with a question word).</param>
    public static Query? Parse(string text, out int wordCount, out bool isQuestion)
    {
        wordCount = 0;
        isQuestion = IsQuestion(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "*" || trimmed == "*:*")
        {
            return null;
        }

        var translated = Prepare(TranslateGermanOperators(isQuestion ? WithoutQuestionWords(trimmed) : trimmed));
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

    /// <summary>
    /// The number of words a document must contain for a plain multi-word query. Short keyword queries narrow
    /// (all of one or two words, all but one of three or four). A question, or five words and more, reads as a
    /// description of what is wanted, where any word may be missing from the answer, so ranking alone decides.
    /// </summary>
    public static int MinimumShouldMatch(int words, bool isQuestion) => isQuestion ? 1 : words switch
    {
        <= 2 => words,
        <= 4 => words - 1,
        _ => 1,
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wer", "wem", "wen", "wessen", "was", "wann", "wo", "wohin", "woher", "warum", "weshalb", "wieso", "wie",
        "welche", "welcher", "welches", "welchen", "welchem", "womit", "wofür", "wodurch", "worüber", "wovon",
        "who", "what", "when", "where", "why", "how", "which",
    };

    /// <summary>
    /// Removes the question words of a question ("Wann", "Wie viele", "Welcher"): they say what kind of answer is
    /// wanted, not what the answering text contains, and a rare one would otherwise pull in unrelated documents.
    /// </summary>
    internal static string WithoutQuestionWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var bare = words[i].TrimEnd('?', '!', '.', ',', ';');
            if (QuestionWords.Contains(bare))
            {
                if (bare.Equals("wie", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length && HowMuch.Contains(words[i + 1].TrimEnd('?')))
                {
                    i++;
                }

                continue;
            }

            kept.Add(words[i]);
        }

        return kept.Count == 0 ? text : string.Join(' ', kept);
    }

    private static readonly HashSet<string> HowMuch = new(StringComparer.OrdinalIgnoreCase) { "viel", "viele", "vielen", "vieler", "oft", "lange", "groß", "hoch", "alt", "weit" };

    /// <summary>True when the text ends with a question mark or starts with a question word.</summary>
    internal static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var end = trimmed.IndexOf(' ');
        return end > 0 && QuestionWords.Contains(trimmed[..end]);
    }

    /// <summary>Weight of the word-prefix bonus (see <see cref="Analysis.PrefixAnalyzer"/>).</summary>
    private const float PrefixWeight = 1.0f;

    /// <summary>Weight of the bonus for a query word in the headline (the body field holds the headline too).</summary>
    private const float TitleWeight = 2.0f;

    /// <summary>Weight of the bonus for the exact spelling (no folding, no stemming) of a query word.</summary>
    private const float ExactWeight = 0.3f;

    /// <summary>True when the text uses no query syntax: only words and punctuation.</summary>
    internal static bool IsPlain(string text)
    {
        var prepared = Prepare(TranslateGermanOperators(text.Trim())).Replace("\\/", " ", StringComparison.Ordinal);
        var words = prepared.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return prepared.IndexOfAny(['!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\']) < 0
            && !words.Any(w => w[0] is '+' or '-' || w is "AND" or "OR" or "NOT");
    }

    /// <summary>
    /// The query with its minimum number of plain words to match (see <see cref="MinimumShouldMatch"/>); a query of
    /// one word or with syntax is returned as it is.
    /// </summary>
    internal static Query? Narrow(Query? query, int minimum, int words)
    {
        if (query is not BooleanQuery boolean || words < 2)
        {
            return query;
        }

        var copy = (BooleanQuery)boolean.Clone();
        copy.MinimumNumberShouldMatch = minimum > 1 ? minimum : 0;
        return copy;
    }

    /// <summary>
    /// Ranking bonuses for a plain word query, which never change what matches: for documents whose words share
    /// their beginnings with the query words (a forgiving match for German word forms the stemmer leaves apart),
    /// for the exact spelling of a query word ("Müller" above "Mueller" for the query Müller), for query words in
    /// the headline, and for documents where neighbouring query words stand close together (for each pair of
    /// adjacent words, a sloppy phrase over the body and the headline). Null for queries with syntax, which are left
    /// as they are.
    /// </summary>
    /// <remarks>
    /// The bonus is added to the score of the best-ranked matches only (see <see cref="RescoreWindow"/>), so its
    /// cost does not grow with the number of matching documents.
    /// </remarks>
    /// <param name="text">The query text.</param>
    /// <param name="slop">How many positions the two words of a pair may stand apart.</param>
    /// <param name="boost">Weight of each pair clause.</param>
    internal static Query? Bonus(string text, int slop = 8, float boost = 0.3f)
    {
        if (!IsPlain(text))
        {
            return null;
        }

        var plain = PlainWords(text);
        var bonus = new BooleanQuery();
        foreach (var prefix in AnalyzeTerms(plain, IndexSchema.Prefix).Distinct(StringComparer.Ordinal))
        {
            bonus.Add(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Prefix, prefix)) { Boost = PrefixWeight }, Occur.SHOULD);
        }

        foreach (var exact in AnalyzeTerms(plain, IndexSchema.Exact).Distinct(StringComparer.Ordinal))
        {
            if (!GermanAnalyzer.DefaultStopSet.Contains(exact))
            {
                bonus.Add(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Exact, exact)) { Boost = ExactWeight }, Occur.SHOULD);
            }
        }

        // Headline and body share the query analysis: the body's terms serve both.
        var terms = AnalyzeTerms(plain, IndexSchema.Body);
        foreach (var title in terms.Distinct(StringComparer.Ordinal))
        {
            bonus.Add(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Title, title)) { Boost = TitleWeight }, Occur.SHOULD);
        }

        foreach (var field in new[] { IndexSchema.Body, IndexSchema.Title })
        {
            for (var i = 0; i + 1 < terms.Count; i++)
            {
                var pair = new PhraseQuery { Slop = slop, Boost = boost };
                pair.Add(new Lucene.Net.Index.Term(field, terms[i]));
                pair.Add(new Lucene.Net.Index.Term(field, terms[i + 1]));
                bonus.Add(pair, Occur.SHOULD);
            }
        }

        return bonus.Clauses.Count == 0 ? null : bonus;
    }

    /// <summary>
    /// For a plain query that finds nothing, perhaps because its last word is still being typed ("Friedensgespr"):
    /// the query with its last word standing for any word that begins with it (in its exact spelling, or folded
    /// and stemmed as the index holds it); the other words keep their meaning. Null when the text has syntax, or
    /// the last word is shorter than <see cref="MinPrefixLength"/> letters or a stopword.
    /// </summary>
    /// <param name="text">The query text.</param>
    /// <param name="lastWord">The last word as typed.</param>
    internal static Query? WithLastWordAsBeginning(string text, out string lastWord)
    {
        lastWord = "";
        if (!IsPlain(text))
        {
            return null;
        }

        var words = PlainWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[^1].Count(char.IsLetterOrDigit) < MinPrefixLength)
        {
            return null;
        }

        lastWord = words[^1];
        var beginnings = new BooleanQuery();
        foreach (var (field, term) in AnalyzeTerms(lastWord, IndexSchema.Exact).Select(t => (IndexSchema.Exact, t))
                     .Concat(AnalyzeTerms(lastWord, IndexSchema.Body).Select(t => (IndexSchema.Body, t))))
        {
            beginnings.Add(new PrefixQuery(new Lucene.Net.Index.Term(field, term)) { MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(50) }, Occur.SHOULD);
        }

        if (beginnings.Clauses.Count == 0)
        {
            return null;
        }

        if (words.Length == 1)
        {
            return beginnings;
        }

        var rest = Parse(string.Join(' ', words[..^1]), out var restWords, out var question);
        var combined = new BooleanQuery { { beginnings, Occur.MUST } };
        if (Narrow(rest, MinimumShouldMatch(restWords, question), restWords) is { } restQuery)
        {
            combined.Add(restQuery, Occur.MUST);
        }

        return combined;
    }

    /// <summary>The shortest last word <see cref="WithLastWordAsBeginning"/> reads as a beginning.</summary>
    internal const int MinPrefixLength = 3;

    /// <summary>How many of the best matches by the query alone get the <see cref="Bonus"/> added and are ranked again.</summary>
    internal const int RescoreWindow = 20;

    /// <summary>
    /// One query scoring as the query plus its bonus: used to explain a score in the window the bonus applies to.
    /// </summary>
    internal static Query WithBonus(Query query, Query? bonus)
    {
        if (bonus is null)
        {
            return query;
        }

        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var clause in ((BooleanQuery)bonus).Clauses)
        {
            combined.Add(clause);
        }

        return combined;
    }

    private static List<string> AnalyzeTerms(string text, string field)
    {
        var terms = new List<string>();
        using var stream = IndexSchema.QueryAnalyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The plain words of a query text: syntax characters and operators become spaces.</summary>
    internal static string PlainWords(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch is '+' or '-' or '!' or '(' or ')' or '{' or '}' or '[' or ']' or '^' or '"' or '~' or '*' or '?' or ':' or '\\' or '/' or '&' or '|' ? ' ' : ch);
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("AND" or "OR" or "NOT" or "UND" or "ODER" or "NICHT"));
        return string.Join(' ', words);
    }

    /// <summary>Field names a user may write before a colon, German and English, and the schema field each means.</summary>
    internal static IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = IndexSchema.Title,
        ["titel"] = IndexSchema.Title,
        ["body"] = IndexSchema.Body,
        ["text"] = IndexSchema.Body,
        ["actor"] = IndexSchema.ActorText,
        ["akteur"] = IndexSchema.ActorText,
        ["location"] = IndexSchema.LocationText,
        ["ort"] = IndexSchema.LocationText,
        ["date"] = IndexSchema.Day,
        ["datum"] = IndexSchema.Day,
    };

    /// <summary>
    /// Makes natural text safe for the parser without touching deliberate syntax: a question or exclamation mark
    /// that ends a word is punctuation, not a wildcard or NOT; a colon after a word that is no field name is
    /// punctuation; a slash is a plain character ("Lehrer/innen"); field aliases become schema field names.
    /// Quoted phrases are left as they are.
    /// </summary>
    internal static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var inQuote = false;
        var wordStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\\' && i + 1 < text.Length)
            {
                sb.Append(ch).Append(text[i + 1]);
                i++;
                continue;
            }

            if (ch == '"')
            {
                inQuote = !inQuote;
                sb.Append(ch);
                continue;
            }

            if (inQuote)
            {
                sb.Append(ch);
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '(' or ')')
            {
                wordStart = sb.Length + 1;
                sb.Append(ch);
                continue;
            }

            var atWordEnd = i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ')' or '"';
            var afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            switch (ch)
            {
                case '?' or '!' or '.' or ',' or ';' when atWordEnd && afterWord:
                    continue;
                case '-' or '+' or '–' when atWordEnd && !afterWord:
                    continue;
                case '/':
                    sb.Append("\\/");
                    continue;
                case ':':
                    var field = sb.ToString(wordStart, sb.Length - wordStart);
                    if (FieldAliases.TryGetValue(field, out var schemaField) && !atWordEnd)
                    {
                        sb.Length = wordStart;
                        sb.Append(schemaField).Append(':');
                    }
                    else
                    {
                        sb.Append(' ');
                    }

                    continue;
                default:
                    sb.Append(ch);
                    continue;
            }
        }

        return sb.ToString();
    }

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
