using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Cuts passages out of stored text and marks the query's matches, with Lucene's classic highlighter: it re-analyses
/// the text with the index analyzer (so stemmed forms and compound parts match) and is phrase-aware.
/// </summary>
internal static class SnippetBuilder
{
    private const string Open = "\u0001";
    private const string Close = "\u0002";

    /// <summary>
    /// The best passages of <paramref name="text"/>. When the text has no match but the title has, the title comes
    /// first (so every hit shows why it matched), followed by the beginning of the text.
    /// </summary>
    public static IReadOnlyList<Snippet> Build(Query? query, string field, string text, string title, IReadOnlyList<HighlightRange> titleHighlights, int maxSnippets, int length)
    {
        if (maxSnippets == 0)
        {
            return [];
        }

        if (query is not null && text.Length > 0)
        {
            var snippets = Highlight(query, field, text, maxSnippets, length);
            if (snippets.Count > 0)
            {
                return snippets;
            }
        }

        var result = new List<Snippet>(2);
        if (titleHighlights.Count > 0)
        {
            result.Add(new Snippet(title, titleHighlights));
        }

        if (text.Length > 0 && result.Count < maxSnippets)
        {
            result.Add(new Snippet(Beginning(text, length), []));
        }

        return result;
    }

    /// <summary>Every match of the query in a short text such as a headline.</summary>
    public static IReadOnlyList<HighlightRange> MarkAll(Query? query, string field, string text)
    {
        if (query is null || text.Length == 0)
        {
            return [];
        }

        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), scorer)
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = text.Length + 1,
        };
        using var tokens = IndexSchema.IndexAnalyzer.GetTokenStream(field, text);
        var marked = highlighter.GetBestFragment(tokens, text);
        return marked is null ? [] : Unmark(marked).Highlights;
    }

    private static List<Snippet> Highlight(Query query, string field, string text, int maxSnippets, int length)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, length),
            MaxDocCharsToAnalyze = text.Length + 1,
        };
        using var tokens = IndexSchema.IndexAnalyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestTextFragments(tokens, text, false, maxSnippets);
        var result = new List<Snippet>();
        foreach (var fragment in fragments)
        {
            if (fragment is null || fragment.Score <= 0)
            {
                continue;
            }

            var snippet = Unmark(fragment.ToString().Trim());
            if (snippet.Highlights.Count == 0)
            {
                continue;
            }

            result.Add(snippet);
        }

        return result;
    }

    /// <summary>Turns sentinel-marked text into plain text and ranges.</summary>
    internal static Snippet Unmark(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var ranges = new List<HighlightRange>();
        var start = -1;
        foreach (var ch in marked)
        {
            if (ch is '\n' or '\r' or '\t')
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            if (ch == Open[0])
            {
                start = text.Length;
            }
            else if (ch == Close[0])
            {
                if (start >= 0 && text.Length > start)
                {
                    ranges.Add(new HighlightRange(start, text.Length - start));
                }

                start = -1;
            }
            else
            {
                text.Append(ch);
            }
        }

        return new Snippet(text.ToString(), ranges);
    }

    private static string Beginning(string text, int length)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var paragraph = end < 0 ? text : text[..end];
        if (paragraph.Length <= length)
        {
            return paragraph;
        }

        var cut = paragraph.LastIndexOf(' ', length);
        return (cut > length / 2 ? paragraph[..cut] : paragraph[..length]) + " …";
    }
}
