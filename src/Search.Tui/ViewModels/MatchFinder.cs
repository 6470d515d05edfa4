using System.Globalization;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>
/// Marks the matches of a query in a document's full text for the preview. The library marks matches only in
/// snippets, so the preview marks every word that the library marked in the hit's snippets or title, plus words
/// that contain a query word's stem (compounds: "Friedensgespräche" for "Gespräche").
/// </summary>
public static class MatchFinder
{
    internal static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
        "und", "oder", "nicht", "in", "im", "am", "an", "auf", "für", "von", "vom", "mit", "zu", "zum", "zur", "ist",
        "sind", "war", "wird", "werden", "bei", "aus", "als", "auch", "es", "sie", "er", "wir", "ihr", "ich", "über",
        "nach", "vor", "um", "bis", "dass", "hat", "haben", "wie", "so", "noch", "nur",
    };

    private static readonly HashSet<string> EmptyForms = [];

    private static readonly string[] Suffixes = ["ern", "en", "er", "es", "e", "n", "s"];

    /// <summary>The words of <paramref name="hit"/>'s snippets and title that the library marked, lower-cased.</summary>
    public static HashSet<string> MarkedForms(SearchHit hit)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var snippet in hit.Snippets)
        {
            AddForms(forms, snippet.Text, snippet.Highlights);
        }

        AddForms(forms, hit.Title, hit.TitleHighlights);
        return forms;
    }

    /// <summary>Every match in <paramref name="text"/>, whole words, in order.</summary>
    /// <param name="text">The text to mark.</param>
    /// <param name="forms">Lower-cased word forms to mark wherever they occur.</param>
    /// <param name="query">The query text; its words (minus stop words and operators) are matched by stem.</param>
    public static IReadOnlyList<HighlightRange> Find(string text, IReadOnlySet<string> forms, string query) =>
        Find(text, forms, QueryStems(query));

    /// <summary>Every match in <paramref name="text"/>: words in <paramref name="forms"/> or containing one of <paramref name="stems"/>.</summary>
    public static IReadOnlyList<HighlightRange> Find(string text, IReadOnlySet<string> forms, List<string> stems)
    {
        var ranges = new List<HighlightRange>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text[start..i].ToLower(CultureInfo.InvariantCulture);
            if (forms.Contains(word) || stems.Exists(s => s.Length >= 4 ? word.Contains(s, StringComparison.Ordinal) : word == s))
            {
                ranges.Add(new HighlightRange(start, i - start));
            }
        }

        return ranges;
    }

    /// <summary>
    /// The library's marks in a short text (title, snippet) plus the words containing a query stem that it did not
    /// mark (compounds such as "Friedensgespräche" in a headline), merged in order without overlaps.
    /// </summary>
    public static IReadOnlyList<HighlightRange> Augment(string text, IReadOnlyList<HighlightRange> marks, List<string> stems)
    {
        if (stems.Count == 0)
        {
            return marks;
        }

        var found = Find(text, EmptyForms, stems);
        if (found.Count == 0)
        {
            return marks;
        }

        var all = marks.Concat(found).OrderBy(r => r.Start).ToList();
        var merged = new List<HighlightRange>(all.Count);
        foreach (var range in all)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                var end = Math.Max(last.Start + last.Length, range.Start + range.Length);
                merged[^1] = new HighlightRange(last.Start, end - last.Start);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>The stems of the query's words: lower-cased, common German endings removed, stop words dropped.</summary>
    public static List<string> QueryStems(string query)
    {
        var stems = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (!char.IsLetterOrDigit(query[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < query.Length && char.IsLetterOrDigit(query[i]))
            {
                i++;
            }

            if (i < query.Length && query[i] == ':')
            {
                continue; // a field name
            }

            var word = query[start..i].ToLower(CultureInfo.InvariantCulture);
            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue;
            }

            var stem = word;
            foreach (var suffix in Suffixes)
            {
                if (stem.Length - suffix.Length >= 4 && stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    stem = stem[..^suffix.Length];
                    break;
                }
            }

            if (!stems.Contains(stem))
            {
                stems.Add(stem);
            }
        }

        return stems;
    }

    private static void AddForms(HashSet<string> forms, string text, IReadOnlyList<HighlightRange> highlights)
    {
        foreach (var range in highlights)
        {
            if (range.Start < 0 || range.Start + range.Length > text.Length)
            {
                continue;
            }

            foreach (var part in text.Substring(range.Start, range.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = new string([.. part.Where(char.IsLetterOrDigit)]).ToLower(CultureInfo.InvariantCulture);
                if (word.Length > 0)
                {
                    forms.Add(word);
                }
            }
        }
    }
}
