using System.Globalization;
using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// Folds text for spelling-insensitive comparison: lower case, accents removed, ä/ae → a, ö/oe → o, ü/ue → u,
/// ß → ss. "Müller", "Mueller" and "muller" fold alike.
/// </summary>
internal static class GermanFolding
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
}
