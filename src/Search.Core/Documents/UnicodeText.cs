namespace Search.Core.Documents;

/// <summary>Half characters: a UTF-16 surrogate without its other half (an emoji cut off) cannot be indexed or folded.</summary>
internal static class UnicodeText
{
    /// <summary>Whether the text holds a surrogate without its other half.</summary>
    public static bool HasLoneSurrogate(string text) => LoneSurrogateAt(text, 0) >= 0;

    /// <summary>The text with every lone surrogate replaced by U+FFFD, so every step can read it; the same text when it has none.</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var at = LoneSurrogateAt(text, 0);
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; at >= 0; at = LoneSurrogateAt(text, at + 1))
        {
            chars[at] = '\uFFFD';
        }

        return new string(chars);
    }

    private static int LoneSurrogateAt(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
