using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Resolution;

// Names: genitive endings, canonical forms, aliases, and in-document coreference (a later bare surname joins the fullest name).
internal static partial class MentionResolver
{
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

            m.Name = Alias(CanonicalNames.Of(name, m.Kind, g), g);
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
        PersonsByTheirSurname(s, mentions);

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

        // A first word that is no listed first name also refers to the whole name ("Thaksin" for Thaksin
        // Shinawatra, "Abhisit" for Abhisit Vejjajiva); surnames win.
        if (surnames is not null)
        {
            foreach (var m in mentions)
            {
                var space = m.Name.IndexOf(' ');
                const GazetteerFlags NotAName = GazetteerFlags.FirstName | GazetteerFlags.Role | GazetteerFlags.CommonNoun | GazetteerFlags.CommonWord
                    | GazetteerFlags.Stop | GazetteerFlags.Demonym | GazetteerFlags.OrgWord | GazetteerFlags.Country | GazetteerFlags.City;
                if (m.Kind != EntityKind.Person || space <= 0 || (s.Flags[m.Start] & NotAName) != 0)
                {
                    continue;
                }

                var first = m.Name[..space];
                if (PersonNameKeys.FirstWordRefers(m.Name) && !surnames.ContainsKey(first))
                {
                    surnames[first] = m.Name;
                }
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

    /// <summary>
    /// A word the text uses alone as a person that ends exactly one longer name the tagger took for an organisation
    /// ("Pinto" beside "Verissimo Pinto", "Tigers" beside "Tamil Tigers") stands for that name: the bare word was left a
    /// value of its own, and across the index was counted under another person of that surname. Not when a word of the
    /// longer name marks an organisation, a known actor or a place (then the two may well differ).
    /// </summary>
    private static void PersonsByTheirSurname(TaggedSentence s, List<Mention> mentions)
    {
        Dictionary<string, string?>? longer = null; // last word -> the one organisation name ending in it (null: two)
        foreach (var m in mentions)
        {
            var space = m.Name.LastIndexOf(' ');
            if (m.Kind != EntityKind.Organisation || space <= 0)
            {
                continue;
            }

            var marked = false;
            for (var t = m.Start; t < m.End && !marked; t++)
            {
                marked = (s.Flags[t] & (GazetteerFlags.OrgWord | GazetteerFlags.Actor | PlaceFlags)) != 0 || s.Tokens[t].Shape != TokenShape.Capitalized;
            }

            if (marked)
            {
                continue;
            }

            longer ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            var last = m.Name[(space + 1)..];
            longer[last] = longer.TryGetValue(last, out var other) && other != m.Name ? null : m.Name; // two names: neither
        }

        if (longer is null)
        {
            return;
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind == EntityKind.Person && !m.Name.Contains(' ', StringComparison.Ordinal) && longer.TryGetValue(m.Name, out var full) && full is not null)
            {
                m.Name = full;
                m.Kind = EntityKind.Organisation;
                mentions[k] = m;
            }
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
}
