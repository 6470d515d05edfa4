using System.Globalization;

namespace Search.Tui.ViewModels;

/// <summary>
/// "More like this" for a long text (a pasted article, or a result's own text): the text itself is not a query a
/// person would type, so the search runs on its most telling words, any of them. Until the library searches a text
/// by itself (<c>SearchRequest.LikeText</c>), the words are picked here: words of four letters or more that are not
/// stop words, by frequency, capitalised words (German nouns and names) counting double.
/// </summary>
public static class LikeQuery
{
    /// <summary>Texts at least this long (after joining lines) become a "more like this" search when pasted.</summary>
    public const int PasteThreshold = 200;

    /// <summary>Words searched for a text.</summary>
    public const int MaxWords = 12;

    /// <summary>The most telling words of <paramref name="text"/>, most telling first.</summary>
    public static IReadOnlyList<string> TellingWords(string text, int max = MaxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new Dictionary<string, (string Word, double Score, int First)>(StringComparer.Ordinal);
        var i = 0;
        var position = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var word = text[start..i].Trim('-');
            var key = word.ToLower(CultureInfo.InvariantCulture);
            if (word.Length < 4 || MatchFinder.StopWords.Contains(key) || word.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            var weight = char.IsUpper(word[0]) ? 2.0 : 1.0;
            scores[key] = scores.TryGetValue(key, out var seen)
                ? (seen.Word, seen.Score + weight, seen.First)
                : (word, weight, position++);
        }

        return [.. scores.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.First)
            .Take(max)
            .Select(s => s.Word)];
    }

    /// <summary>The query text searched for <paramref name="text"/>: its telling words, any of them.</summary>
    public static string QueryFor(string text) => string.Join(" OR ", TellingWords(text));

    /// <summary>What the query field shows for a "more like this" search: <c>≈ „Anfang des Textes …“</c>.</summary>
    public static string Label(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = (title ?? text).Trim();
        var cut = shown.Length > 50 ? shown[..50].TrimEnd() + " …" : shown;
        return title is null ? $"≈ „{cut}“" : $"≈ wie „{cut}“";
    }
}
