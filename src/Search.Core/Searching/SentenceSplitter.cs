namespace Search.Core.Searching;

/// <summary>
/// Splits German text into sentences for snippets: a sentence ends at '.', '!' or '?' (and closing quotes or
/// brackets after it) followed by white space and an upper-case letter, a digit or an opening quote, and at every
/// paragraph break. Common abbreviations ("z. B.", "Dr.", "Nr.") and ordinals ("3. Oktober") do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "z", "B", "Dr", "Prof", "Nr", "bzw", "ca", "vgl", "usw", "etc", "St", "Mio", "Mrd", "Hr", "Fr", "Jh", "Abs",
        "Art", "Bd", "d", "h", "u", "a", "o", "ä", "Str", "geb", "gest", "inkl", "evtl", "ggf", "sog", "Tel", "Jan",
        "Feb", "Aug", "Sept", "Okt", "Nov", "Dez", "Mr", "Mrs", "Ms", "Gen", "Col", "Sen", "Rep",
    };

    /// <summary>Returns (start, end) of each sentence, end exclusive, trimmed of surrounding white space.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(result, text, start, i);
                start = i + 2;
                i++;
                continue;
            }

            if (ch is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '»' or '«' or '“' or '”' or ')' or '.')
            {
                end++;
            }

            if (end >= text.Length || text[end] != ' ')
            {
                continue;
            }

            var next = end + 1;
            if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '»' or '„' or '«' or '('))
            {
                continue;
            }

            if (ch == '.' && IsAbbreviationOrOrdinal(text, i))
            {
                continue;
            }

            Add(result, text, start, end);
            start = end + 1;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static bool IsAbbreviationOrOrdinal(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        return Abbreviations.Contains(word) || (word.Length <= 2 && word.All(char.IsDigit));
    }

    private static void Add(List<(int Start, int End)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add((start, end));
        }
    }
}
