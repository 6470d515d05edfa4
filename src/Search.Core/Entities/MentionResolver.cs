namespace Search.Core.Entities;

/// <summary>
/// Turns a tagged document into its entity list. Rules claim token ranges in a fixed order
/// (institutions named after places, organisation patterns, streets, gazetteer phrases and words,
/// role + name, "Name (47)", first name + surname, runs of capitalised words the word lists do not
/// know); the tagger decides only for single unknown words without other evidence and hints the
/// kind of such runs. Then genitive endings go, aliases apply, later short mentions of a person
/// join the fullest name ("Selenski" -> "Wolodimir Selenski"), and the result keeps the order of
/// first mention.
/// </summary>
internal static class MentionResolver
{
    private const int MaxNameTokens = 7;
    private const GazetteerFlags PlaceFlags = GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City;
    private const GazetteerFlags NotAName = GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.Role | GazetteerFlags.OrgWord | GazetteerFlags.PlaceWord;

    /// <summary>Resolves the mentions of a tagged document.</summary>
    public static ExtractedEntities Resolve(TaggedSentence s, Gazetteer g)
    {
        var n = s.Tokens.Count;
        var owner = new int[n];
        Array.Fill(owner, -1);
        var mentions = new List<Mention>();
        AddOrgNames(s, mentions, owner);
        AddAdjectiveOrgs(s, g, mentions, owner);
        AddStreetsAndSaints(s, g, mentions, owner);
        AddGazetteerMatches(s, g, mentions, owner);
        AddPatterns(s, mentions, owner);
        ExtendPersonsLeft(s, mentions, owner);
        AddOrgComplements(s, mentions, owner);
        AddCandidateRuns(s, mentions, owner);
        mentions.RemoveAll(m => m.End <= m.Start);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        SpreadKindInLists(s, mentions);
        Name(s, g, mentions);
        Corefer(s, mentions);
        return Output(mentions);
    }

    /// <summary>In lists ("Tranomaro, Folakara und Antsirabe") a guessed kind follows a known one.</summary>
    private static void SpreadKindInLists(TaggedSentence s, List<Mention> mentions)
    {
        var changed = true;
        for (var pass = 0; changed && pass < 8; pass++)
        {
            changed = false;
            for (var k = 0; k + 1 < mentions.Count; k++)
            {
                var a = mentions[k];
                var b = mentions[k + 1];
                if (b.Start != a.End + 1 || s.Tokens[a.End].Of(s.Text) is not ("," or "und" or "oder" or "sowie") || a.Weak == b.Weak)
                {
                    continue;
                }

                changed = true;
                if (a.Weak)
                {
                    a.Kind = b.Kind;
                    a.Weak = false;
                    mentions[k] = a;
                }
                else
                {
                    b.Kind = a.Kind;
                    b.Weak = false;
                    mentions[k + 1] = b;
                }
            }
        }
    }

    private static EntityKind KindOf(int tag) => tag switch
    {
        EntityTag.BPer or EntityTag.IPer => EntityKind.Person,
        EntityTag.BOrg or EntityTag.IOrg => EntityKind.Organisation,
        _ => EntityKind.Location,
    };

    private static bool Free(int[] owner, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (owner[k] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Claim(List<Mention> mentions, int[] owner, Mention m)
    {
        mentions.Add(m);
        for (var k = m.Start; k < m.End; k++)
        {
            owner[k] = mentions.Count - 1;
        }
    }

    private static void AddGazetteerMatches(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        for (var i = 0; i < n; i++)
        {
            var tok = s.Tokens[i];
            if (tok.Shape != TokenShape.Capitalized)
            {
                // Lower-case names the actor list knows: "dpa", "taz".
                if (tok.Shape == TokenShape.Lower && owner[i] < 0 && (s.Flags[i] & GazetteerFlags.Actor) != 0)
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
            var weakPlace = strong is null && (f & (GazetteerFlags.City | GazetteerFlags.Region)) != 0 && (f & GazetteerFlags.CommonNoun) == 0
                && i > 0 && (s.Flags[i - 1] & (GazetteerFlags.LocationPreposition | GazetteerFlags.PlaceWord)) != 0;
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

    /// <summary>
    /// Clubs and institutions named after a place: "THW Kiel", "VfB Stuttgart",
    /// "Medizinische Hochschule Hannover", "Universität Wien".
    /// </summary>
    private static bool IsClubSuffix(ReadOnlySpan<char> w) => w is "Town" or "City" or "United" or "Rovers" or "Wanderers" or "Athletic" or "County" or "Albion" or "FC" or "Hotspur";

    private static void AddOrgNames(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 0; i + 1 < n; i++)
        {
            // "Northampton Town", "Manchester United"
            if (owner[i] < 0 && owner[i + 1] < 0 && (s.Flags[i] & PlaceFlags) != 0 && s.Tokens[i].Shape == TokenShape.Capitalized && IsClubSuffix(s.Tokens[i + 1].Of(text)))
            {
                Claim(mentions, owner, new Mention(i, i + 2, EntityKind.Organisation));
                i++;
                continue;
            }

            var w = s.Tokens[i].Of(text);
            var head = s.Tokens[i].Shape == TokenShape.Capitalized
                && (IsAcronym(w) || ((s.Flags[i] & GazetteerFlags.OrgWord) != 0 && !IsOrgSuffixWord(w) && !IsGenericOrgWord(w)))
                && (s.Flags[i] & (GazetteerFlags.Stop | PlaceFlags)) == 0;
            if (!head || owner[i] >= 0)
            {
                continue;
            }

            var end = i + 1;
            while (end < n && end < i + 4 && owner[end] < 0 && s.Tokens[end].Shape is TokenShape.Capitalized or TokenShape.Number
                && !s.Tokens[end].SentenceStart && (s.Flags[end] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.Compound | GazetteerFlags.Role)) == 0
                && ((s.Flags[end] & (PlaceFlags | GazetteerFlags.Actor)) != 0 || (s.Flags[end] & GazetteerFlags.CommonWord) == 0))
            {
                end++;
            }

            if (end == i + 1 || (s.Flags[end - 1] & PlaceFlags) == 0 || (s.Flags[end - 1] & GazetteerFlags.Genitive) != 0)
            {
                continue;
            }

            var start = i;
            if (i > 0 && owner[i - 1] < 0 && s.Tokens[i - 1].Shape == TokenShape.Capitalized && !s.Tokens[i].SentenceStart
                && (s.Flags[i - 1] & (GazetteerFlags.Stop | PlaceFlags)) == 0 && text[s.Tokens[i - 1].End - 1] is 'e' or 'n' or 'r' or 's')
            {
                start = i - 1; // "Medizinische Hochschule Hannover"
            }

            Claim(mentions, owner, new Mention(start, end, EntityKind.Organisation));
            i = end - 1;
        }
    }

    /// <summary>A later name word ending in s that is no first name ends the name: "John F. Kennedys Armbanduhr".</summary>
    private static bool EndsNameWithGenitive(TaggedSentence s, int i, int start) =>
        i > start && s.Tokens[i].Length > 3 && s.Text[s.Tokens[i].End - 1] == 's' && s.Text[s.Tokens[i].End - 2] != 's'
        && (s.Flags[i] & (GazetteerFlags.FirstName | GazetteerFlags.Surname)) == 0;

    private static bool AfterArticle(TaggedSentence s, int a)
    {
        for (var k = a - 1; k >= 0 && k >= a - 4; k--)
        {
            var w = s.Tokens[k].Of(s.Text);
            if (w is "der" or "die" or "das" or "den" or "dem" or "des" or "ein" or "eine" or "einen" or "einem" or "einer" or "eines"
                or "kein" or "keine" or "keinen" or "keinem" or "keiner" or "Der" or "Die" or "Das" or "Den" or "Dem" or "Des" or "Ein" or "Eine"
                or "im" or "am" or "vom" or "zum" or "zur" or "beim" or "ins" or "Im" or "Am" or "Vom" or "Zum" or "Zur" or "Beim")
            {
                return true;
            }

            if (s.Tokens[k].Shape is not (TokenShape.Lower or TokenShape.Number))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPlacePrefix(ReadOnlySpan<char> w) => w is "Bad" or "Neu" or "Alt" or "Groß" or "Klein" or "Ober" or "Nieder" or "Unter" or "Sankt" or "St."
        or "Markt" or "Hohen" or "Königs" or "Schloss" or "Burg" or "Kloster" or "New" or "Old" or "North" or "South" or "East" or "West" or "Port" or "Fort" or "Mount" or "Lake" or "San" or "Santa" or "Los" or "Las" or "El" or "La" or "Le" or "Saint" or "Nord" or "Süd" or "Ost";

    private static bool IsParty(ReadOnlySpan<char> w) => w is "SPD" or "CDU" or "CSU" or "FDP" or "AfD" or "Grüne" or "Linke" or "BSW" or "ÖVP" or "SPÖ" or "FPÖ"
        or "NEOS" or "SVP" or "FDP.Die" or "CVP" or "GLP" or "EVP" or "Republikaner" or "Demokraten" or "PDS" or "WASG" or "NPD" or "ÖDP" or "LINKE";

    private static bool IsSpeechVerb(ReadOnlySpan<char> w) => w is "sagte" or "sagt" or "erklärte" or "erklärt" or "betonte" or "betont" or "meinte" or "meint"
        or "so" or "fügte" or "berichtete" or "kritisierte" or "warnte" or "forderte" or "schrieb" or "ergänzte" or "erläuterte" or "antwortete"
        or "bekräftigte" or "versicherte" or "unterstrich" or "sagten" or "räumte" or "kündigte" or "bestätigte" or "verkündete" or "beteuerte" or "mahnte";

    private static bool SurnameAfterFirstName(TaggedSentence s, int i) =>
        (s.Flags[i - 1] & GazetteerFlags.FirstName) != 0 && s.Tokens[i].Shape == TokenShape.Capitalized
        && (s.Flags[i] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.Role)) == 0;

    /// <summary>Whether a capitalised word is an adjective of a place or a name-forming adjective ("Hamburger", "Hessischen", "Deutsche").</summary>
    private static bool IsNameAdjective(TaggedSentence s, Gazetteer g, int i)
    {
        var w = s.Tokens[i].Of(s.Text);
        if (s.Tokens[i].Shape != TokenShape.Capitalized || w.Length < 5)
        {
            return false;
        }

        if (w is "Deutsche" or "Deutschen" or "Deutscher" or "Deutsches" or "Europäische" or "Europäischen" or "Internationale" or "Internationalen"
            or "Nationale" or "Nationalen" or "Neue" or "Neuen" or "Freie" or "Freien" or "Allgemeine" or "Allgemeinen" or "Vereinigte" or "Vereinigten"
            || w.EndsWith("ische", StringComparison.Ordinal) || w.EndsWith("ischen", StringComparison.Ordinal) || w.EndsWith("ischer", StringComparison.Ordinal)
            || w.EndsWith("isches", StringComparison.Ordinal))
        {
            return true;
        }

        if (w.EndsWith("er", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            return g.Has(stem, PlaceFlags) || g.Has(string.Concat(stem, "en"), PlaceFlags) || g.Has(string.Concat(stem, "e"), PlaceFlags);
        }

        return false;
    }

    private static bool IsVenueWord(ReadOnlySpan<char> w) =>
        w is "Arena" or "Stadion" or "Flughafen" or "Bahnhof" or "Hauptbahnhof" or "Dom" or "Kathedrale" or "Schloss" or "Palast" or "Park" or "Turm"
        or "Airport" or "Stadium" or "Square" or "Bridge" or "Castle" or "Palace" or "Tower" or "Münster" or "Kloster" or "Burg" or "Festung";

    private static bool IsStreetWord(ReadOnlySpan<char> w) =>
        w is "Straße" or "Strasse" or "Platz" or "Allee" or "Weg" or "Ring" or "Gasse" or "Damm" or "Ufer" or "Chaussee" or "Landstraße" or "Brücke" or "Tor" or "Markt";

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

    private static bool IsGenericOrgWord(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[Math.Min(w.Length, 64)];
        w[..lower.Length].ToLowerInvariant(lower);
        if (lower.EndsWith("s"))
        {
            lower = lower[..^1];
        }

        if (lower.EndsWith("e"))
        {
            lower = lower[..^1];
        }

        return lower.EndsWith("konzern") || lower.EndsWith("polizei") || lower.EndsWith("armee") || lower.EndsWith("rat") || lower.EndsWith("bund")
            || lower.EndsWith("regierung") || lower.EndsWith("gruppe") || lower.EndsWith("behörd") || lower.EndsWith("amt") || lower.EndsWith("gericht");
    }

    /// <summary>"Berliner Zeitung", "Hessischen Rundfunks", "Deutschen Presse-Agentur": adjective + organisation word.</summary>
    private static void AddAdjectiveOrgs(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        for (var i = 1; i < n; i++)
        {
            if (owner[i] >= 0 || owner[i - 1] >= 0 || s.Tokens[i].Shape != TokenShape.Capitalized || (s.Flags[i] & GazetteerFlags.OrgWord) == 0
                || IsGenericOrgWord(s.Tokens[i].Of(s.Text)) || !IsNameAdjective(s, g, i - 1))
            {
                continue;
            }

            var start = i - 1;
            if (start > 0 && owner[start - 1] < 0 && !s.Tokens[start].SentenceStart && IsNameAdjective(s, g, start - 1))
            {
                start--;
            }

            Claim(mentions, owner, new Mention(start, i + 1, EntityKind.Organisation));
        }
    }

    private static bool NameLike(TaggedSentence s, int i) =>
        s.Tokens[i].Shape == TokenShape.Capitalized && (s.Flags[i] & (NotAName | PlaceFlags | GazetteerFlags.Actor)) == 0;

    private static void AddPatterns(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 0; i < n; i++)
        {
            // "Name (47)"
            if (i + 3 < n && s.Tokens[i].Shape == TokenShape.Capitalized && text[s.Tokens[i + 1].Start] == '('
                && s.Tokens[i + 2].Shape == TokenShape.Number && s.Tokens[i + 2].Length <= 3 && text[s.Tokens[i + 3].Start] == ')'
                && (s.Flags[i] & NotAName) == 0)
            {
                if (owner[i] < 0)
                {
                    var j = i;
                    while (j - 1 >= 0 && j > i - 3 && owner[j - 1] < 0 && NameLike(s, j - 1) && !s.Tokens[j].SentenceStart)
                    {
                        j--;
                    }

                    Claim(mentions, owner, new Mention(j, i + 1, EntityKind.Person));
                }
                else
                {
                    var m = mentions[owner[i]];
                    if (m.End == i + 1 && m.Kind != EntityKind.Person)
                    {
                        m.Kind = EntityKind.Person;
                        mentions[owner[i]] = m;
                    }
                }
            }

            // Speech verb + name: ", sagte Winkler", "so Müller".
            if (i + 1 < n && owner[i + 1] < 0 && s.Tokens[i].Shape == TokenShape.Lower && IsSpeechVerb(s.Tokens[i].Of(text))
                && s.Tokens[i + 1].Shape == TokenShape.Capitalized && !s.Tokens[i + 1].SentenceStart
                && (s.Flags[i + 1] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.Compound | GazetteerFlags.Role | GazetteerFlags.OrgWord | PlaceFlags | GazetteerFlags.Actor)) == 0
                && (i + 2 >= n || s.Tokens[i + 2].Shape != TokenShape.Capitalized || (s.Flags[i + 2] & NotAName) == 0))
            {
                var end = i + 2;
                while (end < n && end < i + 4 && owner[end] < 0 && s.Tokens[end].Shape == TokenShape.Capitalized && NameLike(s, end))
                {
                    end++;
                }

                Claim(mentions, owner, new Mention(i + 1, end, EntityKind.Person));
                i = end - 1;
                continue;
            }

            // Role + name ("Präsident Wladimir Putin"), or first name (or initial) + surname.
            var role = (s.Flags[i] & GazetteerFlags.Role) != 0 && s.Tokens[i].Shape == TokenShape.Capitalized;
            var initial = s.Tokens[i].Length == 2 && s.Tokens[i].Shape == TokenShape.Capitalized && text[s.Tokens[i].Start + 1] == '.'
                && owner[i] < 0 && text[s.Tokens[i].Start] is not ('S' or 'Z' or 'B' or 'U' or 'D' or 'H' or 'V');
            var first = ((s.Flags[i] & GazetteerFlags.FirstName) != 0 && (s.Flags[i] & NotAName) == 0 && owner[i] < 0) || initial;
            var begin = role ? i + 1 : i;
            if (initial && !role && (i + 1 >= n || (s.Flags[i + 1] & Known) != 0))
            {
                first = (s.Flags[i] & GazetteerFlags.FirstName) != 0;
            }

            if ((role || first) && begin < n && owner[begin] < 0 && NameLike(s, begin))
            {
                var end = begin + 1;
                while (end < n && end < begin + 5 && !EndsNameWithGenitive(s, end - 1, begin))
                {
                    if (owner[end] < 0 && !s.Tokens[end].SentenceStart && (NameLike(s, end) || SurnameAfterFirstName(s, end)))
                    {
                        end++;
                    }
                    else if (end + 1 < n && s.Tokens[end].Shape == TokenShape.Lower && IsParticle(s.Tokens[end].Of(text))
                        && owner[end + 1] < 0 && s.Tokens[end + 1].Shape == TokenShape.Capitalized && (s.Flags[end + 1] & GazetteerFlags.Stop) == 0)
                    {
                        end += 2;
                    }
                    else if (end + 2 < n && s.Tokens[end].Shape == TokenShape.Lower && IsParticle(s.Tokens[end].Of(text))
                        && s.Tokens[end + 1].Shape == TokenShape.Lower && IsSecondParticle(s.Tokens[end + 1].Of(text))
                        && owner[end + 2] < 0 && s.Tokens[end + 2].Shape == TokenShape.Capitalized && (s.Flags[end + 2] & GazetteerFlags.Stop) == 0)
                    {
                        end += 3; // "Ursula von der Leyen", "Rafael van der Vaart"
                    }
                    else
                    {
                        break;
                    }
                }

                if (role || end > begin + 1)
                {
                    Claim(mentions, owner, new Mention(begin, end, EntityKind.Person));
                    i = end - 1;
                }
            }
        }
    }

    private const GazetteerFlags Known = GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.CommonWord | GazetteerFlags.Compound | GazetteerFlags.Role | GazetteerFlags.PlaceWord;
    private const GazetteerFlags NameEvidence = PlaceFlags | GazetteerFlags.Actor | GazetteerFlags.FirstName | GazetteerFlags.Surname;

    private static bool IsParticle(ReadOnlySpan<char> w) => w is "von" or "van" or "de" or "da" or "di" or "del" or "della" or "du" or "la" or "le" or "of" or "y" or "bin" or "al" or "el" or "dos" or "do";

    /// <summary>Second word of a two-word particle: "von der", "van den", "von und zu".</summary>
    private static bool IsSecondParticle(ReadOnlySpan<char> w) => w is "der" or "den" or "dem" or "zu" or "la" or "los" or "las";

    private static bool CandidateToken(TaggedSentence s, int i, int[] owner) =>
        owner[i] < 0 && s.Tokens[i].Shape == TokenShape.Capitalized && s.Tokens[i].Length > 1
        && (s.Flags[i] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun)) == 0
        && ((s.Flags[i] & NameEvidence) != 0 || (s.Flags[i] & (Known | GazetteerFlags.OrgWord)) == 0);

    private static void ExtendPersonsLeft(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind != EntityKind.Person)
            {
                continue;
            }

            while (m.Start > 0 && owner[m.Start - 1] < 0 && s.Tokens[m.Start - 1].Shape == TokenShape.Capitalized
                && (s.Flags[m.Start - 1] & GazetteerFlags.FirstName) != 0 && (s.Flags[m.Start - 1] & GazetteerFlags.Stop) == 0)
            {
                m.Start--;
                owner[m.Start] = k;
            }

            mentions[k] = m;
        }
    }

    /// <summary>The kind of a known mention later in the same list ("Bedrava, Tranomaro und Wiesbaden"), or null.</summary>
    private static EntityKind? ListedWithKnown(TaggedSentence s, List<Mention> mentions, int[] owner, int b)
    {
        var n = s.Tokens.Count;
        var j = b;
        while (j + 1 < n && j < b + 16 && s.Tokens[j].Of(s.Text) is "," or "und" or "oder" or "sowie" && s.Tokens[j + 1].Shape == TokenShape.Capitalized)
        {
            if (owner[j + 1] >= 0)
            {
                var m = mentions[owner[j + 1]];
                return m.Weak ? null : m.Kind;
            }

            j += 2;
        }

        return null;
    }

    /// <summary>Which tokens stand inside quotation marks (titles of works, quoted speech); reset at line breaks.</summary>
    private static bool[] QuotedTokens(TaggedSentence s)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        var quoted = new bool[n];
        var open = false;
        for (var i = 0; i < n; i++)
        {
            var t = s.Tokens[i];
            if (i > 0 && text.AsSpan(s.Tokens[i - 1].End, t.Start - s.Tokens[i - 1].End).Contains('\n'))
            {
                open = false;
            }

            if (t.Shape == TokenShape.Punctuation)
            {
                var c = text[t.Start];
                if (c == '„')
                {
                    open = true;
                }
                else if (c is '"' or '“' or '”' or '«' or '»')
                {
                    open = !open;
                }

                continue;
            }

            quoted[i] = open;
        }

        return quoted;
    }

    private static void AddCandidateRuns(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        bool[]? quoted = null;
        for (var i = 0; i < n; i++)
        {
            if (!CandidateToken(s, i, owner))
            {
                continue;
            }

            var a = i;
            var b = i + 1;
            while (b < n && b < a + MaxNameTokens && (s.Flags[b - 1] & GazetteerFlags.Genitive) == 0 && !EndsNameWithGenitive(s, b - 1, a))
            {
                var afterFirstName = b == a + 1 && (s.Flags[a] & GazetteerFlags.FirstName) != 0 && owner[b] < 0
                    && s.Tokens[b].Shape == TokenShape.Capitalized && (s.Flags[b] & GazetteerFlags.Stop) == 0;
                if ((afterFirstName || CandidateToken(s, b, owner)) && !s.Tokens[b].SentenceStart)
                {
                    b++;
                }
                else if (b + 1 < n && s.Tokens[b].Shape == TokenShape.Lower && IsParticle(s.Tokens[b].Of(text)) && CandidateToken(s, b + 1, owner))
                {
                    b += 2;
                }
                else
                {
                    break;
                }
            }

            i = b - 1;

            // "Strafrechtler Klaus Esser": an unknown noun before a first name is no part of the name.
            if (b - a >= 3 && (s.Flags[a + 1] & GazetteerFlags.FirstName) != 0 && (s.Flags[a] & (NameEvidence | GazetteerFlags.OrgWord)) == 0)
            {
                a++;
            }

            var fa = s.Flags[a];
            if (s.Tokens[a].SentenceStart && b - a == 1 && (fa & NameEvidence) == 0
                && !(b < n && s.Tokens[b].Shape == TokenShape.Lower))
            {
                continue;
            }

            // Capitalised words before an organisation word: "Hirzel Verlag", "Buhl-Alberti AG".
            if (b < n && owner[b] < 0 && (s.Flags[b] & GazetteerFlags.OrgWord) != 0 && s.Tokens[b].Shape is TokenShape.Capitalized or TokenShape.Lower
                && IsOrgSuffixWord(s.Tokens[b].Of(text)))
            {
                b++;
                i = b - 1;
                Claim(mentions, owner, new Mention(a, b, EntityKind.Organisation));
                continue;
            }

            var prev = a > 0 ? s.Flags[a - 1] : GazetteerFlags.None;
            var prevWord = a > 0 ? text.AsSpan(s.Tokens[a - 1].Start, s.Tokens[a - 1].Length) : default;
            var prev2 = a > 1 ? s.Flags[a - 2] : GazetteerFlags.None;
            var locContext = prevWord is "in" or "In" or "nach" or "Nach" or "aus" or "Aus" or "bei" or "nahe" or "nördlich" or "südlich" or "östlich" or "westlich"
                || ((prev & GazetteerFlags.Demonym) != 0 && (prev2 & GazetteerFlags.LocationPreposition) != 0)
                || (prev & GazetteerFlags.PlaceWord) != 0;
            var roleContext = (prev & GazetteerFlags.Role) != 0 || ((prev & GazetteerFlags.Demonym) != 0 && (prev2 & GazetteerFlags.Role) != 0);
            var ageContext = b + 2 < n && text[s.Tokens[b].Start] == '(' && text[s.Tokens[b + 2].Start] == ')'
                && (s.Tokens[b + 1].Shape == TokenShape.Number || IsParty(s.Tokens[b + 1].Of(text)));
            var anyPlace = false;
            var anyOrg = false;
            for (var k = a; k < b; k++)
            {
                anyPlace |= (s.Flags[k] & PlaceFlags) != 0;
                anyOrg |= (s.Flags[k] & (GazetteerFlags.OrgWord | GazetteerFlags.Actor)) != 0;
            }

            var acronym = b - a == 1 && IsAcronym(s.Tokens[a].Of(text));
            EntityKind kind;
            var weak = false;
            if (roleContext || ageContext || ((fa & GazetteerFlags.FirstName) != 0 && b - a >= 2))
            {
                kind = EntityKind.Person;
            }
            else if (anyOrg || (acronym && !anyPlace))
            {
                kind = EntityKind.Organisation;
            }
            else if (b - a == 2 && (s.Flags[a + 1] & GazetteerFlags.City) != 0 && (fa & (PlaceFlags | GazetteerFlags.FirstName | GazetteerFlags.PlaceWord)) == 0
                && !IsPlacePrefix(s.Tokens[a].Of(text)) && !s.Tokens[a].Of(text).EndsWith("isch", StringComparison.Ordinal))
            {
                kind = EntityKind.Organisation; // "Celtic Glasgow", "Girondins Bordeaux"
            }
            else if (anyPlace || locContext || (b - a == 1 && Gazetteer.HasPlaceNameEnding(s.Tokens[a].Of(text))))
            {
                kind = EntityKind.Location;
            }
            else
            {
                var mk = ModelKind(s, a, b);
                var coordinated = a > 1 && owner[a - 2] >= 0 && s.Tokens[a - 1].Of(text) is "und" or "oder" or "," or "sowie";
                var guessed = true;
                if (coordinated)
                {
                    mk = mentions[owner[a - 2]].Kind;
                    guessed = mentions[owner[a - 2]].Weak;
                }
                else if (ListedWithKnown(s, mentions, owner, b) is { } listed)
                {
                    mk = listed;
                    coordinated = true;
                    guessed = false;
                }

                var first = s.Tokens[a].Of(text);
                var verbNext = s.Tokens[a].SentenceStart && b < n && s.Tokens[b].Shape == TokenShape.Lower
                    && !(first.EndsWith('t') || first.EndsWith("en", StringComparison.Ordinal) || first.EndsWith("ig", StringComparison.Ordinal));
                if (mk is null && b - a == 1 && !verbNext)
                {
                    continue;
                }

                // "die Untätigkeit", "einen weiteren Eklat": an unknown single word after an article is a noun.
                if (!coordinated && b - a == 1 && AfterArticle(s, a))
                {
                    continue;
                }

                // Capitalised runs inside quotation marks are mostly titles of works ("Sometime Ago").
                quoted ??= QuotedTokens(s);
                if (!coordinated && quoted[a] && (s.Flags[a] & GazetteerFlags.FirstName) == 0)
                {
                    continue;
                }

                kind = mk ?? EntityKind.Person;
                weak = guessed;
            }

            Claim(mentions, owner, new Mention(a, b, kind) { Weak = weak });
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 6)
        {
            return false;
        }

        var upper = 0;
        foreach (var c in w)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!char.IsLower(c) && !char.IsDigit(c) && c != '-')
            {
                return false;
            }
        }

        return upper >= 2 && upper * 2 > w.Length;
    }

    private static bool IsOrgSuffixWord(ReadOnlySpan<char> w) => w is "AG" or "GmbH" or "SE" or "KG" or "KGaA" or "OHG" or "eG" or "e.V." or "Inc." or "Inc" or "Ltd." or "Ltd"
        or "Corp." or "Corp" or "LLC" or "plc" or "Co." or "Verlag" or "Group" or "Gruppe" or "Holding" or "Airlines" or "Records" or "Bank" or "Partei" or "Stiftung" or "Institut" or "Universität" or "University" or "College" or "Club" or "Klub" or "Verein" or "Verband";

    /// <summary>Organisation words followed by "für" and a name: "Bundesamt für Gesundheit".</summary>
    private static void AddOrgComplements(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 0; i + 2 < n; i++)
        {
            if (owner[i] >= 0 || s.Tokens[i].Shape != TokenShape.Capitalized || (s.Flags[i] & GazetteerFlags.OrgWord) == 0
                || s.Tokens[i + 1].Of(text) is not ("für" or "of" or "for") || s.Tokens[i + 2].Shape != TokenShape.Capitalized || owner[i + 2] >= 0)
            {
                continue;
            }

            var start = i;
            if (i > 0 && owner[i - 1] < 0 && s.Tokens[i - 1].Shape == TokenShape.Capitalized && !s.Tokens[i].SentenceStart
                && (s.Flags[i - 1] & GazetteerFlags.Stop) == 0 && char.IsLower(text[s.Tokens[i - 1].End - 1]) && text[s.Tokens[i - 1].End - 1] is 'e' or 'n' or 'r' or 's')
            {
                start = i - 1; // "Europäische Zentralbank", "Deutsches Institut für ..."
            }

            var end = i + 3;
            while (end + 1 < n && s.Tokens[end].Of(text) is "und" or "and" && s.Tokens[end + 1].Shape == TokenShape.Capitalized && owner[end + 1] < 0)
            {
                end += 2;
            }

            Claim(mentions, owner, new Mention(start, end, EntityKind.Organisation));
            i = end - 1;
        }

        for (var i = 0; i < n; i++)
        {
            // Specific public bodies written as one word: "Bundesjustizministerium", "Bundesärztekammer".
            if (owner[i] < 0 && s.Tokens[i].Shape == TokenShape.Capitalized && (s.Flags[i] & GazetteerFlags.OrgWord) != 0 && s.Tokens[i].Length >= 10
                && s.Tokens[i].Of(text) is var body && (body.StartsWith("Bundes", StringComparison.Ordinal) || body.StartsWith("Reichs", StringComparison.Ordinal))
                && !IsGenericOrgWord(body[6..]))
            {
                Claim(mentions, owner, new Mention(i, i + 1, EntityKind.Organisation));
            }
        }
    }

    private static EntityKind? ModelKind(TaggedSentence s, int a, int b)
    {
        Span<int> votes = stackalloc int[3];
        for (var k = a; k < b; k++)
        {
            if (s.Tags[k] != EntityTag.O)
            {
                votes[(int)KindOf(s.Tags[k])]++;
            }
        }

        if (votes[0] + votes[1] + votes[2] == 0)
        {
            return null;
        }

        return votes[1] > votes[0] && votes[1] >= votes[2] ? EntityKind.Organisation : votes[2] > votes[0] && votes[2] > votes[1] ? EntityKind.Location : EntityKind.Person;
    }

    private static void Name(TaggedSentence s, Gazetteer g, List<Mention> mentions)
    {
        var text = s.Text;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var raw = text.AsSpan(s.Tokens[m.Start].Start, s.Tokens[m.End - 1].End - s.Tokens[m.Start].Start);
            var name = CollapseSpaces(raw);
            var last = m.End - 1;
            var lastTok = s.Tokens[last].Of(text);
            if (lastTok.Length > 3 && lastTok[^1] == 's' && (s.Flags[last] & GazetteerFlags.Genitive) != 0)
            {
                var strip = lastTok.Length > 5 && lastTok[^2] == 'e' && !g.Has(lastTok[..^1], PlaceFlags | GazetteerFlags.Actor | GazetteerFlags.Surname) ? 2 : 1;
                name = name[..^strip];
            }
            else if (lastTok.Length > 4 && lastTok[^1] == '\'')
            {
                name = name[..^1];
            }
            else if (lastTok.Length > 4 && lastTok[^1] == 's' && lastTok[^2] is '\'' or '\u2019')
            {
                name = name[..^2]; // "Guernsey's", "Andrea’s"
            }

            m.Name = Alias(name, g);
            mentions[k] = m;
        }
    }

    private static string CollapseSpaces(ReadOnlySpan<char> raw)
    {
        var any = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsWhiteSpace(raw[i]) && (raw[i] != ' ' || (i + 1 < raw.Length && char.IsWhiteSpace(raw[i + 1]))))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return raw.ToString();
        }

        var sb = new System.Text.StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Alias(string name, Gazetteer g)
    {
        if (g.Aliases.TryGetValue(name, out var canonical))
        {
            return canonical;
        }

        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        var parts = name.Split(' ');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (g.Aliases.TryGetValue(parts[i], out var c) && !c.Contains(' ', StringComparison.Ordinal))
            {
                parts[i] = c;
                changed = true;
            }
        }

        if (!changed)
        {
            return name;
        }

        var joined = string.Join(' ', parts);
        return g.Aliases.TryGetValue(joined, out var whole) ? whole : joined;
    }

    private static void Corefer(TaggedSentence s, List<Mention> mentions)
    {
        // Last word of a multi-word person name -> the fullest such name.
        Dictionary<string, string>? surnames = null;
        foreach (var m in mentions)
        {
            if (m.Kind != EntityKind.Person)
            {
                continue;
            }

            var space = m.Name.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            surnames ??= new Dictionary<string, string>(StringComparer.Ordinal);
            var last = m.Name[(space + 1)..];
            if (!surnames.TryGetValue(last, out var existing) || existing.Length < m.Name.Length)
            {
                surnames[last] = m.Name;
            }
        }

        if (surnames is null)
        {
            // Genitive of single-word persons mentioned elsewhere without s ("Dmitrijew", "Dmitrijews").
            StripKnownGenitive(mentions, null);
            return;
        }

        StripKnownGenitive(mentions, surnames);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind == EntityKind.Location && m.End - m.Start == 1 && !surnames.ContainsKey(m.Name))
            {
                continue;
            }

            if (!m.Name.Contains(' ', StringComparison.Ordinal) && surnames.TryGetValue(m.Name, out var full))
            {
                m.Name = full;
                m.Kind = EntityKind.Person;
                mentions[k] = m;
            }
        }

        // Bare surnames the tagger missed still count as mentions (order of first appearance).
        var covered = new bool[s.Tokens.Count];
        foreach (var m in mentions)
        {
            for (var i = m.Start; i < m.End; i++)
            {
                covered[i] = true;
            }
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = false;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (covered[i] || s.Tokens[i].Shape != TokenShape.Capitalized)
            {
                continue;
            }

            var span = s.Tokens[i].Of(s.Text);
            if (lookup.TryGetValue(span, out var full) || (span.Length > 3 && span[^1] == 's' && lookup.TryGetValue(span[..^1], out full)))
            {
                mentions.Add(new Mention(i, i + 1, EntityKind.Person) { Name = full });
                added = true;
            }
        }

        if (added)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static void StripKnownGenitive(List<Mention> mentions, Dictionary<string, string>? surnames)
    {
        HashSet<string>? names = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind == EntityKind.Location || m.Name.Length < 4 || m.Name[^1] != 's')
            {
                continue;
            }

            names ??= mentions.Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
            var stem = m.Name[..^1];
            if (names.Contains(stem) || (surnames is not null && surnames.ContainsKey(stem)))
            {
                m.Name = stem;
                mentions[k] = m;
            }
        }
    }

    private static ExtractedEntities Output(List<Mention> mentions)
    {
        var actors = new List<string>();
        var locations = new List<string>();
        var seenActors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenLocations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            var name = m.Name;
            if (name.Length < 2 || !name.Any(char.IsLetter))
            {
                continue;
            }

            if (m.Kind == EntityKind.Location)
            {
                if (seenLocations.Add(name))
                {
                    locations.Add(name);
                }
            }
            else if (seenActors.Add(name))
            {
                actors.Add(name);
            }
        }

        return new ExtractedEntities(actors, locations);
    }
}
