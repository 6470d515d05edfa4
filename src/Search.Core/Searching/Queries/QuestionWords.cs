namespace Search.Core.Searching.Queries;

/// <summary>
/// Questions ("Wann begannen die Gespräche?"): recognised by a final question mark or a leading question word; their
/// question words say what kind of answer is wanted, not what the answering text contains.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "wer", "wem", "wen", "wessen", "was", "wann", "wo", "wohin", "woher", "warum", "weshalb", "wieso", "wie",
        "welche", "welcher", "welches", "welchen", "welchem", "womit", "wofür", "wodurch", "worüber", "wovon",
        "who", "what", "when", "where", "why", "how", "which",
    };

    private static readonly HashSet<string> HowMuch = new(StringComparer.OrdinalIgnoreCase) { "viel", "viele", "vielen", "vieler", "oft", "lange", "groß", "hoch", "alt", "weit" };

    /// <summary>True when the text ends with a question mark or starts with a question word.</summary>
    public static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var end = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return end > 0 && Words.Contains(trimmed[..end]);
    }

    /// <summary>
    /// The words without the question words ("Wann", "Wie viele", "Welcher"): a rare one would otherwise pull in
    /// unrelated documents. All words when nothing else would be left.
    /// </summary>
    public static IReadOnlyList<WordNode> Remove(IReadOnlyList<WordNode> words)
    {
        var kept = new List<WordNode>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (Words.Contains(words[i].Text))
            {
                if (words[i].Text.Equals("wie", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && HowMuch.Contains(words[i + 1].Text))
                {
                    i++;
                }

                continue;
            }

            kept.Add(words[i]);
        }

        return kept.Count == 0 ? words : kept;
    }
}
