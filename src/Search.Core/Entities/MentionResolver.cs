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

    /// <summary>Documents up to this many tokens reuse the thread's buffers.</summary>
    private const int KeptBufferTokens = 50_000;

    [ThreadStatic]
    private static int[]? t_owner;

    [ThreadStatic]
    private static List<Mention>? t_mentions;

    /// <summary>Resolves the mentions of a tagged document.</summary>
    /// <param name="s">The tagged document.</param>
    /// <param name="g">The word lists.</param>
    /// <param name="rules">Whether the rules may claim what the tagger left free (false: the tagger alone, for measuring).</param>
    public static ExtractedEntities Resolve(TaggedSentence s, Gazetteer g, bool rules = true)
    {
        var (owner, mentions) = Buffers(s.Tokens.Count);
        if (rules)
        {
            ClaimByPatterns(s, g, mentions, owner);
        }

        AddTaggerSpans(s, mentions, owner);
        if (rules)
        {
            ClaimByRules(s, g, mentions, owner);
        }

        mentions.RemoveAll(m => m.End <= m.Start || OnlyInitials(s, m));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        SpreadKindInLists(s, mentions);
        MergeSlashPairs(s, mentions);
        Name(s, g, mentions);
        Corefer(s, mentions);
        return Output(mentions);
    }

    /// <summary>Whether the lists know tokens [a, b) as one place (a word or a phrase) and not as an actor.</summary>
    private static bool ListedPlace(TaggedSentence s, int a, int b)
    {
        if (b == a + 1)
        {
            return (s.Flags[a] & PlaceFlags) != 0 && (s.Flags[a] & (GazetteerFlags.Actor | GazetteerFlags.ActorPhraseBegin)) == 0;
        }

        if ((s.Flags[a] & GazetteerFlags.LocationPhraseBegin) == 0 || (b < s.Tokens.Count && (s.Flags[b] & GazetteerFlags.LocationPhraseInside) != 0))
        {
            return false;
        }

        for (var k = a + 1; k < b; k++)
        {
            if ((s.Flags[k] & GazetteerFlags.LocationPhraseInside) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHonorific(ReadOnlySpan<char> w) => w is "Mr." or "Mrs." or "Ms." or "Dr." or "Prof." or "Herr" or "Frau";

    /// <summary>A mention made of initials and abbreviations only ("X.", "z. B.") names nothing.</summary>
    private static bool OnlyInitials(TaggedSentence s, Mention m)
    {
        for (var k = m.Start; k < m.End; k++)
        {
            var w = s.Tokens[k].Of(s.Text);
            if (!(w.Length <= 3 && w[^1] == '.') && !(w.Length == 1 && !char.IsLetterOrDigit(w[0])))
            {
                return false;
            }
        }

        return true;
    }

    private static (int[] Owner, List<Mention> Mentions) Buffers(int n)
    {
        // Both buffers are reused by the thread's next document (each document allocated them anew, and the
        // mention list grew by doubling every time).
        // A huge document's buffers are not kept.
        var keep = n <= KeptBufferTokens;
        var owner = keep && t_owner is { } kept && kept.Length >= n ? kept : new int[Math.Max(n, 256)];
        if (keep)
        {
            t_owner = owner;
        }

        Array.Fill(owner, -1, 0, n);
        var mentions = keep ? t_mentions ??= new List<Mention>(64) : new List<Mention>(64);
        mentions.Clear();
        return (owner, mentions);
    }

    /// <summary>
    /// Fixed patterns whose spans are more reliable than the tagger's, claimed before it: English organisation names
    /// ("Northern Forestry Council"), streets and venues ("Via Garibaldi", "Allianz Arena"), places with a space after
    /// the hyphen and motorways ("Nordrhein- Westfalen", "A 3").
    /// </summary>
    private static void ClaimByPatterns(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        AddEnglishOrgNames(s, mentions, owner);
        AddStreetsAndSaints(s, g, mentions, owner);
        AddSplitHyphenPlacesAndMotorways(s, g, mentions, owner);
    }

    /// <summary>
    /// The rules that add to the tagger on entities-dev: fixed patterns (institutions named after places,
    /// organisation and English organisation names, streets, motorways, list phrases, role + name, clubs) claim what
    /// the tagger left free. The guessing of runs of unknown capitalised words is left to the tagger.
    /// </summary>
    private static void ClaimByRules(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        AddOrgNames(s, mentions, owner);
        AddNamesAfterOrgNouns(s, mentions, owner);
        AddAdjectiveOrgs(s, g, mentions, owner);
        AddGazetteerMatches(s, g, mentions, owner);
        AddPatterns(s, mentions, owner);
        ExtendPersonsLeft(s, mentions, owner);
        AddOrgComplements(s, mentions, owner);
        AddCommonWordNames(s, mentions, owner);
        AddPlacesAfterBarePreposition(s, mentions, owner);
        AddQuotedMedia(s, mentions, owner);
        AdjustClubs(s, mentions, owner);
        mentions.RemoveAll(m => m.End <= m.Start);
    }

    /// <summary>Names of one kind joined by a slash without spaces are one name: "München/Hamburg", "AFP/SID".</summary>
    private static void MergeSlashPairs(TaggedSentence s, List<Mention> mentions)
    {
        var text = s.Text;
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            if (b.Start != a.End + 1 || (a.Kind == EntityKind.Location) != (b.Kind == EntityKind.Location))
            {
                continue;
            }

            var slash = s.Tokens[a.End];
            if (slash.Length != 1 || text[slash.Start] != '/' || s.Tokens[a.End - 1].End != slash.Start || slash.End != s.Tokens[b.Start].Start)
            {
                continue;
            }

            a.End = b.End;
            a.Weak &= b.Weak;
            mentions[k] = a;
            mentions.RemoveAt(k + 1);
        }
    }

    private static bool IsClubPrefix(ReadOnlySpan<char> w) => w is "FC" or "SC" or "SV" or "VfB" or "VfL" or "TSV" or "FSV" or "TSG" or "SpVgg" or "SG" or "BV" or "SSV" or "TuS" or "KSV"
        or "Borussia" or "Eintracht" or "Fortuna" or "Hertha" or "Dynamo" or "Werder" or "Alemannia" or "Arminia" or "Energie" or "Rot-Weiss" or "Rot-Weiß" or "Preußen" or "Kickers" or "Union";

    private static bool IsNewsSuffix(ReadOnlySpan<char> w) => w is "Times" or "Post" or "Herald" or "Tribune" or "Journal" or "Globe" or "Chronicle" or "Gazette"
        or "Rundschau" or "Nachrichten" or "Anzeiger" or "Kurier" or "Tagblatt" or "Morgenpost" or "Abendblatt" or "Allgemeine" or "Zeitung";

    private static bool IsAsciiPluralName(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || w[^1] != 's' || w[^2] == 's')
        {
            return false;
        }

        foreach (var c in w)
        {
            if (c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Clubs and papers named after a place: "1. FC Nürnberg", "Mainz 05", "Bayer Leverkusen",
    /// "Philadelphia Flyers", "Detroit Red Wings", "New York Times".
    /// </summary>
    private static void AdjustClubs(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.End <= m.Start || m.Kind == EntityKind.Person)
            {
                continue;
            }

            var changed = false;
            var e = m.End;
            if (m.Kind == EntityKind.Location)
            {
                if (e < n && owner[e] < 0 && s.Tokens[e].Shape == TokenShape.Number && s.Tokens[e].Length == 2 && !(e + 1 < n && text[s.Tokens[e + 1].Start] is '.' or ':'
                    && s.Tokens[e + 1].Start == s.Tokens[e].End))
                {
                    e++; // "Mainz 05", "Hannover 96"
                }
                else if (e < n && owner[e] < 0 && s.Tokens[e].Shape == TokenShape.Capitalized && IsNewsSuffix(s.Tokens[e].Of(text)))
                {
                    e++;
                }
                else
                {
                    var j = e;
                    while (j < n && j < e + 2 && owner[j] < 0 && s.Tokens[j].Shape == TokenShape.Capitalized && (s.Flags[j] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun)) == 0
                        && !IsAsciiPluralName(s.Tokens[j].Of(text)) && j + 1 < n && IsAsciiPluralName(s.Tokens[j + 1].Of(text)))
                    {
                        j++;
                    }

                    if (j < n && owner[j] < 0 && s.Tokens[j].Shape == TokenShape.Capitalized && (s.Flags[j] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | PlaceFlags)) == 0
                        && IsAsciiPluralName(s.Tokens[j].Of(text)) && (s.Flags[m.End - 1] & GazetteerFlags.Genitive) == 0)
                    {
                        e = j + 1; // "Philadelphia Flyers", "Detroit Red Wings"
                    }
                }
            }

            if (e != m.End)
            {
                for (var t = m.End; t < e; t++)
                {
                    owner[t] = k;
                }

                m.End = e;
                m.Kind = EntityKind.Organisation;
                changed = true;
            }

            // "Bayer Leverkusen": a known organisation right before an unclaimed city.
            if (m.Kind == EntityKind.Organisation && m.End - m.Start == 1 && (s.Flags[m.Start] & GazetteerFlags.Actor) != 0 && m.End < n && owner[m.End] < 0
                && s.Tokens[m.End].Shape == TokenShape.Capitalized && (s.Flags[m.End] & GazetteerFlags.City) != 0 && !s.Tokens[m.End].SentenceStart)
            {
                owner[m.End] = k;
                m.End++;
                changed = true;
            }

            // "Bayer Leverkusen", "Werder Bremen": a known organisation word right before a city.
            var nk = m.End < n ? owner[m.End] : -1;
            if (nk >= 0 && nk != k && mentions[nk].Start == m.End && mentions[nk].Kind == EntityKind.Location && m.End - m.Start == 1
                && m.Kind == EntityKind.Organisation && (s.Flags[m.Start] & GazetteerFlags.Actor) != 0 && mentions[nk].End - mentions[nk].Start == 1
                && (s.Flags[m.End] & GazetteerFlags.City) != 0)
            {
                var next = mentions[nk];
                owner[next.Start] = k;
                m.End = next.End;
                next.End = next.Start;
                mentions[nk] = next;
                changed = true;
            }

            // "FC Schalke 04", "1. FC Nürnberg"
            var st = m.Start;
            if (st > 0 && owner[st - 1] < 0 && IsClubPrefix(s.Tokens[st - 1].Of(text)) && !IsClubPrefix(s.Tokens[st].Of(text)))
            {
                st--;
                m.Kind = EntityKind.Organisation;
            }

            if (IsClubPrefix(s.Tokens[st].Of(text)) && st >= 2 && owner[st - 1] < 0 && owner[st - 2] < 0 && text[s.Tokens[st - 1].Start] == '.'
                && s.Tokens[st - 2].Of(text) is "1" && s.Tokens[st - 2].End == s.Tokens[st - 1].Start)
            {
                st -= 2;
            }

            if (st != m.Start)
            {
                for (var t = st; t < m.Start; t++)
                {
                    owner[t] = k;
                }

                m.Start = st;
                changed = true;
            }

            if (changed)
            {
                mentions[k] = m;
            }
        }
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
                && (IsAcronym(w) || ((s.Flags[i] & GazetteerFlags.OrgWord) != 0 && (!IsOrgSuffixWord(w) || w is "Universität" or "University" or "Institut" or "Stiftung" or "College")
                    && !IsGenericOrgWord(w)))
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

    private static bool IsMediaNoun(ReadOnlySpan<char> w) =>
        w.EndsWith("zeitung", StringComparison.OrdinalIgnoreCase) || w.EndsWith("magazin", StringComparison.OrdinalIgnoreCase) || w.EndsWith("magazins", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("zeitschrift", StringComparison.OrdinalIgnoreCase) || w.EndsWith("blatt", StringComparison.OrdinalIgnoreCase) || w.EndsWith("blatts", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("sender", StringComparison.OrdinalIgnoreCase) || w.EndsWith("senders", StringComparison.OrdinalIgnoreCase) || w is "Sender" or "Zeitung" or "Magazin";

    private static bool IsReportingWord(ReadOnlySpan<char> w) => w is "sagte" or "sagt" or "erklärte" or "berichtet" or "berichtete" or "berichten" or "meldet"
        or "meldete" or "schreibt" or "schrieb" or "zitiert" or "zitierte" or "Angaben" or "Berechnungen" or "Bericht" or "Informationen" or "Interview"
        or "Gespräch" or "bestätigte" or "betonte" or "kündigte" or "sagten" or "Recherchen" or "Umfrage";

    /// <summary>
    /// Newspapers, magazines and broadcasters in quotation marks: after a media noun ("des Magazins
    /// „The Face“"), after "laut", or after an article with a reporting word before it ("sagte er
    /// dem „Berliner Kurier“", "nach Berechnungen des „Handelsblatts“"). Other quoted runs stay titles of works.
    /// </summary>
    private static void AddQuotedMedia(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var q = 1; q + 2 < n; q++)
        {
            var open = text[s.Tokens[q].Start];
            if (s.Tokens[q].Shape != TokenShape.Punctuation || open is not ('"' or '„' or '“' or '«' or '»'))
            {
                continue;
            }

            var a = q + 1;
            var b = a;
            while (b < n && b < a + 4 && owner[b] < 0 && s.Tokens[b].Shape == TokenShape.Capitalized)
            {
                b++;
            }

            if (b == a || b >= n || s.Tokens[b].Shape != TokenShape.Punctuation || text[s.Tokens[b].Start] is not ('"' or '“' or '”' or '«' or '»'))
            {
                continue;
            }

            var prev = s.Tokens[q - 1].Of(text);
            var media = IsMediaNoun(prev) || prev is "laut";
            if (!media && prev is "der" or "dem" or "des")
            {
                for (var k = q - 2; k >= 0 && k >= q - 6; k--)
                {
                    if (IsReportingWord(s.Tokens[k].Of(text)))
                    {
                        media = true;
                        break;
                    }
                }
            }

            if (media)
            {
                Claim(mentions, owner, new Mention(a, b, EntityKind.Organisation));
                q = b;
            }
        }
    }

    /// <summary>Common nouns for kinds of organisations that stand before a name in apposition: "der Traditionsverein Preußen Münster".</summary>
    private static bool IsAppositionOrgNoun(ReadOnlySpan<char> w, out bool media)
    {
        Span<char> lower = stackalloc char[Math.Min(w.Length, 64)];
        w[..lower.Length].ToLowerInvariant(lower);
        media = lower.EndsWith("zeitung") || lower.EndsWith("zeitschrift") || lower.EndsWith("magazin") || lower.EndsWith("magazins");
        return media || lower.EndsWith("verein") || lower.EndsWith("vereins") || lower.EndsWith("verband") || lower.EndsWith("verbands")
            || lower.EndsWith("firma") || lower.EndsWith("unternehmen") || lower.EndsWith("unternehmens") || lower.EndsWith("konzern") || lower.EndsWith("konzerns")
            || lower.EndsWith("versicherung") || lower is "team" or "teams" || lower.EndsWith("rennstall") || lower.EndsWith("rennstalls");
    }

    /// <summary>
    /// A name in apposition after a common noun for a kind of organisation, used with an article:
    /// "beim Traditionsverein Preußen Münster", "der Versicherung Swiss Life", "der Wochenzeitung
    /// Die Zeit", "des Arbeitgeberverbands Süd-West-Metall". The noun is no part of the name.
    /// </summary>
    private static void AddNamesAfterOrgNouns(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 1; i + 1 < n; i++)
        {
            var head = s.Tokens[i];
            if (head.Shape != TokenShape.Capitalized || owner[i + 1] >= 0 || s.Tokens[i + 1].Shape != TokenShape.Capitalized
                || s.Tokens[i - 1].Of(text) is not ("der" or "die" or "das" or "des" or "dem" or "den" or "beim" or "vom" or "zum" or "zur" or "im" or "eines" or "einer" or "einem")
                || !IsAppositionOrgNoun(head.Of(text), out var media))
            {
                continue;
            }

            var a = i + 1;
            if (media && a + 1 < n && s.Tokens[a].Of(text) is "Die" or "Der" or "Das" && s.Tokens[a + 1].Shape == TokenShape.Capitalized)
            {
                a++; // "Wochenzeitung Die Zeit"
            }

            // After "Die"/"Der"/"Das" a paper's name may be a common word: "Die Zeit", "Die Woche".
            var titled = a > i + 1;
            var stopAt = titled ? GazetteerFlags.Stop | GazetteerFlags.Role : GazetteerFlags.Stop | GazetteerFlags.Role | GazetteerFlags.CommonNoun | GazetteerFlags.OrgWord;
            var b = a;
            while (b < n && b < a + 3 && owner[b] < 0 && s.Tokens[b].Shape == TokenShape.Capitalized && !s.Tokens[b].SentenceStart && (s.Flags[b] & stopAt) == 0)
            {
                b++;
            }

            if (b == a || (b < n && s.Tokens[b].Shape == TokenShape.Capitalized)
                || (!titled && b - a == 1 && (s.Flags[a] & (GazetteerFlags.CommonWord | GazetteerFlags.Compound)) != 0 && (s.Flags[a] & NameEvidence) == 0))
            {
                continue;
            }

            Claim(mentions, owner, new Mention(a == i + 1 ? a : i + 1, b, EntityKind.Organisation));
            i = b - 1;
        }
    }

    /// <summary>Last words of English organisation names ("Royal Air Force", "Jet Propulsion Laboratory", "JFE Holdings").</summary>
    private static bool IsEnglishOrgHead(ReadOnlySpan<char> w) => w is "Council" or "Commission" or "Committee" or "Board" or "Laboratory" or "Laboratories"
        or "Force" or "Brigade" or "Division" or "Corps" or "Airways" or "Holdings" or "Systems" or "Industries" or "Line" or "Lines" or "Comics"
        or "Pictures" or "Studios" or "Entertainment" or "Theatre" or "Foundation" or "Society" or "Association" or "Federation" or "Corporation"
        or "Company" or "Motors" or "Technologies" or "Pharmaceuticals" or "Pharmaceutical" or "Insurance" or "Agency" or "Authority" or "Department"
        or "Ministry" or "Office" or "Institute" or "Service" or "Services" or "Networks" or "Communications" or "Broadcasting"
        or "Guard" or "Army" or "Navy" or "Party" or "Trust" or "Partners" or "Capital" or "Electric" or "Energy";

    /// <summary>Lower-case words inside English organisation names: "Board of Commissioners", "Council on Security and Development".</summary>
    private static bool IsEnglishConnector(ReadOnlySpan<char> w) => w is "of" or "on" or "and" or "for" or "&";

    /// <summary>
    /// English organisation names: capitalised words before an English organisation head, also
    /// words the German lists know ("Jet", "Air"), an ordinal ("2nd Tactical Air Force") and
    /// "of"/"on"/"and"/"&amp;" inside ("Great Britain Board of Commissioners").
    /// </summary>
    private static void AddEnglishOrgNames(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 1; i < n; i++)
        {
            if (owner[i] >= 0 || s.Tokens[i].Shape != TokenShape.Capitalized || !IsEnglishOrgHead(s.Tokens[i].Of(text)))
            {
                continue;
            }

            var start = i;
            var k = i - 1;
            while (k >= 0 && i - k < MaxNameTokens && owner[k] < 0)
            {
                var t = s.Tokens[k];
                var w = t.Of(text);
                if ((t.Shape == TokenShape.Capitalized && (s.Flags[k] & GazetteerFlags.Stop) == 0 && !IsEnglishOrgHead(w)) || IsAcronym(w)
                    || (t.Shape != TokenShape.Punctuation && w.Length >= 3 && char.IsDigit(w[0]) && (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal) || w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal))))
                {
                    start = k;
                    if (t.SentenceStart)
                    {
                        break;
                    }

                    k--;
                }
                else if (t.Shape == TokenShape.Lower && IsEnglishConnector(w) && k > 0 && start == k + 1 && s.Tokens[k - 1].Shape == TokenShape.Capitalized && owner[k - 1] < 0)
                {
                    k--;
                }
                else
                {
                    break;
                }
            }

            if (start == i)
            {
                continue;
            }

            var end = i + 1;
            while (end < n && owner[end] < 0 && s.Tokens[end].Shape == TokenShape.Capitalized && IsEnglishOrgHead(s.Tokens[end].Of(text)))
            {
                end++; // "Pharmaceutical Industries"
            }

            // "Board of Commissioners", "Council on Security and Development": connectors and capitalised words after the head.
            while (end + 1 < n && s.Tokens[end].Shape == TokenShape.Lower && IsEnglishConnector(s.Tokens[end].Of(text)) && s.Tokens[end].Of(text) is "of" or "on" or "for"
                && s.Tokens[end + 1].Shape == TokenShape.Capitalized && owner[end + 1] < 0)
            {
                var e = end + 1;
                while (e < n && e < end + MaxNameTokens && owner[e] < 0
                    && (s.Tokens[e].Shape == TokenShape.Capitalized || (s.Tokens[e].Shape == TokenShape.Lower && s.Tokens[e].Of(text) is "and" or "&" && e + 1 < n && s.Tokens[e + 1].Shape == TokenShape.Capitalized)))
                {
                    e++;
                }

                end = e;
            }

            if (end < n && owner[end] < 0 && IsOrgSuffixWord(s.Tokens[end].Of(text)))
            {
                end++; // "TEVA Pharmaceutical Industries Ltd"
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
            var first = ((s.Flags[i] & GazetteerFlags.FirstName) != 0 && owner[i] < 0
                    && ((s.Flags[i] & NotAName) == 0
                        || ((s.Flags[i] & NotAName) == GazetteerFlags.CommonNoun && i + 1 < n && !s.Tokens[i + 1].SentenceStart // "Heinz Seiffert"
                            && s.Tokens[i + 1].Shape == TokenShape.Capitalized && (s.Flags[i + 1] & ~(GazetteerFlags.Surname | GazetteerFlags.ProperName)) == 0)))
                || initial;
            var begin = role ? i + 1 : i;
            // "Gustav Büscher, A. Wiegemann", "von W. Müller": after a comma, "und", "von" or "mit" an initial takes a surname that is also a word.
            var initialBeforeWord = initial && i > 0 && i + 1 < n && s.Tokens[i - 1].Of(text) is "," or "und" or "von" or "mit"
                && s.Tokens[i + 1].Shape == TokenShape.Capitalized && !s.Tokens[i + 1].SentenceStart
                && (s.Flags[i + 1] & (GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.Role | GazetteerFlags.PlaceWord | GazetteerFlags.OrgWord)) == 0;
            if (initial && !role && !initialBeforeWord && (i + 1 >= n || (s.Flags[i + 1] & Known) != 0))
            {
                first = (s.Flags[i] & GazetteerFlags.FirstName) != 0;
            }

            if ((role || first) && begin < n && owner[begin] < 0 && (NameLike(s, begin) || (first && !role)))
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

                // "Matthew Williams Liebeskummer": a German-looking noun after first name and surname ends the name.
                if (end - begin >= 3 && (s.Flags[end - 1] & (NameEvidence | GazetteerFlags.OrgWord)) == 0 && s.Tokens[end - 2].Shape == TokenShape.Capitalized
                    && GermanNounLike(s.Tokens[end - 1].Of(text)))
                {
                    end--;
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

    /// <summary>A long word with German spelling and a German noun ending ("Liebeskummer", "Räumlichkeiten").</summary>
    private static bool GermanNounLike(ReadOnlySpan<char> w)
    {
        if (w.Length < 8 || w.Contains('-'))
        {
            return false;
        }

        var german = w.IndexOfAny('ä', 'ö', 'ü') >= 0 || w.Contains('ß') || w.Contains("sch", StringComparison.Ordinal) || w.Contains("ei", StringComparison.Ordinal)
            || w.Contains("ie", StringComparison.Ordinal) || w.Contains("tz", StringComparison.Ordinal) || w.Contains("ck", StringComparison.Ordinal);
        return german && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("ung", StringComparison.Ordinal)
            || w.EndsWith("heit", StringComparison.Ordinal) || w.EndsWith("keit", StringComparison.Ordinal) || w.EndsWith("schaft", StringComparison.Ordinal) || w.EndsWith("nis", StringComparison.Ordinal));
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

    /// <summary>Surnames that the general word list also has, in the clearest name slots: ", sagte Kolb", "Heidegger zufolge".</summary>
    private static void AddCommonWordNames(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var text = s.Text;
        for (var i = 1; i < n; i++)
        {
            if (owner[i] >= 0 || s.Tokens[i].Shape != TokenShape.Capitalized || s.Flags[i] != GazetteerFlags.CommonWord || s.Tokens[i].Length < 4
                || s.Tokens[i].SentenceStart || (i + 1 < n && s.Tokens[i + 1].Shape == TokenShape.Capitalized) || s.Tokens[i - 1].Shape == TokenShape.Capitalized)
            {
                continue;
            }

            var prev = s.Tokens[i - 1].Of(text);
            var next = i + 1 < n ? s.Tokens[i + 1].Of(text) : default;
            if (prev is "laut" or "sagte" or "sagt" or "erklärte" or "betonte" or "meinte" || (next is "zufolge" && !AfterArticle(s, i)))
            {
                Claim(mentions, owner, new Mention(i, i + 1, EntityKind.Person) { Weak = true });
            }
        }
    }

    /// <summary>Brands written in lower case with a capital inside: "iTunes", "eBay".</summary>
    private static bool IsCamelBrand(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || !char.IsLower(w[0]) || !char.IsUpper(w[1]))
        {
            return false;
        }

        for (var k = 2; k < w.Length; k++)
        {
            if (!char.IsLetter(w[k]))
            {
                return false;
            }
        }

        return true;
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
            // "Bayerischen Staatsministerium" already claimed: its complement joins it.
            var joinTo = owner[i] >= 0 && mentions[owner[i]].End == i + 1 && mentions[owner[i]].Kind == EntityKind.Organisation ? owner[i] : -1;
            if ((owner[i] >= 0 && joinTo < 0) || s.Tokens[i].Shape != TokenShape.Capitalized || (s.Flags[i] & GazetteerFlags.OrgWord) == 0
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
            while (end < n && end < i + 5 && s.Tokens[end].Shape == TokenShape.Capitalized && owner[end] < 0 && !s.Tokens[end].SentenceStart
                && (s.Flags[end] & (GazetteerFlags.Stop | GazetteerFlags.Role)) == 0)
            {
                end++; // "Institut für Corporate Governance"
            }

            while (end + 1 < n && s.Tokens[end].Of(text) is "und" or "and" && s.Tokens[end + 1].Shape == TokenShape.Capitalized && owner[end + 1] < 0)
            {
                end += 2;
            }

            if (joinTo >= 0)
            {
                var m = mentions[joinTo];
                for (var t = m.End; t < end; t++)
                {
                    owner[t] = joinTo;
                }

                m.End = end;
                mentions[joinTo] = m;
            }
            else
            {
                Claim(mentions, owner, new Mention(start, end, EntityKind.Organisation));
            }

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

    /// <summary>Claims the spans of the sequence tagger whose tokens are still free.</summary>
    private static void AddTaggerSpans(TaggedSentence s, List<Mention> mentions, int[] owner)
    {
        var n = s.Tokens.Count;
        var i = 0;
        while (i < n)
        {
            var tag = s.Tags[i];
            if (tag == EntityTag.O)
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < n && s.Tags[j] == EntityTag.Begin(tag) + 1)
            {
                j++;
            }

            // A title before a person's name is no part of it ("Mrs. Pennington", "Dr. Merkel").
            var a = i;
            while (KindOf(tag) == EntityKind.Person && a + 1 < j && IsHonorific(s.Tokens[a].Of(s.Text)))
            {
                a++;
            }

            var kind = KindOf(tag);
            if (kind != EntityKind.Location && j > a + 1 && ListedPlace(s, a, j))
            {
                kind = EntityKind.Location; // a listed place phrase: "Hong Kong"
            }

            if (EntityTag.IsExtracted(tag) && Free(owner, a, j))
            {
                Claim(mentions, owner, new Mention(a, j, kind));
            }

            i = j;
        }
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
                var strip = lastTok.Length > 5 && lastTok[^2] == 'e' && !g.Has(lastTok[..^1], PlaceFlags | GazetteerFlags.Actor | GazetteerFlags.Surname | GazetteerFlags.ProperName) ? 2 : 1;
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

            m.Name = Alias(Resolution.CanonicalNames.Of(name, m.Kind, g), g);
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
            // Case matters for short words: "Us" in "Till Death Do Us Part" is no "US".
            if (g.Aliases.TryGetValue(parts[i], out var c) && !c.Contains(' ', StringComparison.Ordinal)
                && (parts[i].Length > 3 || g.Aliases.Keys.Contains(parts[i], StringComparer.Ordinal)))
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
