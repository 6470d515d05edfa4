using Search.Core.Entities.Lexicon;
namespace Search.Core.Entities.Resolution;

/// <summary>
/// Canonical forms of names: inflected adjectives in the nominative ("Demokratischen Partei" -> "Demokratische
/// Partei", "Frankfurter Allgemeinen Zeitung" -> "Frankfurter Allgemeine Zeitung", "Europäische Parlament" ->
/// "Europäisches Parlament", "Nahen Osten" -> "Naher Osten"), a dative plural of a listed
/// place in its listed form ("Niederlanden" -> "Niederlande").
/// </summary>
internal static class CanonicalNames
{
    private const GazetteerFlags PlaceFlags = GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City;

    /// <summary>Feminine noun endings: an adjective before such a noun ends in "e" in the nominative.</summary>
    private static readonly string[] FeminineEndings = ["ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ik", "ur", "enz", "anz", "ie", "zeitung", "partei", "union", "bank", "bahn", "kirche", "kammer", "akademie", "agentur", "behörde", "gesellschaft", "stiftung", "hochschule", "universität", "regierung", "kommission", "allianz", "front", "liga", "polizei", "armee", "marine", "welt", "post", "presse", "sonntagszeitung", "hilfe"];

    /// <summary>Masculine noun endings: an adjective before such a noun ends in "er" in the nominative.</summary>
    private static readonly string[] MasculineEndings = ["tag", "rat", "bund", "verband", "verein", "dienst", "hof", "konzern", "kongress", "senat", "gerichtshof", "fonds", "rundfunk", "spiegel", "kurier", "anzeiger", "zoll", "orden", "klub", "club", "osten", "westen", "norden", "süden", "preis", "mechanismus", "wandel"];

    /// <summary>Neuter noun endings: an adjective before such a noun ends in "es" in the nominative.</summary>
    private static readonly string[] NeuterEndings = ["amt", "institut", "ministerium", "gericht", "kreuz", "komitee", "museum", "theater", "zentrum", "parlament", "kabinett", "blatt", "büro", "werk", "haus", "forum", "reich", "meer"];

    /// <summary>Plural nouns that end a name of one thing (see <see cref="PluralHead"/>).</summary>
    private static readonly string[] PluralNouns = ["spiele", "emirate", "inseln", "staaten"];

    /// <summary>Nouns of a direction, masculine, that end like a plural: "im Nahen Osten" -> "Naher Osten".</summary>
    private static readonly HashSet<string> CompassNouns = new(StringComparer.Ordinal) { "Osten", "Westen", "Norden", "Süden" };

    /// <summary>The canonical form of <paramref name="name"/>.</summary>
    public static string Of(string name, EntityKind kind, Gazetteer g)
    {
        if (kind == EntityKind.Location && !name.Contains(' ', StringComparison.Ordinal) && name.Length > 5 && name.EndsWith("en", StringComparison.Ordinal)
            && !g.Has(name, PlaceFlags) && g.Has(name.AsSpan(0, name.Length - 1), PlaceFlags))
        {
            return name[..^1]; // "Niederlanden"
        }

        if (kind == EntityKind.Organisation && !name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(name[0]) && !name.Contains('-', StringComparison.Ordinal)
            && Ending(name) is null && GenitiveStem(name) is { } organisation && Ending(organisation) is "er" or "es")
        {
            return organisation; // "des Bundeskriminalamts" -> "Bundeskriminalamt"
        }

        if (kind == EntityKind.Person || !name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        var parts = name.Split(' ');
        if (parts.Length >= 2 && PluralHead(parts[^1]) is { } plural && NominativeAdjectives(parts, parts.Length - 1, "e"))
        {
            // A plural after its adjectives: "der Olympischen Spiele", "den Olympischen Sommerspielen" -> "Olympische Spiele".
            parts[^1] = plural;
            return string.Join(' ', parts);
        }

        if (parts.Length >= 3 && parts[1] is "für" or "der" or "des" && Ending(parts[0]) is null && GenitiveStem(parts[0]) is { } first && Ending(first) is "er" or "es")
        {
            // A masculine or neuter organisation noun in the genitive before its complement: "des Instituts für Design".
            parts[0] = first;
            return string.Join(' ', parts);
        }

        var head = parts.Length - 1;
        while (head > 0 && !IsNoun(parts[head]))
        {
            head--;
        }

        // A name after the noun does not decide the ending: "Demokratischen Republik Kongo" -> "Republik".
        var named = head;
        while (named > 1 && Ending(parts[named]) is null && GenitiveStem(parts[named]) is null)
        {
            named--;
        }

        if (named > 0 && IsNoun(parts[named]) && (Ending(parts[named]) is not null || GenitiveStem(parts[named]) is not null) && parts[named - 1].EndsWith("en", StringComparison.Ordinal))
        {
            head = named;
        }

        if (head == 0)
        {
            return name;
        }

        var ending = Ending(parts[head]);
        string? genitiveStem = null;
        if (ending is null && GenitiveStem(parts[head]) is { } stem && Ending(stem) is "er" or "es")
        {
            // A masculine or neuter noun in the genitive after its adjectives: "des Technischen Hilfswerks" ->
            // "Technisches Hilfswerk", "des Hessischen Rundfunks" -> "Hessischer Rundfunk".
            genitiveStem = stem;
            ending = Ending(stem);
        }

        if (ending is null)
        {
            return name;
        }

        var changed = NominativeAdjectives(parts, head, ending);
        if (changed && genitiveStem is not null)
        {
            parts[head] = genitiveStem;
        }

        return changed ? string.Join(' ', parts) : name;
    }

    /// <summary>
    /// Puts the capitalised adjectives right before the noun at <paramref name="head"/> into the nominative
    /// (<paramref name="ending"/>: "e", "er" or "es"); "Meteor I der Kaiserlichen Marine" stays as it is.
    /// </summary>
    /// <returns>Whether an adjective changed.</returns>
    private static bool NominativeAdjectives(string[] parts, int head, string ending)
    {
        var changed = false;
        for (var i = head - 1; i >= 0; i--)
        {
            var w = parts[i];
            if (w.Length > 4 && char.IsUpper(w[0]) && w.EndsWith("er", StringComparison.Ordinal))
            {
                continue; // a place adjective does not change: "Frankfurter"
            }

            // The weak ending after an article, "-e" before a masculine or neuter noun: "das Europäische Parlament".
            var weak = ending is "er" or "es" && w.Length > 4 && char.IsUpper(w[0]) && w.EndsWith('e') && IsAdjectiveStem(w[..^1]);
            var strong = IsInflectedAdjective(w);
            if (!(weak || strong) && i == head - 1 && i == 1 && IsInflectedAdjective(parts[0]))
            {
                continue; // a noun between the name's first adjective and its head: "Deutschen Presse Agentur"
            }

            if (!(weak || strong) || (i > 0 && char.IsLower(parts[i - 1][0])))
            {
                break;
            }

            parts[i] = string.Concat(w.AsSpan(0, w.Length - (weak ? 1 : 2)), ending);
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// The nominative of a plural that names one thing ("Olympischen Spielen", "Vereinigten Arabischen Emiraten",
    /// "Kanarischen Inseln"), or null.
    /// </summary>
    private static string? PluralHead(string noun)
    {
        foreach (var plural in PluralNouns)
        {
            if (noun.EndsWith(plural, StringComparison.OrdinalIgnoreCase))
            {
                return noun;
            }

            if (noun.EndsWith(plural + "n", StringComparison.OrdinalIgnoreCase) && !plural.EndsWith('n'))
            {
                return noun[..^1];
            }
        }

        return null;
    }

    /// <summary>A capitalised adjective in the dative, genitive or weak plural ("Deutschen", "Internationalem").</summary>
    private static bool IsInflectedAdjective(string w) =>
        w.Length > 4 && char.IsUpper(w[0]) && (w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("em", StringComparison.Ordinal)) && IsAdjectiveStem(w[..^2]);

    /// <summary>The noun without its genitive "s" or "es" ("Hilfswerks", "Kreuzes"), or null when it has none.</summary>
    private static string? GenitiveStem(string noun)
    {
        if (noun.Length > 5 && noun.EndsWith("es", StringComparison.Ordinal) && Ending(noun[..^2]) is not null)
        {
            return noun[..^2];
        }

        return noun.Length > 4 && noun.EndsWith('s') ? noun[..^1] : null;
    }

    private static bool IsNoun(string w) => w.Length > 2 && char.IsUpper(w[0]) && (!w.EndsWith("en", StringComparison.Ordinal) || CompassNouns.Contains(w));

    /// <summary>Adjective stems: "-isch", "-lich", "-er" (place adjectives), "Allgemein", "Deutsch", "Rot" ...</summary>
    private static bool IsAdjectiveStem(string stem) =>
        stem.EndsWith("isch", StringComparison.Ordinal) || stem.EndsWith("lich", StringComparison.Ordinal) || stem.EndsWith("ig", StringComparison.Ordinal)
        || stem.EndsWith("sch", StringComparison.Ordinal) || stem.EndsWith("al", StringComparison.Ordinal) || stem.EndsWith("är", StringComparison.Ordinal)
        || stem is "Allgemein" or "Deutsch" or "Rot" or "Grün" or "Neu" or "Frei" or "Vereinigt" or "Groß" or "Klein" or "Hoh" or "Ober" or "Nieder" or "Heilig" or "Evangelisch" or "Katholisch" or "Weiß"
            or "Nah" or "Fern" or "Mittler";

    private static string? Ending(string noun)
    {
        Span<char> buffer = stackalloc char[64];
        if (noun.Length > buffer.Length)
        {
            return Ending(noun[^buffer.Length..]); // the ending is all that counts
        }

        ReadOnlySpan<char> lower = Lowered.Into(noun, buffer);
        if (lower is "frankreich" or "österreich")
        {
            return null; // countries, not the noun "Reich"
        }

        foreach (var e in FeminineEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal))
            {
                return "e";
            }
        }

        foreach (var e in MasculineEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal))
            {
                return "er";
            }
        }

        foreach (var e in NeuterEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal))
            {
                return "es";
            }
        }

        return null;
    }
}
