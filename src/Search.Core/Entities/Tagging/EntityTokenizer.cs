namespace Search.Core.Entities.Tagging;

/// <summary>
/// Splits text into word, number and punctuation tokens and marks sentence starts. Words keep
/// inner hyphens, apostrophes and dots ("US-Bundesstaat", "e.V."), no regular expressions.
/// </summary>
internal static class EntityTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "Mio", "Mrd", "Hr", "Fr", "Jh", "Abs", "Art", "Str", "usw", "etc", "z", "B", "u", "a", "d", "h", "v", "Chr", "Gen", "Sen", "Rep", "Co", "Inc", "Ltd", "Corp", "Jr", "Sr", "evtl", "inkl", "ggf", "sog", "geb", "gest", "Mr", "Mrs", "Ms", "Mme", "Mlle",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<EntityToken> tokens)
    {
        var sentenceStart = true;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && i + 1 < n && (text[i + 1] == '\n' || text[i + 1] == '\r'))
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < n)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || d == '\u00AD')
                    {
                        i++;
                    }
                    else if ((d == '-' || d == '\'' || d == '\u2019' || d == '&') && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (d == '.' && i + 1 < n && char.IsLetter(text[i + 1]) && i + 2 < n && text[i + 2] == '.')
                    {
                        // "e.V.", "U.S." style abbreviations
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // A trailing dot belongs to abbreviations and initials ("Dr.", "J.").
                var word = text.AsSpan(start, i - start);
                if (i < n && text[i] == '.' && ((word.Length == 1 && char.IsUpper(word[0])) || AbbreviationLookup.Contains(word) || word.Contains('.')))
                {
                    i++;
                }

                var shape = char.IsUpper(c) ? TokenShape.Capitalized : char.IsDigit(c) ? TokenShape.Number : TokenShape.Lower;
                tokens.Add(new EntityToken(start, i - start, shape, sentenceStart));
                sentenceStart = false;
                continue;
            }

            i++;
            tokens.Add(new EntityToken(start, 1, TokenShape.Punctuation, sentenceStart));
            if (c is '.' or '!' or '?' or ':' or ';' or '«' or '»' or '"' or '„' or '“' or '”' or '•' or '|')
            {
                sentenceStart = true;
            }
            else if (c is not ('(' or '[' or '\'' or '‚' or '‘' or '’' or '-' or '–' or '—'))
            {
                sentenceStart = false;
            }
        }
    }

    /// <summary>Whether a token ends a sentence for tagging purposes.</summary>
    public static bool EndsSentence(string text, EntityToken token) =>
        token.Shape == TokenShape.Punctuation && text[token.Start] is '.' or '!' or '?';
}
