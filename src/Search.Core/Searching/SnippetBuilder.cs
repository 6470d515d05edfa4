using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Cuts passages out of stored text and marks the query's matches. Given the hit's place in the index, the matches
/// come from the character offsets in the body field's postings (<see cref="PostingsMatches"/>); without it, or for
/// a query the postings cannot answer, Lucene's classic highlighter re-analyses the text with the index analyzer.
/// Both mark stemmed forms and whole compounds whose part matches, and both are phrase-aware.
/// </summary>
internal static class SnippetBuilder
{
    private const string Open = "\u0001";
    private const string Close = "\u0002";

    /// <summary>
    /// The best passages of <paramref name="text"/>. When the text has no match but the title has, the title comes
    /// first (so every hit shows why it matched), followed by the beginning of the text.
    /// </summary>
    public static IReadOnlyList<Snippet> Build(Query? query, string field, string text, string title, IReadOnlyList<HighlightRange> titleHighlights, int maxSnippets, int length) =>
        Build(query, field, text, title, titleHighlights, maxSnippets, length, hit: null);

    /// <summary>
    /// As <see cref="Build(Query?, string, string, string, IReadOnlyList{HighlightRange}, int, int)"/>, with the
    /// matches read from the postings of <paramref name="hit"/> (the document whose headline is
    /// <paramref name="title"/> and whose body is <paramref name="text"/>) instead of analysing the text again.
    /// </summary>
    public static IReadOnlyList<Snippet> Build(Query? query, string field, string text, string title, IReadOnlyList<HighlightRange> titleHighlights, int maxSnippets, int length, IndexedHit? hit)
    {
        if (maxSnippets == 0)
        {
            return [];
        }

        if (query is not null && text.Length > 0)
        {
            var matches = hit is { } indexed && field == IndexSchema.Body ? FromPostings(query, indexed, title.Length + IndexSchema.HeadlineSeparator.Length, text.Length, toEnd: true) : null;
            var snippets = Choose(text, matches ?? MarkAll(query, field, text), maxSnippets, length);
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
    /// Every match of the query in the headline of <paramref name="hit"/>, read from the postings (any headline or body
    /// term of the query marks); re-analysed as <see cref="MarkAll(Query?, string?, string)"/> does when the postings
    /// cannot answer.
    /// </summary>
    public static IReadOnlyList<HighlightRange> MarkAll(Query? query, string title, IndexedHit hit)
    {
        if (query is null || title.Length == 0)
        {
            return [];
        }

        return FromPostings(query, hit, 0, title.Length, toEnd: false) ?? MarkAll(query, null, title);
    }

    /// <summary>
    /// Every match of the query in a text, analysed as <paramref name="field"/>; a null field marks the terms of any
    /// field (a headline is searched through the body field, which holds it, and through its own). A person noun
    /// found through the person field in its other form ("Kanzlerin" for the query Kanzler) is marked too.
    /// </summary>
    public static IReadOnlyList<HighlightRange> MarkAll(Query? query, string? field, string text)
    {
        if (query is null || text.Length == 0)
        {
            return [];
        }

        var ranges = Mark(field is null ? new QueryScorer(query) : new QueryScorer(query, field), field ?? IndexSchema.Body, text);
        foreach (var other in new[] { IndexSchema.Person, IndexSchema.Exact })
        {
            // A person noun's other form, a beginning or pattern met by a word's exact spelling ("Gespräche*").
            if (HasTermsOf(query, other))
            {
                var more = Mark(new QueryScorer(query, other), other, text);
                ranges = more.Count == 0 ? ranges : Merge(ranges, more);
            }
        }

        return ranges;
    }

    private static IReadOnlyList<HighlightRange> Mark(QueryScorer scorer, string analyzedAs, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), scorer)
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = text.Length + 1,
        };
        using var tokens = IndexSchema.IndexAnalyzer.GetTokenStream(analyzedAs, text);
        var marked = highlighter.GetBestFragment(tokens, text);
        return marked is null ? [] : Unmark(marked).Highlights;
    }

    /// <summary>Whether the query holds a term of <paramref name="field"/> (term, phrase and boolean queries are looked into).</summary>
    internal static bool HasTermsOf(Query query, string field) => query switch
    {
        TermQuery term => term.Term.Field == field,
        BooleanQuery boolean => boolean.Clauses.Any(c => HasTermsOf(c.Query, field)),
        DisjunctionMaxQuery max => max.Disjuncts.Any(d => HasTermsOf(d, field)),
        PhraseQuery phrase => phrase.GetTerms().Any(t => t.Field == field),
        MultiTermQuery multiTerm => multiTerm.Field == field,
        _ => false,
    };

    /// <summary>Two sets of ranges as one, in text order; a range overlapping an earlier one is left out.</summary>
    private static List<HighlightRange> Merge(IReadOnlyList<HighlightRange> first, IReadOnlyList<HighlightRange> second)
    {
        var merged = new List<HighlightRange>(first.Count + second.Count);
        var end = -1;
        foreach (var range in first.Concat(second).OrderBy(r => r.Start).ThenByDescending(r => r.Length))
        {
            if (range.Start >= end)
            {
                merged.Add(range);
                end = range.Start + range.Length;
            }
        }

        return merged;
    }

    /// <summary>
    /// Marks every match in the whole text, then picks the densest passages: runs of whole sentences of about
    /// <paramref name="length"/> characters, scored by the number of different matched words and then of matches.
    /// A sentence longer than the passage is cut at word boundaries around its matches, with an ellipsis.
    /// </summary>
    private static List<Snippet> Choose(string text, IReadOnlyList<HighlightRange> matches, int maxSnippets, int length)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var sentences = SentenceSplitter.Split(text);
        var words = new string[matches.Count];
        for (var k = 0; k < matches.Count; k++)
        {
            words[k] = text.Substring(matches[k].Start, matches[k].Length).ToLowerInvariant();
        }

        var candidates = new List<(int Start, int End, int Distinct, int Count)>();
        var distinctWords = new HashSet<string>(StringComparer.Ordinal);
        var firstMatch = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            var j = i;
            while (j + 1 < sentences.Count && sentences[j + 1].End - start <= length && !ParagraphBetween(text, sentences[j].End, sentences[j + 1].Start))
            {
                j++;
            }

            end = sentences[j].End;

            // Matches are in order and sentences start in order: skip those before this passage once.
            while (firstMatch < matches.Count && matches[firstMatch].Start < start)
            {
                firstMatch++;
            }

            distinctWords.Clear();
            var count = 0;
            for (var k = firstMatch; k < matches.Count && matches[k].Start < end; k++)
            {
                if (matches[k].Start + matches[k].Length <= end)
                {
                    count++;
                    distinctWords.Add(words[k]);
                }
            }

            if (count > 0)
            {
                candidates.Add((start, end, distinctWords.Count, count));
            }
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

    /// <summary>
    /// The matches within [from, from + length) of the body field's indexed text, moved to start at 0; null when the
    /// postings cannot answer, or (<paramref name="toEnd"/>: the range reaches the end of the indexed text) when a
    /// match lies beyond it (an index written from another text).
    /// </summary>
    private static List<HighlightRange>? FromPostings(Query query, IndexedHit hit, int from, int length, bool toEnd)
    {
        // A person noun's other form ("Kanzlerin" for Kanzler) is found through the person field, whose postings hold
        // offsets too (in an index written before they did not: then the matches are null and the text is analysed).
        var all = hit.Matches(query);
        if (all is null || (toEnd && all.Count > 0 && all[^1].Start + all[^1].Length > from + length))
        {
            return null;
        }

        return PostingsMatches.Within(all, from, length);
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
