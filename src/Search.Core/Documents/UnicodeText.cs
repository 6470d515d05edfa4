namespace Search.Core.Documents;

/// <summary>
/// Characters of a text that are no part of its words: invisible ones, and half characters (a UTF-16 surrogate without
/// its other half, an emoji cut off), which cannot be indexed or folded.
/// </summary>
internal static class UnicodeText
{
    /// <summary>
    /// The characters that are part of a word's spelling but not of the word: the soft hyphen (U+00AD), zero-width
    /// space, non-joiner and joiner (U+200B–U+200D), word joiner (U+2060) and zero-width no-break space (U+FEFF). Web
    /// pages put them into long compounds ("Friedens\u00ADgespräche") to mark where a line may break.
    /// </summary>
    public static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create("\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>The text without the <see cref="Invisible"/> characters; the same text when it has none.</summary>
    public static string WithoutInvisible(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

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
