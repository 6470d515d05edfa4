using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// Recognises German person nouns, masculine and feminine, and folds both to one shared form: "Kanzlerin",
/// "Kanzlerinnen", "Kanzler", "Kanzlers" → kanzler; "Ärztin", "Ärzte" → arzt; "Bundeskanzlerin" → bundeskanzler with
/// the head kanzler. Used by the person field (see <see cref="PersonFormFilter"/>), so that the office is found in
/// either form while the exact form ranks first.
/// </summary>
/// <remarks>
/// <para>The decision comes from morphology and a lexicon, never from a bare "-in" cut: a feminine form is a known
/// masculine person noun (or a compound ending in one, after at least three more letters) followed by "in" or
/// "innen", where the umlaut of the masculine may be added ("Bäuerin", "Ärztin"). Known masculine person nouns are
/// the entries of the decompounder's dictionary (the same one that splits compounds at index time) that end in an
/// agent ending (-er, -ent, -ant, -ist, -eur, -or, -at, -ot, -og, -et, -ekt; not -ment), with their inflected forms,
/// plus a hand-written list (<c>person-nouns.txt</c>) of irregular pairs ("Arzt"/"Ärztin", "Kollege"/"Kollegin"), of
/// neutral forms ("Studierende" → student) and of words that only look feminine. So "Berlin", "Termin", "Benzin",
/// "Protein", "Medizin", "Vitamin" or "Konstantin" stay as they are: nothing in the lexicon precedes their "in".</para>
/// <para>Thread-safe: the lexicon is read-only after loading.</para>
/// </remarks>
internal sealed class PersonNouns
{
    /// <summary>The fewest letters a compound must have before a person noun it ends with ("Bundes|kanzler").</summary>
    public const int MinCompoundPrefix = 3;

    private const string ResourcePrefix = "Search.Core.Analysis.Data.";

    private static readonly string[] AgentEndings = ["er", "ent", "ant", "ist", "eur", "or", "at", "ot", "og", "et", "ekt"];

    private static readonly Lazy<PersonNouns> SharedInstance = new(LoadFromResources, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SuffixTrie _masculine;
    private readonly SuffixTrie _feminineBases;
    private readonly SuffixTrie _notFeminine;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _noHeads;

    /// <summary>Builds the lexicon.</summary>
    /// <param name="dictionary">Lower-case words, of which those with an agent ending count as masculine person nouns.</param>
    /// <param name="handList">The lines of the hand-written list (see the class remarks).</param>
    public PersonNouns(IEnumerable<string> dictionary, IEnumerable<string> handList)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(handList);
        var masculine = new Dictionary<string, string>(StringComparer.Ordinal);
        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        var notFeminine = new Dictionary<string, string>(StringComparer.Ordinal);
        var noHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in handList)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var words = line.TrimStart('!', '~').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => w.ToLowerInvariant()).ToArray();
            if (line[0] == '!')
            {
                foreach (var word in words)
                {
                    notFeminine.TryAdd(word, word);
                }

                continue;
            }

            if (line[0] == '~')
            {
                noHeads.UnionWith(words.Select(w => Fold(w)));
                continue;
            }

            var canonical = words[0];
            AddMasculine(masculine, canonical, canonical);
            if (words.Length > 1 && words[1] != "-" && words[1].EndsWith("in", StringComparison.Ordinal))
            {
                bases.TryAdd(words[1][..^2], canonical);
            }

            foreach (var form in words.Skip(2))
            {
                masculine.TryAdd(form, canonical);
            }
        }

        foreach (var entry in dictionary)
        {
            if (entry.Length >= 4 && IsAgentNoun(entry))
            {
                AddMasculine(masculine, entry, entry);
                bases.TryAdd(entry, entry);
            }
        }

        _masculine = new SuffixTrie(masculine);
        _feminineBases = new SuffixTrie(bases);
        _notFeminine = new SuffixTrie(notFeminine);
        _noHeads = noHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The process-wide lexicon from the embedded dictionary and hand list, loaded on first use.</summary>
    public static PersonNouns Shared => SharedInstance.Value;

    /// <summary>
    /// The shared form of a person noun, when <paramref name="word"/> is one.
    /// </summary>
    /// <param name="word">A lower-case word, not normalised ("kanzlerinnen", "ärzte").</param>
    /// <param name="key">The shared form: the masculine singular, umlauts folded, ß as ss ("kanzler", "arzt").</param>
    /// <param name="head">
    /// For a compound, the shared form of its last part ("kanzler" for "bundeskanzlerin"); else null. Whether the
    /// word really splits there is for the decompounder to say (see <see cref="PersonFormFilter"/>).
    /// </param>
    /// <param name="headStart">Where that last part starts in the word.</param>
    /// <returns>True when the word is a person noun.</returns>
    public bool TryFold(ReadOnlySpan<char> word, out string key, out string? head, out int headStart)
    {
        key = "";
        head = null;
        headStart = 0;
        if (word.Length < 4)
        {
            return false;
        }

        int start;
        string canonical;
        if (IsFeminine(word, out var baseLength) && !_notFeminine.TryFindLongest(word, 0, out _, out _))
        {
            var stem = word[..baseLength];
            if (!_feminineBases.TryFindLongest(stem, MinCompoundPrefix, out start, out canonical)
                && !TryWithoutUmlaut(stem, out start, out canonical))
            {
                return false;
            }
        }
        else if (!_masculine.TryFindLongest(word, MinCompoundPrefix, out start, out canonical))
        {
            return false;
        }

        var folded = Fold(canonical);
        if (start == 0)
        {
            key = folded;
            return true;
        }

        key = Fold(word[..start]) + folded;
        if (!_noHeads.Contains(folded))
        {
            head = folded;
            headStart = start;
        }

        return true;
    }

    /// <summary>Folds umlauts and ß as the shared forms do ("ärzt" → "arzt", "fußgänger" → "fussganger").</summary>
    /// <param name="word">A lower-case word.</param>
    /// <returns>The folded word.</returns>
    public static string Fold(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny("äöüß") < 0)
        {
            return new string(word);
        }

        var sb = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            _ = c switch
            {
                'ä' => sb.Append('a'),
                'ö' => sb.Append('o'),
                'ü' => sb.Append('u'),
                'ß' => sb.Append("ss"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static bool IsFeminine(ReadOnlySpan<char> word, out int baseLength)
    {
        if (word.Length >= 5 + 3 && word.EndsWith("innen", StringComparison.Ordinal))
        {
            baseLength = word.Length - 5;
            return true;
        }

        if (word.Length >= 2 + 3 && word.EndsWith("in", StringComparison.Ordinal))
        {
            baseLength = word.Length - 2;
            return true;
        }

        baseLength = 0;
        return false;
    }

    /// <summary>"bäuer" → "bauer": the feminine of some person nouns adds an umlaut to the last vowel.</summary>
    private bool TryWithoutUmlaut(ReadOnlySpan<char> stem, out int start, out string canonical)
    {
        start = -1;
        canonical = "";
        var at = stem.LastIndexOfAny("äöü");
        if (at < 0 || stem.Length > 64)
        {
            return false;
        }

        Span<char> plain = stackalloc char[stem.Length];
        stem.CopyTo(plain);
        plain[at] = plain[at] switch { 'ä' => 'a', 'ö' => 'o', _ => 'u' };
        return _feminineBases.TryFindLongest(plain, MinCompoundPrefix, out start, out canonical);
    }

    private static bool IsAgentNoun(string entry) =>
        !entry.EndsWith("ment", StringComparison.Ordinal)
        && AgentEndings.Any(e => entry.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The masculine noun and its inflected forms ("lehrer", "lehrers", "lehrern"; "präsidenten").</summary>
    private static void AddMasculine(Dictionary<string, string> masculine, string noun, string canonical)
    {
        masculine.TryAdd(noun, canonical);
        string[] endings = noun.EndsWith('e') ? ["n"]
            : noun.EndsWith("er", StringComparison.Ordinal) || noun.EndsWith("el", StringComparison.Ordinal) ? ["s", "n"]
            : ["s", "e", "en", "es"];
        foreach (var ending in endings)
        {
            masculine.TryAdd(noun + ending, canonical);
        }
    }

    private static PersonNouns LoadFromResources() => new(ReadLines("dictionary-de.txt").Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0 && l[0] != '#'), ReadLines("person-nouns.txt"));

    private static List<string> ReadLines(string name)
    {
        using var stream = typeof(PersonNouns).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix + name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
