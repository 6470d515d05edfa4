using Search.Core.Entities.Lexicon;

namespace Search.Core.Entities;

/// <summary>
/// The single words by which a person's full name may be referred to on its own: the last word (the surname,
/// "Stoiber" for Edmund Stoiber) and, for a plain name whose first word is no listed first name, the first word
/// ("Thaksin" for Thaksin Shinawatra, "Chui" for Chui Sai On). The indexer stores them so that the actor facet
/// can count a bare reference under the one full name the index knows for it; the in-article coreference uses
/// the same rule.
/// </summary>
internal static class PersonNameKeys
{
    private static readonly Lazy<WordSet> FirstNames = new(
        () => new WordSet(Gazetteer.ReadResourceLines("firstnames.txt").Concat(Gazetteer.ReadResourceLines("firstnames-extra.txt")).Concat(Gazetteer.ReadResourceLines("firstnames-intl.txt"))),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether a listed first name is <paramref name="word"/>.</summary>
    public static bool IsFirstName(ReadOnlySpan<char> word) => FirstNames.Value.Contains(word);

    /// <summary>The words that may stand for the full person name <paramref name="name"/> (none for a one-word name).</summary>
    public static IEnumerable<string> Keys(string name)
    {
        var first = name.IndexOf(' ');
        if (first <= 0)
        {
            yield break;
        }

        var surname = name[(name.LastIndexOf(' ') + 1)..];
        if (IsWord(surname))
        {
            yield return surname;
        }

        var given = name[..first];
        if (given != surname && FirstWordRefers(name) && !IsFirstName(given))
        {
            yield return given;
        }
    }

    /// <summary>
    /// Whether the first word of the person name may refer to it on its own, leaving aside the first-name list: two or
    /// three words of letters, each capitalised once (not "Fresenius S.E.", "Rolls-Royce Ghost", "Rama IX").
    /// </summary>
    public static bool FirstWordRefers(string name)
    {
        var words = 0;
        foreach (var word in name.Split(' '))
        {
            if (word.Length < 2 || !char.IsUpper(word[0]))
            {
                return false;
            }

            for (var i = 1; i < word.Length; i++)
            {
                if (!char.IsLower(word[i]))
                {
                    return false;
                }
            }

            words++;
        }

        return words is 2 or 3 && name.IndexOf(' ') > 2;
    }

    /// <summary>A capitalised word of at least three characters, letters and inner hyphens only ("Merkel", "Voss-Tecklenburg").</summary>
    private static bool IsWord(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !char.IsLetter(word[^1]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
