using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Resolution;

// Organisation rules: institutions named after places, English organisation names, names in apposition after an organisation noun, place adjective + organisation word, organisation + "für" + name.
internal static partial class MentionResolver
{
    private static readonly WordSet ClubSuffixWords = RuleWords.Section("club-suffix");
    private static readonly WordSet EnglishOrgHeadWords = RuleWords.Section("english-org-head");
    private static readonly WordSet EnglishConnectorWords = RuleWords.Section("english-connector");
    private static readonly WordSet OrgSuffixWordWords = RuleWords.Section("org-suffix-word");

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
    /// Clubs and institutions named after a place: "THW Kiel", "VfB Stuttgart",
    /// "Medizinische Hochschule Hannover", "Universität Wien".
    /// </summary>
    private static bool IsClubSuffix(ReadOnlySpan<char> w) => ClubSuffixWords.Contains(w);

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

    /// <summary>Last words of English organisation names ("Royal Air Force", "Jet Propulsion Laboratory", "JFE Holdings").</summary>
    private static bool IsEnglishOrgHead(ReadOnlySpan<char> w) => EnglishOrgHeadWords.Contains(w);

    /// <summary>Lower-case words inside English organisation names: "Board of Commissioners", "Council on Security and Development".</summary>
    private static bool IsEnglishConnector(ReadOnlySpan<char> w) => EnglishConnectorWords.Contains(w);

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

    /// <summary>Common nouns for kinds of organisations that stand before a name in apposition: "der Traditionsverein Preußen Münster".</summary>
    private static bool IsAppositionOrgNoun(ReadOnlySpan<char> w, out bool media)
    {
        Span<char> buffer = stackalloc char[64];
        var lower = Lowered.Into(w[..Math.Min(w.Length, buffer.Length)], buffer);
        media = lower.EndsWith("zeitung") || lower.EndsWith("zeitschrift") || lower.EndsWith("magazin") || lower.EndsWith("magazins");
        return media || lower.EndsWith("verein") || lower.EndsWith("vereins") || lower.EndsWith("verband") || lower.EndsWith("verbands")
            || lower.EndsWith("firma") || lower.EndsWith("unternehmen") || lower.EndsWith("unternehmens") || lower.EndsWith("konzern") || lower.EndsWith("konzerns")
            || lower.EndsWith("versicherung") || lower is "team" or "teams" || lower.EndsWith("rennstall") || lower.EndsWith("rennstalls");
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

    private static bool IsGenericOrgWord(ReadOnlySpan<char> w)
    {
        Span<char> buffer = stackalloc char[64];
        var lower = Lowered.Into(w[..Math.Min(w.Length, buffer.Length)], buffer);
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

    private static bool IsOrgSuffixWord(ReadOnlySpan<char> w) => OrgSuffixWordWords.Contains(w);

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
}
