using System.Text;

namespace Search.Core.Searching.Queries;

/// <summary>Walks and rewrites the query model.</summary>
internal static class QueryNodes
{
    /// <summary>Every word node of a query, in order (phrases, patterns and dates are no words).</summary>
    public static IEnumerable<WordNode> Words(QueryNode node) => node switch
    {
        WordNode word when word.Field != QueryField.Date => [word],
        BooleanNode boolean => boolean.Clauses.Where(c => c.Occur != ClauseOccur.MustNot).SelectMany(c => Words(c.Node)),
        _ => [],
    };

    /// <summary>Every phrase of a query, in order, but those excluded (NOT).</summary>
    public static IEnumerable<PhraseNode> Phrases(QueryNode node) => node switch
    {
        PhraseNode phrase when phrase.Field != QueryField.Date => [phrase],
        BooleanNode boolean => boolean.Clauses.Where(c => c.Occur != ClauseOccur.MustNot).SelectMany(c => Phrases(c.Node)),
        _ => [],
    };

    /// <summary>
    /// The query with some words (<see cref="WordNode"/>) or phrase texts (<see cref="PhraseNode"/>) replaced by other
    /// spellings.
    /// </summary>
    public static ParsedQuery Replace(ParsedQuery parsed, IReadOnlyDictionary<QueryNode, string> replacements)
    {
        var words = parsed.Words.Select(w => (WordNode)Replace(w, replacements)).ToList();
        return parsed with { Root = parsed.Root is null ? null : Replace(parsed.Root, replacements), Words = words };
    }

    /// <summary>
    /// The query text with the replaced words written in: in place, keeping everything else as typed; or, for the
    /// plain words searched instead of unreadable text, those words.
    /// </summary>
    public static string CorrectedText(ParsedQuery parsed, IReadOnlyDictionary<QueryNode, string> replacements, bool plainWordsOnly)
    {
        if (plainWordsOnly)
        {
            return string.Join(' ', parsed.Words.Select(w => replacements.GetValueOrDefault(w, w.Text)));
        }

        var text = parsed.Text;
        var sb = new StringBuilder(text.Length + 8);
        var copied = 0;
        foreach (var (node, replacement) in replacements.OrderBy(r => r.Key.Start))
        {
            // A phrase's text stands between its quotation marks, which stay as typed.
            var (start, end) = node is PhraseNode ? (node.Start + 1, node.End - 1) : (node.Start, node.End);
            if (start < copied || end < start)
            {
                continue;
            }

            sb.Append(text, copied, start - copied).Append(replacement);
            copied = end;
        }

        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static QueryNode Replace(QueryNode node, IReadOnlyDictionary<QueryNode, string> replacements) => node switch
    {
        WordNode word when replacements.TryGetValue(word, out var replacement) => word with { Text = replacement },
        PhraseNode phrase when replacements.TryGetValue(phrase, out var replacement) => phrase with { Text = replacement },
        BooleanNode boolean => boolean with { Clauses = [.. boolean.Clauses.Select(c => c with { Node = Replace(c.Node, replacements) })] },
        _ => node,
    };
}
