namespace Search.Core.Analysis;

/// <summary>
/// Builds the subword dictionary for <see cref="GermanDecompounder"/> from the raw
/// german-decompounder word list, cleaned so that the hyphenation decompounder does not produce
/// false splits such as "regierung" → "regi", "run".
/// </summary>
/// <remarks>
/// The cleaning rules:
/// <list type="bullet">
/// <item>entries shorter than <see cref="MinEntryLength"/> characters are dropped (the filter's
/// "part length − 1" fallback otherwise lets 3-letter entries like "run" through);</item>
/// <item>an entry ending in a linking s after a consonant ("regierungs", "abtretungs") also adds
/// the form without the s ("regierung"), so the whole word wins the longest match;</item>
/// <item>inflected forms are added: stem+e and stem+en, or stem+n for stems ending in e, el or er
/// ("regierungen", "gespräche", "garantien"), and feminine forms +in/+innen of person nouns
/// ("ministerin").</item>
/// </list>
/// </remarks>
internal static class DecompounderDictionary
{
    /// <summary>Entries shorter than this are dropped.</summary>
    public const int MinEntryLength = 4;

    private static readonly string[] PersonSuffixes = ["er", "ent", "ant", "ist", "eur", "or", "at", "ot", "og"];

    /// <summary>
    /// Reads a word list (one entry per line, <c>#</c> starts a comment line) and returns the
    /// cleaned, lower-cased entries.
    /// </summary>
    /// <param name="reader">The raw word list.</param>
    /// <returns>The cleaned entries, without duplicates.</returns>
    public static HashSet<string> ReadAndClean(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var raw = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }

            raw.Add(entry.ToLowerInvariant());
        }

        return Clean(raw);
    }

    /// <summary>Applies the cleaning rules to raw, lower-cased entries.</summary>
    /// <param name="entries">The raw entries.</param>
    /// <returns>The cleaned entries, without duplicates.</returns>
    public static HashSet<string> Clean(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Length < MinEntryLength)
            {
                continue;
            }

            result.Add(entry);
            if (HasLinkingS(entry))
            {
                var stem = entry[..^1];
                if (stem.Length >= MinEntryLength)
                {
                    result.Add(stem);
                    AddInflections(result, stem);
                }
            }
            else
            {
                AddInflections(result, entry);
            }
        }

        return result;
    }

    /// <summary>
    /// True for entries ending in an s that follows a consonant other than s, x, z
    /// ("regierungs", "abfahrts"), false for "glas", "abguss", "rassismus".
    /// </summary>
    private static bool HasLinkingS(string entry)
    {
        if (entry.Length < 2 || entry[^1] != 's')
        {
            return false;
        }

        var before = entry[^2];
        return char.IsLetter(before) && "aeiouyäöüsxzß".IndexOf(before, StringComparison.Ordinal) < 0;
    }

    private static void AddInflections(HashSet<string> result, string stem)
    {
        // Feminine forms of persons ("ministerin", "präsidentinnen", "kandidatin"), so that
        // "Außenministerin" splits into außen + ministerin.
        if (PersonSuffixes.Any(suffix => stem.EndsWith(suffix, StringComparison.Ordinal)))
        {
            result.Add(stem + "in");
            result.Add(stem + "innen");
        }

        if (stem.EndsWith('e') || stem.EndsWith("el", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal))
        {
            result.Add(stem + "n");
        }
        else
        {
            result.Add(stem + "e");
            result.Add(stem + "en");
        }
    }
}
