using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Resolution;

/// <summary>
/// Turns a tagged document into its entity list. Rules claim token ranges in a fixed order
/// (institutions named after places, organisation patterns, streets, gazetteer phrases and words,
/// role + name, "Name (47)", first name + surname, runs of capitalised words the word lists do not
/// know); the tagger decides only for single unknown words without other evidence and hints the
/// kind of such runs. Then genitive endings go, aliases apply, later short mentions of a person
/// join the fullest name ("Selenski" -> "Wolodimir Selenski"), and the result keeps the order of
/// first mention.
/// </summary>
internal static partial class MentionResolver
{
    private static readonly WordSet HonorificWords = RuleWords.Section("honorific");

    private static readonly WordSet GroupNouns = RuleWords.Section("group-noun");

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzäöüß");

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
        AddUserPhrases(s, g, mentions, owner);
        AddEnglishOrgNames(s, mentions, owner);
        AddStreetsAndSaints(s, g, mentions, owner);
        AddSplitHyphenPlacesAndMotorways(s, g, mentions, owner);
    }

    /// <summary>
    /// The user's own multi-word actors and locations ("Firma Gurkenglas", "Bündnis Morgenrot"), claimed whole before
    /// anything else: the README promises them recognised as written, and the tagger read "Firma Gurkenglas" as the
    /// organisation "Gurkenglas" after a common noun, which left the list entry no free token to match.
    /// </summary>
    private static void AddUserPhrases(TaggedSentence s, Gazetteer g, List<Mention> mentions, int[] owner)
    {
        if (!g.HasUserPhrases)
        {
            return;
        }

        var n = s.Tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if (g.PhrasesStartingWith(s.Tokens[i].Of(s.Text)) is not { } phrases)
            {
                continue;
            }

            foreach (var p in phrases)
            {
                if (g.IsUserEntry(p) && i + p.Tokens.Length <= n && s.Matches(p, i) && Free(owner, i, i + p.Tokens.Length))
                {
                    var kind = (p.Kind & GazetteerFlags.Actor) != 0
                        ? (s.Flags[i] & GazetteerFlags.FirstName) != 0 ? EntityKind.Person : EntityKind.Organisation
                        : EntityKind.Location;
                    Claim(mentions, owner, new Mention(i, i + p.Tokens.Length, kind));
                    i += p.Tokens.Length - 1;
                    break;
                }
            }
        }
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

            // A title or role before a person's name is no part of it ("Mrs. Pennington", "Dr. Merkel", "Hauptmann Abraham Sipe").
            var a = i;
            while (KindOf(tag) == EntityKind.Person && a + 1 < j && (IsHonorific(s.Tokens[a].Of(s.Text)) || (s.Flags[a] & GazetteerFlags.Role) != 0))
            {
                a++;
            }

            var kind = KindOf(tag);
            if (kind != EntityKind.Location && j > a + 1 && ListedPlace(s, a, j))
            {
                kind = EntityKind.Location; // a listed place phrase: "Hong Kong"
            }

            if (EntityTag.IsExtracted(tag) && Free(owner, a, j) && !(kind != EntityKind.Location && j == a + 1 && IsGroupOrPluralNoun(s, a)))
            {
                Claim(mentions, owner, new Mention(a, j, kind));
            }

            i = j;
        }
    }

    /// <summary>
    /// A word that names a group or a plural of things, not one actor: members of a faith ("Moslems", "Schiiten"), or
    /// the plural of a noun the lists know and no name list has ("Reportern", "Informationen", "Teilnehmern").
    /// </summary>
    private static bool IsGroupOrPluralNoun(TaggedSentence s, int i)
    {
        var w = s.Tokens[i].Of(s.Text);
        if (GroupNouns.Contains(w))
        {
            return true;
        }

        const GazetteerFlags Named = GazetteerFlags.Actor | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.ProperName
            | PlaceFlags | GazetteerFlags.ActorPhraseBegin | GazetteerFlags.LocationPhraseBegin;
        return (s.Flags[i] & Named) == 0 && !w[1..].ContainsAnyExcept(LowerLetters)
            && IsPluralOfKnownNoun(s, w, GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun | GazetteerFlags.Role);
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

    private static bool IsHonorific(ReadOnlySpan<char> w) => HonorificWords.Contains(w);

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

    private static EntityKind KindOf(int tag) => tag switch
    {
        EntityTag.BPer or EntityTag.IPer => EntityKind.Person,
        EntityTag.BOrg or EntityTag.IOrg => EntityKind.Organisation,
        _ => EntityKind.Location,
    };

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

    /// <summary>
    /// Longer names are not names but runs of capitalised words without punctuation (a menu, a tag cloud, a text in
    /// capitals), which the tagger reads as one span: one of 36 KB once made a facet value too long for the index and
    /// failed the whole update. The longest in entities-dev's gold: 12 words, 97 characters.
    /// </summary>
    internal const int MaxNameLength = 120;

    /// <inheritdoc cref="MaxNameLength"/>
    internal const int MaxNameWords = 12;

    private static int Words(string name)
    {
        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    private static ExtractedEntities Output(List<Mention> mentions)
    {
        var actors = new List<string>();
        var persons = new List<string>();
        var locations = new List<string>();
        var seenActors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenLocations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            var name = m.Name;
            if (name.Length < 2 || !name.Any(char.IsLetter) || name.Length > MaxNameLength || Words(name) > MaxNameWords)
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
                if (m.Kind == EntityKind.Person)
                {
                    persons.Add(name);
                }
            }
        }

        return new ExtractedEntities(actors, locations) { Persons = persons };
    }
}
