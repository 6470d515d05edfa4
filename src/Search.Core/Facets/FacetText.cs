using System.Globalization;
using System.Text;

namespace Search.Core.Facets;

/// <summary>Folds facet labels and typed text for matching: case, accents, umlauts (ä, ae → a) and ß.</summary>
internal static class FacetText
{
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (ch == 'ß')
            {
                sb.Append("ss");
                continue;
            }

            if (ch == 'e' && sb.Length > 0 && sb[^1] is 'a' or 'o' or 'u')
            {
                continue;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>True when a word of <paramref name="foldedLabel"/> starts with <paramref name="foldedText"/>, or the label contains it.</summary>
    public static bool Matches(string foldedLabel, string foldedText) =>
        foldedText.Length == 0 || foldedLabel.Contains(foldedText, StringComparison.Ordinal);
}
