using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Resolution;

// Place rules: streets, venues and saints' places, places with a space after the hyphen, motorways, list phrases and words, places after a bare preposition.
internal static partial class MentionResolver
{
    private static readonly WordSet VenueWordWords = RuleWords.Section("venue-word");
    private static readonly WordSet StreetWordWords = RuleWords.Section("street-word");

    /// <summary>"Gubener Straße 12", "Friedberger Landstraße", "St. Goar", "St. Johann Baptist".</summary>
    private static void AddStreetsAndSaints(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 0; i + 1 < n; i++)
        {
            if (owner[i] >= 0 || owner[i + 1] >= 0 || s.Tokens[i].Shape != TokenShape.Capitalized || s.Tokens[i + 1].Shape != TokenShape.Capitalized)
            {
                continue;
            }

            var w = s.Tokens[i].Of(text);
            if (w is "St." or "Sankt" or "San" or "Santa" or "Saint" or "São")
            {
                // "… 3 St. Bei …", "St. Sinnvoll": the next word must be able to be a name.
                var f1 = s.Flags[i + 1];
                if (s.Tokens[i + 1].SentenceStart || ((f1 & (GazetteerFlags.Stop | GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) != 0
                    && (f1 & (GazetteerFlags.FirstName | PlaceFlags)) == 0))
                {
                    continue;
                }

                var end = i + 2;
                while (end < n && end < i + 4 && owner[end] < 0 && s.Tokens[end].Shape == TokenShape.Capitalized && !s.Tokens[end].SentenceStart
                    && (s.Flags[end] & (GazetteerFlags.Stop | GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) == 0)
                {
                    end++;
                }

                Claim(mentions, owner, new Mention(i, end, EntityKind.Location));
                i = end - 1;
                continue;
            }

            // Streets abroad: "Via Roma" (prefix), "Fifth Avenue" (suffix); not "… Street", often a metonym ("Wall Street", "Downing Street").
            if (w is "Via" or "Rue" or "Avenida" or "Calle" or "Piazza" or "Plaza" or "Boulevard" or "Viale" or "Corso" or "Ulica"
                && !s.Tokens[i + 1].SentenceStart && (s.Flags[i + 1] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun)) == 0)
            {
                Claim(mentions, owner, new Mention(i, i + 2, EntityKind.Location));
                i++;
                continue;
            }

            if (s.Tokens[i + 1].Of(text) is "Avenue" or "Road" or "Square" or "Boulevard" && !s.Tokens[i + 1].SentenceStart
                && (s.Flags[i] & GazetteerFlags.Stop) == 0 && (i + 2 >= n || s.Tokens[i + 2].Shape != TokenShape.Capitalized))
            {
                Claim(mentions, owner, new Mention(i, i + 2, EntityKind.Location));
                i++;
                continue;
            }

            // Venues: "Allianz Arena", "Kölner Dom", "Schloss Bellevue", "Flughafen Tegel".
            if (IsVenueWord(s.Tokens[i + 1].Of(text)) && !s.Tokens[i + 1].SentenceStart
                && ((s.Flags[i] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.CommonWord | GazetteerFlags.Compound | GazetteerFlags.Role)) == 0
                    || IsNameAdjective(s, g, i)))
            {
                Claim(mentions, owner, new Mention(i, i + 2, EntityKind.Location));
                i++;
                continue;
            }

            if (IsVenueWord(w) && !s.Tokens[i + 1].SentenceStart
                && ((s.Flags[i + 1] & PlaceFlags) != 0 || (s.Flags[i + 1] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.CommonWord | GazetteerFlags.Compound | GazetteerFlags.Role | GazetteerFlags.OrgWord)) == 0))
            {
                Claim(mentions, owner, new Mention(i, i + 2, EntityKind.Location));
                i++;
                continue;
            }

            if (w.Length > 4 && w.EndsWith("er", StringComparison.Ordinal) && (s.Flags[i] & GazetteerFlags.Stop) == 0 && IsStreetWord(s.Tokens[i + 1].Of(text)))
            {
                var end = i + 2;
                if (end < n && s.Tokens[end].Shape == TokenShape.Number && s.Tokens[end].Length <= 4)
                {
                    end++;
                }

                Claim(mentions, owner, new Mention(i, end, EntityKind.Location));
                i = end - 1;
            }
        }
    }

    private static bool IsVenueWord(ReadOnlySpan<char> w) => VenueWordWords.Contains(w);

    private static bool IsStreetWord(ReadOnlySpan<char> w) => StreetWordWords.Contains(w);

    /// <summary>
    /// A listed place written with a space after its hyphen ("Mecklenburg- Vorpommern"), and
    /// motorways ("der A 7", "die A1", "Autobahnen A 2 und A 7").
    /// </summary>
    private static void AddSplitHyphenPlacesAndMotorways(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 1; i < n; i++)
        {
            var t = s.Tokens[i];
            var w = t.Of(text);
            if (owner[i] >= 0)
            {
                continue;
            }

            if (i + 2 < n && t.Shape == TokenShape.Capitalized && text[s.Tokens[i + 1].Start] == '-' && s.Tokens[i + 1].Start == t.End
                && s.Tokens[i + 2].Start > s.Tokens[i + 1].End && s.Tokens[i + 2].Shape == TokenShape.Capitalized && owner[i + 2] < 0)
            {
                var joined = string.Concat(w, "-", s.Tokens[i + 2].Of(text));
                if ((g.Flags(joined) & PlaceFlags) != 0)
                {
                    Claim(mentions, owner, new Mention(i, i + 3, EntityKind.Location));
                    i += 2;
                    continue;
                }
            }

            if (w.Length is 0 or > 4 || w[0] != 'A')
            {
                continue;
            }

            var prev = s.Tokens[i - 1].Of(text);
            if (prev is not ("der" or "die" or "Autobahn" or "Autobahnen" or "und" or "auf" or "zur" or "zwischen" or "von" or "über" or "an" or "," or "A" or "B"))
            {
                continue;
            }

            // Three digits only after "Autobahn": "der A380" is an aircraft.
            var maxDigits = prev is "Autobahn" or "Autobahnen" ? 3 : 2;
            if (w.Length == 1 && i + 1 < n && s.Tokens[i + 1].Shape == TokenShape.Number && s.Tokens[i + 1].Length <= maxDigits && s.Tokens[i + 1].Start == t.End + 1
                && IsAllDigits(s.Tokens[i + 1].Of(text)))
            {
                Claim(mentions, owner, new Mention(i, i + 2, EntityKind.Location)); // "A 7"
                i++;
            }
            else if (w.Length >= 2 && w.Length <= maxDigits + 1 && IsAllDigits(w[1..]))
            {
                Claim(mentions, owner, new Mention(i, i + 1, EntityKind.Location)); // "A1"
            }
        }
    }

    private static bool IsAllDigits(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return w.Length > 0;
    }

    /// <summary>
    /// A compound or general word with a place-name ending right after "in", "nach", "aus" or "bei"
    /// without article is a place: "in Weinsberg gegründet", "nach Ziegenhain", "aus Burghausen".
    /// German puts no article-less singular noun with such endings there.
    /// </summary>
    private static void AddPlacesAfterBarePreposition(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 1; i < n; i++)
        {
            var f = s.Flags[i];
            if (owner[i] >= 0 || s.Tokens[i].Shape != TokenShape.Capitalized || s.Tokens[i].Length < 7
                || (f & (GazetteerFlags.Compound | GazetteerFlags.CommonWord)) == 0
                || (f & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.Role | GazetteerFlags.OrgWord | GazetteerFlags.PlaceWord | GazetteerFlags.Genitive)) != 0
                || s.Tokens[i - 1].Of(text) is not ("in" or "In" or "nach" or "Nach" or "aus" or "Aus" or "bei" or "Bei" or "im" or "Im" or "am" or "Am" or "zum" or "vom" or "beim")
                || (i + 1 < n && s.Tokens[i + 1].Shape == TokenShape.Capitalized && owner[i + 1] < 0))
            {
                continue;
            }

            var w = s.Tokens[i].Of(text);
            var contracted = s.Tokens[i - 1].Of(text) is "im" or "Im" or "am" or "Am" or "zum" or "vom" or "beim";
            if (contracted ? IsNamedPlaceEnding(w)
                : Gazetteer.HasPlaceNameEnding(w) || w.EndsWith("bach", StringComparison.Ordinal) || w.EndsWith("hain", StringComparison.Ordinal))
            {
                Claim(mentions, owner, new Mention(i, i + 1, EntityKind.Location));
            }
        }
    }

    /// <summary>Endings of names of places after "im", "am", "zum" ("am Stimberg", "zum Schiffbauerdamm"); not "…heim", "…platz", "…see", which end common nouns too.</summary>
    private static bool IsNamedPlaceEnding(ReadOnlySpan<char> w) =>
        w.EndsWith("berg", StringComparison.Ordinal) || w.EndsWith("dorf", StringComparison.Ordinal) || w.EndsWith("hausen", StringComparison.Ordinal)
        || w.EndsWith("burg", StringComparison.Ordinal) || w.EndsWith("damm", StringComparison.Ordinal) || w.EndsWith("bach", StringComparison.Ordinal)
        || w.EndsWith("stedt", StringComparison.Ordinal) || w.EndsWith("hain", StringComparison.Ordinal);

    private static void AddGazetteerMatches(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        for (var i = 0; i < n; i++)
        {
            var tok = s.Tokens[i];
            if (tok.Shape != TokenShape.Capitalized)
            {
                // Lower-case names the actor list knows: "dpa", "taz".
                if (tok.Shape == TokenShape.Lower && owner[i] < 0 && ((s.Flags[i] & GazetteerFlags.Actor) != 0 || IsCamelBrand(tok.Of(s.Text))))
                {
                    Claim(mentions, owner, new Mention(i, i + 1, EntityKind.Organisation));
                }

                continue;
            }

            var span = tok.Of(s.Text);
            var phrases = g.PhrasesStartingWith(span);
            var matched = false;
            if (phrases is not null)
            {
                foreach (var p in phrases)
                {
                    if (i + p.Tokens.Length <= n && s.Matches(p, i) && Free(owner, i, i + p.Tokens.Length))
                    {
                        var kind = (p.Kind & PlaceFlags) != 0 ? EntityKind.Location
                            : (s.Flags[i] & GazetteerFlags.FirstName) != 0 ? EntityKind.Person : EntityKind.Organisation;
                        Claim(mentions, owner, new Mention(i, i + p.Tokens.Length, kind));
                        i += p.Tokens.Length - 1;
                        matched = true;
                        break;
                    }
                }
            }

            if (matched)
            {
                continue;
            }

            var f = s.Flags[i];
            if ((f & GazetteerFlags.Stop) != 0)
            {
                continue;
            }

            // "Jimmy Wales", "Michael Jordan": a first name right before makes it a surname.
            if (i > 0 && owner[i - 1] < 0 && s.Tokens[i - 1].Shape == TokenShape.Capitalized && !s.Tokens[i].SentenceStart
                && (s.Flags[i - 1] & GazetteerFlags.FirstName) != 0 && (s.Flags[i - 1] & (GazetteerFlags.Stop | PlaceFlags)) == 0)
            {
                continue;
            }

            var strong = (f & (GazetteerFlags.Country | GazetteerFlags.Location)) != 0 ? EntityKind.Location
                : (f & GazetteerFlags.Actor) != 0 ? EntityKind.Organisation : (EntityKind?)null;
            // "in Minden"; after a place word even a listed common noun: "der Stadt Minden".
            var weakPlace = strong is null && (f & (GazetteerFlags.City | GazetteerFlags.Region)) != 0 && i > 0
                && (((f & GazetteerFlags.CommonNoun) == 0 && (s.Flags[i - 1] & GazetteerFlags.LocationPreposition) != 0)
                    || (s.Flags[i - 1] & GazetteerFlags.PlaceWord) != 0);
            var kindToAdd = strong ?? (weakPlace ? EntityKind.Location : null);
            if (kindToAdd is null)
            {
                continue;
            }

            if (owner[i] < 0)
            {
                Claim(mentions, owner, new Mention(i, i + 1, kindToAdd.Value));
            }
            else if (strong is not null)
            {
                // The tagger found the same single word with another kind: the list knows better.
                var m = mentions[owner[i]];
                if (m.Start == i && m.End == i + 1 && m.Kind != strong && !(strong == EntityKind.Organisation && m.Kind == EntityKind.Person))
                {
                    m.Kind = strong.Value;
                    mentions[owner[i]] = m;
                }
            }
        }
    }
}
