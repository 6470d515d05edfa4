using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Lexicon;

// The flags of one word: the lists, and what its form tells (compounds of known heads, noun suffixes, place endings, genitives).
internal sealed partial class Gazetteer
{
    private static readonly string[] NounSuffixes = ["keit", "heit", "ungen", "schaft", "schaften", "tion", "tionen", "ität", "ismus", "nisse", "tum", "chen", "ling", "enz", "anz", "ierung", "ierungen", "ung", "erin", "antin", "entin", "istin", "orin", "eurin", "login", "urgin", "innen", "isten", "anten", "enten", "lich", "isch", "ischen", "bar", "sam", "haft", "end", "ende", "enden", "fähig", "mäßig", "würdig", "haltig"];

    private static readonly string[] PlaceSuffixes = ["berg", "burg", "dorf", "hausen", "heim", "stadt", "feld", "felde", "tal", "thal", "see", "bach", "brück", "brücken", "furt", "hafen", "born", "ingen", "stedt", "rode", "kirchen", "hagen", "stein", "walde", "wald", "ow", "itz", "hofen", "straße", "strasse", "platz", "allee", "gasse"];

    private static readonly string[] PlaceEvidenceSuffixes = ["berg", "dorf", "hausen", "heim", "stadt", "feld", "felde", "tal", "thal", "see", "furt", "hafen", "born", "ingen", "stedt", "rode", "kirchen", "hagen", "burg", "straße", "strasse", "platz", "allee", "gasse", "damm", "ufer", "chaussee", "hofen", "kofen", "weiler", "büttel", "leben"];

    private static readonly string[] CompassPrefixes = ["Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel", "Ober", "Nieder", "Zentral"];

    private static readonly string[] LinkingEndings = ["s", "n", "en", "e", "es", "er"];

    private static readonly string[] InflectionEndings = ["s", "n", "e", "en", "er", "ern", "es"];

    private static readonly string[] ShortHeads = ["bau", "hof", "gas", "amt", "tag", "weg", "rat", "zug", "ort", "tor", "arm", "bad", "öl", "eis", "tee", "haus", "kurs", "sohn"];

    private GazetteerFlags ComputeFlags(ReadOnlySpan<char> token)
    {
        var f = _flagLookup.TryGetValue(token, out var found) ? found : GazetteerFlags.None;
        if (f == GazetteerFlags.CommonWord && token.Length >= 8 && char.IsUpper(token[0]) && HasPlaceNameEnding(token))
        {
            // The general word list has many town names ("Immenstadt", "Rheinhausen", "Mecklenburg"):
            // a place ending after a part that is no common word makes a name.
            Span<char> lowerWord = stackalloc char[token.Length];
            Lowered.Into(token, lowerWord);
            foreach (var suffix in PlaceEvidenceSuffixes)
            {
                if (lowerWord.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var prefix = lowerWord[..^suffix.Length];
                    var verb = lowerWord.EndsWith("ringen", StringComparison.Ordinal) || lowerWord.EndsWith("singen", StringComparison.Ordinal)
                        || lowerWord.EndsWith("wingen", StringComparison.Ordinal) || lowerWord.EndsWith("klingen", StringComparison.Ordinal);
                    if (prefix.Length >= 4 && !verb && !IsCommonPrefix(prefix) && !HasHead(prefix))
                    {
                        f = GazetteerFlags.None;
                    }

                    break;
                }
            }
        }

        if (f == GazetteerFlags.None && token.Length >= 4 && token.Length <= 40 && IsAllUpper(token))
        {
            // Datelines and headlines in capitals: "TOKIO", "BERLIN".
            Span<char> title = stackalloc char[token.Length];
            Lowered.Into(token, title);
            title[0] = token[0];
            f = _flagLookup.TryGetValue(title, out found) ? found & (GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City) : GazetteerFlags.None;
        }

        if (f == GazetteerFlags.None && token.Length >= 7 && char.IsUpper(token[0]))
        {
            // Compass prefix + place: "Ostdeutschland", "Süditalien", "Nordhessen".
            foreach (var prefix in CompassPrefixes)
            {
                if (token.Length > prefix.Length + 3 && token.StartsWith(prefix, StringComparison.Ordinal) && char.IsLower(token[prefix.Length]))
                {
                    Span<char> rest = stackalloc char[token.Length - prefix.Length];
                    token[prefix.Length..].CopyTo(rest);
                    rest[0] = char.ToUpperInvariant(rest[0]);
                    if (_flagLookup.TryGetValue(rest, out var place) && (place & (GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region)) != 0)
                    {
                        f = GazetteerFlags.Location;
                    }

                    break;
                }
            }
        }
        // Genitive of a listed place or actor ("Russlands", "Kremls"); not of surnames, where the
        // s is often part of the name ("Wilders").
        const GazetteerFlags NameFlags = GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City | GazetteerFlags.Actor;
        if (token.Length > 3 && token[^1] == 's' && char.IsUpper(token[0]) && (f & (NameFlags | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.Stop)) == 0)
        {
            if (_flagLookup.TryGetValue(token[..^1], out var stem) && (stem & NameFlags) != 0)
            {
                f = (stem & NameFlags) | GazetteerFlags.Genitive;
            }
            else if (token.Length > 5 && token[^2] == 'e' && _flagLookup.TryGetValue(token[..^2], out stem) && (stem & NameFlags) != 0)
            {
                f = (stem & NameFlags) | GazetteerFlags.Genitive;
            }
        }

        // Genitive of a general proper name: "Amundsens", "Galbas".
        if (f == GazetteerFlags.None && token.Length > 4 && token[^1] == 's' && char.IsUpper(token[0])
            && _flagLookup.TryGetValue(token[..^1], out var properStem) && (properStem & GazetteerFlags.ProperName) != 0
            && (properStem & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun | GazetteerFlags.Stop)) == 0)
        {
            f = GazetteerFlags.ProperName | GazetteerFlags.Genitive;
        }

        if (token.Length >= 4 && token.Length <= 40)
        {
            Span<char> lower = stackalloc char[token.Length];
            Lowered.Into(token, lower);
            if (char.IsUpper(token[0]) && HasSuffix(lower, _roleSuffixLengths, _roleSuffixLookup))
            {
                f |= GazetteerFlags.Role;
            }

            if (char.IsUpper(token[0]) && (HasSuffix(lower, _orgSuffixLengths, _orgSuffixLookup)
                || (lower[^1] == 's' && HasSuffix(lower[..^1], _orgSuffixLengths, _orgSuffixLookup))
                || (lower.Length > 5 && lower[^1] == 's' && lower[^2] == 'e' && HasSuffix(lower[..^2], _orgSuffixLengths, _orgSuffixLookup))))
            {
                f |= GazetteerFlags.OrgWord;
            }

            if (!char.IsUpper(token[0]) && Demonym(lower) is not null)
            {
                f |= GazetteerFlags.Demonym;
            }

            if (char.IsUpper(token[0]) && (f & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun | GazetteerFlags.Genitive | NameFlags | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.ProperName)) == 0)
            {
                if (IsCompound(lower))
                {
                    f |= GazetteerFlags.Compound;
                }
                else if (f == GazetteerFlags.None && lower[^1] == 's')
                {
                    // Genitive of a common word: "Fernsehkanals", "Unternehmens".
                    var cut = lower.Length > 5 && lower[^2] == 'e' ? 2 : 1;
                    if ((_flagLookup.TryGetValue(token[..^1], out var stemFlags) && (stemFlags & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) != 0)
                        || (cut == 2 && _flagLookup.TryGetValue(token[..^2], out stemFlags) && (stemFlags & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) != 0)
                        || IsCompound(lower[..^1]) || (cut == 2 && IsCompound(lower[..^2])))
                    {
                        f |= GazetteerFlags.Compound;
                    }
                }
            }
        }

        return f;
    }

    private bool IsCompound(ReadOnlySpan<char> lower)
    {
        var hyphen = lower.LastIndexOf('-');
        if (hyphen > 0)
        {
            return hyphen < lower.Length - 1 && _headLookup.Contains(lower[(hyphen + 1)..]);
        }

        foreach (var suffix in NounSuffixes)
        {
            if (lower.Length >= suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Place-name endings ("Schwielowsee", "Friedrichsborn") make a name, unless the first part
        // is a common word too ("Stausee", "Gräberfeld", "Sammelplatz").
        foreach (var suffix in PlaceSuffixes)
        {
            if (lower.Length >= suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                // A common head longer than the place ending still makes a noun: "Landbesitz" (…itz).
                return IsCommonPrefix(lower[..^suffix.Length]) || HasHead(lower, suffix.Length + 2);
            }
        }

        if (HasHead(lower) || HasTwoCommonParts(lower) || IsUmlautPlural(lower))
        {
            return true;
        }

        // Inflected heads: "Seidenfäden", "Töpferateliers".
        foreach (var ending in InflectionEndings)
        {
            if (lower.Length > ending.Length + 6 && lower.EndsWith(ending, StringComparison.Ordinal) && HasHead(lower[..^ending.Length]))
            {
                return true;
            }
        }

        foreach (var head in ShortHeads)
        {
            if (lower.Length >= head.Length + 4 && lower.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word ends like a German place name ("…hausen", "…dorf", "…burg").</summary>
    public static bool HasPlaceNameEnding(ReadOnlySpan<char> token)
    {
        foreach (var suffix in PlaceEvidenceSuffixes)
        {
            if (token.Length >= suffix.Length + 3 && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCommonPrefix(ReadOnlySpan<char> prefix)
    {
        // Linking forms of abstract nouns: "Truppenübungs-", "Gesundheits-", "Stations-".
        if (prefix.Length >= 7 && (prefix.EndsWith("ungs", StringComparison.Ordinal) || prefix.EndsWith("heits", StringComparison.Ordinal)
            || prefix.EndsWith("keits", StringComparison.Ordinal) || prefix.EndsWith("schafts", StringComparison.Ordinal)
            || prefix.EndsWith("ions", StringComparison.Ordinal) || prefix.EndsWith("täts", StringComparison.Ordinal)))
        {
            return true;
        }

        if (prefix.Length >= 4 && _headLookup.Contains(prefix))
        {
            return true;
        }

        foreach (var link in LinkingEndings)
        {
            if (prefix.Length >= link.Length + 4 && prefix.EndsWith(link, StringComparison.Ordinal) && _headLookup.Contains(prefix[..^link.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two common words joined, each of at least four letters: "Weinkauf", "Chorraum".</summary>
    private bool HasTwoCommonParts(ReadOnlySpan<char> lower)
    {
        for (var k = 4; k <= lower.Length - 4; k++)
        {
            if (_headLookup.Contains(lower[k..]) && IsCommonPrefix(lower[..k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plural with umlaut of a known noun or compound: "Überschüsse", "Landeshäuser".</summary>
    private bool IsUmlautPlural(ReadOnlySpan<char> lower)
    {
        var cut = lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("er", StringComparison.Ordinal) ? 2 : lower.EndsWith('e') ? 1 : 0;
        if (cut == 0 || lower.Length - cut < 6)
        {
            return false;
        }

        var stem = lower[..^cut];
        var u = stem.LastIndexOfAny('ä', 'ö', 'ü');
        if (u < 0 || u < stem.Length - 4)
        {
            return false;
        }

        Span<char> plain = stackalloc char[stem.Length];
        stem.CopyTo(plain);
        plain[u] = plain[u] switch { 'ä' => 'a', 'ö' => 'o', _ => 'u' };
        return _headLookup.Contains(plain) || (plain.Length >= 9 && HasHead(plain));
    }

    private bool HasHead(ReadOnlySpan<char> lower, int minHead = 0)
    {
        // Heads of four letters only in long words: "Sobotovice" is no compound of "Vice".
        var shortest = Math.Max(minHead, lower.Length >= 11 ? 4 : 5);
        for (var k = 2; k <= lower.Length - shortest; k++)
        {
            if (_headLookup.Contains(lower[k..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSuffix(ReadOnlySpan<char> lower, int[] lengths, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        foreach (var len in lengths)
        {
            if (len > lower.Length)
            {
                break;
            }

            if (lookup.Contains(lower[^len..]))
            {
                return true;
            }
        }

        return false;
    }
}
