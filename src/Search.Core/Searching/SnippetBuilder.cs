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

    /// <summary>
    /// Every match of the query in a text, analysed as <paramref name="field"/>; a null field marks the terms of any
    /// field (a headline is searched through the body field, which holds it, and through its own).
    /// </summary>
    public static IReadOnlyList<HighlightRange> MarkAll(Query? query, string? field, string text)
    {
        if (query is null || text.Length == 0)
        {
            return [];
        }

        var scorer = field is null ? new QueryScorer(query) : new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), scorer)
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = text.Length + 1,
        };
        using var tokens = IndexSchema.IndexAnalyzer.GetTokenStream(field ?? IndexSchema.Body, text);
        var marked = highlighter.GetBestFragment(tokens, text);
        return marked is null ? [] : Unmark(marked).Highlights;
    }

    /// <summary>
    /// Marks every match in the whole text, then picks the densest passages: runs of whole sentences of about
    /// <paramref name="length"/> characters, scored by the number of different matched words and then of matches.
    /// A sentence longer than the passage is cut at word boundaries around its matches, with an ellipsis.
    /// </summary>
    private static List<Snippet> Highlight(Query query, string field, string text, int maxSnippets, int length)
    {
        var matches = MarkAll(query, field, text);
        if (matches.Count == 0)
        {
            return [];
        }

        var sentences = SentenceSplitter.Split(text);
        var candidates = new List<(int Start, int End, int Distinct, int Count)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            var j = i;
            while (j + 1 < sentences.Count && sentences[j + 1].End - start <= length && !ParagraphBetween(text, sentences[j].End, sentences[j + 1].Start))
            {
                j++;
            }

            end = sentences[j].End;
            var inside = matches.Where(m => m.Start >= start && m.Start + m.Length <= end).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            var distinct = inside.Select(m => text.Substring(m.Start, m.Length).ToLowerInvariant()).Distinct().Count();
            candidates.Add((start, end, distinct, inside.Count));
        }

        var chosen = new List<(int Start, int End, int Distinct, int Count)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Distinct).ThenByDescending(c => c.Count).ThenBy(c => c.Start))
        {
            if (chosen.Count == maxSnippets)
            {
                break;
            }

            if (chosen.Any(c => candidate.Start < c.End && c.Start < candidate.End))
            {
                continue;
            }

            chosen.Add(candidate);
        }

        return [.. chosen.Select(c => Cut(text, c.Start, c.End, matches, length))];
    }

    private static bool ParagraphBetween(string text, int from, int to) =>
        text.AsSpan(from, Math.Max(0, to - from)).Contains("\n\n", StringComparison.Ordinal);

    /// <summary>The passage [start, end) as a snippet; cut around its matches when it is much longer than wanted.</summary>
    private static Snippet Cut(string text, int start, int end, IReadOnlyList<HighlightRange> matches, int length)
    {
        var inside = matches.Where(m => m.Start >= start && m.Start + m.Length <= end).ToList();
        var prefix = "";
        var suffix = "";
        if (end - start > length + (length / 3))
        {
            var first = inside[0].Start;
            var from = Math.Max(start, first - (length / 4));
            if (from > start)
            {
                from = WordStart(text, from, first);
                prefix = "… ";
            }

            var to = Math.Min(end, from + length);
            var lastInside = inside.Where(m => m.Start + m.Length <= to).Select(m => m.Start + m.Length).DefaultIfEmpty(first).Max();
            if (to < end)
            {
                to = WordEnd(text, to, lastInside, end);
                suffix = " …";
            }

            start = from;
            end = to;
            inside = [.. inside.Where(m => m.Start >= start && m.Start + m.Length <= end)];
        }

        var passage = text[start..end].Replace("\n", " ", StringComparison.Ordinal);
        var ranges = inside.Select(m => new HighlightRange(m.Start - start + prefix.Length, m.Length)).ToList();
        return new Snippet(prefix + passage + suffix, ranges);
    }

    private static int WordStart(string text, int position, int limit)
    {
        while (position < limit && position > 0 && !char.IsWhiteSpace(text[position - 1]))
        {
            position++;
        }

        return position;
    }

    private static int WordEnd(string text, int position, int atLeast, int limit)
    {
        position = Math.Max(position, atLeast);
        while (position < limit && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        while (position > atLeast && position > 0 && text[position - 1] is ',' or ';' or ':' or '-' or '–')
        {
            position--;
        }

        return position;
    }

    /// <summary>Turns sentinel-marked text into plain text and ranges.</summary>
    internal static Snippet Unmark(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var ranges = new List<HighlightRange>();
        var start = -1;
        foreach (var ch in marked)
        {
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
