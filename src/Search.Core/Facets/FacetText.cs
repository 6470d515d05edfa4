namespace Search.Core.Facets;

/// <summary>Folds facet labels and typed text for matching: case, accents, umlauts (ä, ae → a) and ß.</summary>
internal static class FacetText
{
    public static string Fold(string text) => Analysis.GermanFolding.Fold(text);

    /// <summary>True when a word of <paramref name="foldedLabel"/> starts with <paramref name="foldedText"/>, or the label contains it.</summary>
    public static bool Matches(string foldedLabel, string foldedText) =>
        foldedText.Length == 0 || foldedLabel.Contains(foldedText, StringComparison.Ordinal);
}
