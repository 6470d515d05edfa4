using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Resolution;

// Newspapers and broadcasters in quotation marks, and clubs and papers named after a place.
internal static partial class MentionResolver
{
    private static readonly WordSet ReportingWordWords = RuleWords.Section("reporting-word");
    private static readonly WordSet ClubPrefixWords = RuleWords.Section("club-prefix");
    private static readonly WordSet NewsSuffixWords = RuleWords.Section("news-suffix");

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

    private static bool IsMediaNoun(ReadOnlySpan<char> w) =>
        w.EndsWith("zeitung", StringComparison.OrdinalIgnoreCase) || w.EndsWith("magazin", StringComparison.OrdinalIgnoreCase) || w.EndsWith("magazins", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("zeitschrift", StringComparison.OrdinalIgnoreCase) || w.EndsWith("blatt", StringComparison.OrdinalIgnoreCase) || w.EndsWith("blatts", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("sender", StringComparison.OrdinalIgnoreCase) || w.EndsWith("senders", StringComparison.OrdinalIgnoreCase) || w is "Sender" or "Zeitung" or "Magazin";

    private static bool IsReportingWord(ReadOnlySpan<char> w) => ReportingWordWords.Contains(w);

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
                    && s.Tokens[e + 1].Start == s.Tokens[e].End) && !CountsSomething(s, m, e))
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

    private static bool IsClubPrefix(ReadOnlySpan<char> w) => ClubPrefixWords.Contains(w);

    /// <summary>
    /// Whether the number after a place counts something rather than naming a club: a country is no club's name ("über
    /// der Schweiz 13 Tonnen"), and a club's number is not followed by the noun or number it counts ("auf Europa 40
    /// Prozent", "Afghanistan 70 Menschen").
    /// </summary>
    private static bool CountsSomething(TaggedSentence s, Mention place, int number) =>
        (s.Flags[place.End - 1] & GazetteerFlags.Country) != 0
        || (number + 1 < s.Tokens.Count && s.Tokens[number + 1].Shape is TokenShape.Capitalized or TokenShape.Number);

    private static bool IsNewsSuffix(ReadOnlySpan<char> w) => NewsSuffixWords.Contains(w);

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
}
