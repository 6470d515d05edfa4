namespace Search.Core.Facets;

/// <summary>Folds facet labels and typed text for matching: case, accents, umlauts (ä, ae → a) and ß.</summary>
internal static class FacetText
{
    public static string Fold(string text) => Analysis.GermanFolding.Fold(text);

    /// <summary>True when a word of <paramref name="foldedLabel"/> starts with <paramref name="foldedText"/>, or the label contains it.</summary>
    public static bool Matches(string foldedLabel, string foldedText) =>
        foldedText.Length == 0 || foldedLabel.Contains(foldedText, StringComparison.Ordinal);

    /// <summary>
    /// How well a matching label fits typed text, lower is better: 0 the label begins with the text as spelled (umlauts
    /// as typed: "koehl" for Köhler, not Kohl), 1 a later word of it does, 2 and 3 the same after folding, 4 the text
    /// is inside a word ("muen" in Dortmund). <see cref="Searching.SearchIndex.FindFacetValues"/> ranks the first and a
    /// later word alike (the count decides: "mer" is Angela Merkel before Merced), the first word breaking ties.
    /// </summary>
    /// <param name="label">The value.</param>
    /// <param name="foldedLabel">The value folded (<see cref="Fold"/>).</param>
    /// <param name="spelledText">The typed text spelt out (<see cref="Spelled"/>).</param>
    /// <param name="foldedText">The typed text folded.</param>
    public static int Rank(string label, string foldedLabel, string spelledText, string foldedText)
    {
        if (spelledText.Length > 0 && WordStart(Spelled(label), spelledText) is { } spelledAt)
        {
            return spelledAt == 0 ? 0 : 1;
        }

        return WordStart(foldedLabel, foldedText) is { } foldedAt ? (foldedAt == 0 ? 2 : 3) : 4;
    }

    /// <summary>Lower case with umlauts spelt out (ä → ae, ß → ss) and other accents dropped: how the text is typed.</summary>
    public static string Spelled(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>Where a word of <paramref name="label"/> begins with <paramref name="text"/> (0: the label's start), or null.</summary>
    private static int? WordStart(string label, string text)
    {
        for (var at = label.IndexOf(text, StringComparison.Ordinal); at >= 0; at = label.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(label[at - 1]))
            {
                return at;
            }
        }

        return null;
    }
}
