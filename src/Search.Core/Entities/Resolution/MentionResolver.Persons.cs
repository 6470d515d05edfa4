using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Resolution;

// Person rules: role + name, "Name (47)", first name or initial + surname, speech verb + name, first names alone.
internal static partial class MentionResolver
{
    private static readonly WordSet ParticleWords = RuleWords.Section("particle");
    private static readonly WordSet SecondParticleWords = RuleWords.Section("second-particle");
    private static readonly WordSet SpeechVerbWords = RuleWords.Section("speech-verb");

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

    private static bool NameLike(TaggedSentence s, int i) =>
        s.Tokens[i].Shape == TokenShape.Capitalized && (s.Flags[i] & (NotAName | PlaceFlags | GazetteerFlags.Actor)) == 0;

    private static bool IsParticle(ReadOnlySpan<char> w) => ParticleWords.Contains(w);

    /// <summary>Second word of a two-word particle: "von der", "van den", "von und zu".</summary>
    private static bool IsSecondParticle(ReadOnlySpan<char> w) => SecondParticleWords.Contains(w);

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

    private static bool IsSpeechVerb(ReadOnlySpan<char> w) => SpeechVerbWords.Contains(w);

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
            if ((prev is "laut" or "sagte" or "sagt" or "erklärte" or "betonte" or "meinte" || (next is "zufolge" && !AfterArticle(s, i)))
                && !IsPluralOfKnownNoun(s, s.Tokens[i].Of(text)))
            {
                Claim(mentions, owner, new Mention(i, i + 1, EntityKind.Person) { Weak = true });
            }
        }
    }

    /// <summary>
    /// A dative plural whose singular the word lists know as a noun ("Medienberichten zufolge", "laut Medienberichten"),
    /// not a surname that is also a word ("Kolb", "Fischer").
    /// </summary>
    private static bool IsPluralOfKnownNoun(TaggedSentence s, ReadOnlySpan<char> w) =>
        IsPluralOfKnownNoun(s, w, GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun | GazetteerFlags.Compound | GazetteerFlags.Role);

    /// <summary>
    /// A dative plural ("Medienberichten", "Reportern", "Teilnehmern") whose singular the word lists know with one of
    /// <paramref name="noun"/>.
    /// </summary>
    private static bool IsPluralOfKnownNoun(TaggedSentence s, ReadOnlySpan<char> w, GazetteerFlags noun)
    {
        if (s.Lists is not { } lists || w.Length < 6 || w[^1] != 'n')
        {
            return false;
        }

        if (w.EndsWith("en", StringComparison.Ordinal))
        {
            return (lists.Flags(w[..^2]) & noun) != 0 || (lists.Flags(w[..^1]) & noun) != 0;
        }

        return (w.EndsWith("ern", StringComparison.Ordinal) || w.EndsWith("eln", StringComparison.Ordinal)) && (lists.Flags(w[..^1]) & noun) != 0;
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
}
