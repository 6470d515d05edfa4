using Search.Core.Entities.Tagging;

namespace Search.Core.Entities.Lexicon;

/// <summary>
/// Token-keyed lookup tables built once from the embedded word lists plus the user's entries:
/// single-token flags, multi-token phrases, suffix lists, country adjectives and aliases.
/// Immutable after construction, so it is safe to share between threads.
/// </summary>
internal sealed partial class Gazetteer
{
    private static readonly string[] LocationPrepositions = ["in", "nach", "aus", "bei", "im", "ins", "von", "vor", "gen", "über", "durch", "zwischen", "nahe", "nördlich", "südlich", "östlich", "westlich"];

    private static readonly string[] PlaceWords = ["Stadt", "Hauptstadt", "Großstadt", "Kleinstadt", "Gemeinde", "Dorf", "Ort", "Region", "Provinz", "Bundesstaat", "US-Bundesstaat", "Bundesland", "Kanton", "Landkreis", "Kreis", "Bezirk", "Insel", "Halbinsel", "Fluss", "See", "Hafenstadt", "Metropole", "Staat", "Land", "Republik", "Königreich", "Stadtteil", "Ortsteil", "Kreisstadt", "Landeshauptstadt", "Küstenstadt", "Millionenstadt", "Heimatstadt", "Partnerstadt", "Grenzstadt", "Universitätsstadt", "Bischofsstadt", "Industriestadt", "Provinzhauptstadt", "Messestadt", "Hansestadt", "Bezirkshauptstadt", "Nachbarstadt", "Geburtsstadt", "Heimatort", "Nachbarort", "Nachbarland", "Nachbarstaat", "Inselstaat", "Golfstaat", "Bergdorf", "Fischerdorf", "Küstenort", "Kurort", "Badeort", "Ferienort", "Urlaubsort", "Wohnort", "Geburtsort", "Heimatland", "Bundesstaates", "Stadtbezirk", "Vorort", "Kommune", "Ortschaft", "Landkreises", "Emirat", "Fürstentum", "Großherzogtum", "Herzogtum"];

    private const int MaxCacheEntries = 200_000;

    private readonly Dictionary<string, GazetteerFlags> _flags = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<GazetteerPhrase>> _phrases = new(StringComparer.Ordinal);

    /// <summary>The user's own actor and location entries (trimmed), which are kept whole wherever they occur.</summary>
    private readonly HashSet<string> _userEntries = new(StringComparer.Ordinal);

    /// <summary>Whether the user gave entries of their own.</summary>
    public bool HasUserPhrases => _userEntries.Count > 0;

    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _roleSuffixes = new(StringComparer.Ordinal);

    private readonly HashSet<string> _orgSuffixes = new(StringComparer.Ordinal);

    private readonly HashSet<string> _heads = new(StringComparer.Ordinal);

    private readonly int[] _roleSuffixLengths;

    private readonly int[] _orgSuffixLengths;

    private readonly Dictionary<string, GazetteerFlags>.AlternateLookup<ReadOnlySpan<char>> _flagLookup;

    private readonly Dictionary<string, List<GazetteerPhrase>>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonymLookup;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roleSuffixLookup;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _orgSuffixLookup;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _headLookup;

    /// <summary>Builds the tables from the built-in data and the given extra entries.</summary>
    public Gazetteer(IEnumerable<string> extraActors, IEnumerable<string> extraLocations, IEnumerable<KeyValuePair<string, string>> extraAliases)
    {
        AddAll(ReadResource("countries.txt"), GazetteerFlags.Country);
        AddAll(ReadResource("locations-extra.txt"), GazetteerFlags.Location);
        AddAll(ReadResource("regions.txt"), GazetteerFlags.Region);
        AddAll(ReadResource("cities.txt"), GazetteerFlags.City);
        AddAll(ReadResource("towns.txt"), GazetteerFlags.City);
        AddAll(ReadResource("actors-extra.txt"), GazetteerFlags.Actor);
        AddAll(ReadResource("firstnames.txt"), GazetteerFlags.FirstName);
        AddAll(ReadResource("firstnames-extra.txt"), GazetteerFlags.FirstName);
        AddAll(ReadResource("firstnames-intl.txt"), GazetteerFlags.FirstName);
        AddAll(ReadResource("surnames.txt"), GazetteerFlags.Surname);
        AddAll(ReadResource("stopwords.txt"), GazetteerFlags.Stop);
        AddAll(ReadResource("commonnouns.txt"), GazetteerFlags.CommonNoun);
        AddAll(ReadResource("commonwords.txt"), GazetteerFlags.CommonWord);
        AddAll(ReadResource("germanwords.txt"), GazetteerFlags.CommonWord);
        // The proper-name list wins over the general word list, which holds some brands and surnames ("Toyota").
        foreach (var word in ReadResource("propernames.txt"))
        {
            _flags[word] = (_flags.GetValueOrDefault(word) & ~GazetteerFlags.CommonWord) | GazetteerFlags.ProperName;
        }

        foreach (var (word, flag) in _flags)
        {
            // First names that are words ("Mark") are no compound heads: "Uckermark", "Marksburg" stay names.
            if ((flag & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) != 0 && (flag & GazetteerFlags.FirstName) == 0 && word.Length >= 4)
            {
                _heads.Add(word.ToLowerInvariant());
            }
        }

        AddSuffixList(ReadResource("roles.txt"), GazetteerFlags.Role, _roleSuffixes);
        AddSuffixList(ReadResource("orgwords.txt"), GazetteerFlags.OrgWord, _orgSuffixes);
        AddAll(PlaceWords, GazetteerFlags.PlaceWord);
        foreach (var p in LocationPrepositions)
        {
            Add(p, GazetteerFlags.LocationPreposition);
            Add(char.ToUpperInvariant(p[0]) + p[1..], GazetteerFlags.LocationPreposition);
        }

        foreach (var line in ReadResource("demonyms.txt"))
        {
            var (stem, place) = SplitPair(line);
            if (stem.Length > 0)
            {
                _demonyms[stem] = place;
            }
        }

        foreach (var line in ReadResource("aliases.txt"))
        {
            var (variant, canonical) = SplitPair(line);
            if (variant.Length > 0 && canonical.Length > 0)
            {
                _aliases[variant] = canonical;
            }
        }

        AddAll(extraActors, GazetteerFlags.Actor);
        AddAll(extraLocations, GazetteerFlags.Location);
        _userEntries.UnionWith(extraActors.Concat(extraLocations).Select(e => e.Trim()).Where(e => e.Length > 0));
        foreach (var (variant, canonical) in extraAliases)
        {
            if (!string.IsNullOrWhiteSpace(variant) && !string.IsNullOrWhiteSpace(canonical))
            {
                _aliases[variant.Trim()] = canonical.Trim();
            }
        }

        _roleSuffixLengths = _roleSuffixes.Select(s => s.Length).Distinct().Order().ToArray();
        _orgSuffixLengths = _orgSuffixes.Select(s => s.Length).Distinct().Order().ToArray();
        foreach (var list in _phrases.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }

        _flagLookup = _flags.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonymLookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _roleSuffixLookup = _roleSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _orgSuffixLookup = _orgSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _headLookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The merged alias table (variant to canonical), case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>Splits "a&lt;TAB&gt;b" or "a = b".</summary>
    public static (string Left, string Right) SplitPair(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab >= 0)
        {
            return (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }

        var eq = line.IndexOf(" = ", StringComparison.Ordinal);
        if (eq >= 0)
        {
            return (line[..eq].Trim(), line[(eq + 3)..].Trim());
        }

        return (string.Empty, string.Empty);
    }

    /// <summary>
    /// Flags of a single token, computed anew, trying the form without a genitive s as well: for a caller that keeps
    /// them per word itself (the tagger's <see cref="Tagging.WordFacts"/>).
    /// </summary>
    public GazetteerFlags FlagsUncached(ReadOnlySpan<char> token) => ComputeFlags(token);

    /// <summary>Flags of a single token (cached per distinct word), trying the form without a genitive s as well.</summary>
    /// <remarks>
    /// Each thread keeps its own cache: a plain dictionary looks a word up faster than a shared concurrent one, and
    /// computing a word's flags once per thread costs little.
    /// </remarks>
    public GazetteerFlags Flags(ReadOnlySpan<char> token)
    {
        if (!ReferenceEquals(t_cacheOwner, this))
        {
            var fresh = new Dictionary<string, GazetteerFlags>(StringComparer.Ordinal);
            t_cache = fresh.GetAlternateLookup<ReadOnlySpan<char>>();
            t_cacheOwner = this;
        }

        var cache = t_cache;
        if (cache.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var flags = ComputeFlags(token);
        if (cache.Dictionary.Count >= MaxCacheEntries)
        {
            cache.Dictionary.Clear();
        }

        cache.Dictionary[token.ToString()] = flags;
        return flags;
    }

    [ThreadStatic]
    private static Dictionary<string, GazetteerFlags>.AlternateLookup<ReadOnlySpan<char>> t_cache;

    [ThreadStatic]
    private static Gazetteer? t_cacheOwner;

    /// <summary>The place a country adjective refers to ("russischen" -> "Russland"), or null.</summary>
    public string? Demonym(ReadOnlySpan<char> lowerToken)
    {
        for (var cut = 0; cut <= 2 && cut < lowerToken.Length; cut++)
        {
            var stem = lowerToken[..^cut];
            var rest = lowerToken[^cut..];
            if ((cut == 0 || rest is "e" or "en" or "er" or "es" or "em") && _demonymLookup.TryGetValue(stem, out var place))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="phrase"/> is one of the user's own entries (not only built-in data).</summary>
    public bool IsUserEntry(GazetteerPhrase phrase) => _userEntries.Count > 0 && _userEntries.Contains(phrase.Text);

    /// <summary>Phrases (longest first) that start with this token, or null.</summary>
    public List<GazetteerPhrase>? PhrasesStartingWith(ReadOnlySpan<char> token) =>
        _phraseLookup.TryGetValue(token, out var list) ? list : null;

    /// <summary>Whether the exact token is listed with any of the given flags.</summary>
    public bool Has(ReadOnlySpan<char> token, GazetteerFlags flags) =>
        _flagLookup.TryGetValue(token, out var f) && (f & flags) != 0;

    private void AddSuffixList(IEnumerable<string> lines, GazetteerFlags flag, HashSet<string> suffixes)
    {
        foreach (var line in lines)
        {
            if (line.StartsWith('*'))
            {
                suffixes.Add(line[1..].ToLowerInvariant());
            }
            else
            {
                Add(line, flag);
            }
        }
    }

    private void AddAll(IEnumerable<string> entries, GazetteerFlags flag)
    {
        foreach (var e in entries)
        {
            Add(e, flag);
        }
    }

    private static bool IsPlainWord(string e)
    {
        foreach (var c in e)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string entry, GazetteerFlags flag)
    {
        var e = entry.Trim();
        if (e.Length == 0)
        {
            return;
        }

        if (IsPlainWord(e))
        {
            // Most entries are one word of letters: no need to tokenize them.
            _flags[e] = _flags.GetValueOrDefault(e) | flag;
            return;
        }

        var tokens = new List<EntityToken>();
        EntityTokenizer.Tokenize(e, tokens);
        if (tokens.Count == 1)
        {
            _flags[e] = _flags.GetValueOrDefault(e) | flag;
            return;
        }

        if (tokens.Count == 0)
        {
            return;
        }

        var parts = tokens.Select(t => e.Substring(t.Start, t.Length)).ToArray();
        if (!_phrases.TryGetValue(parts[0], out var list))
        {
            list = [];
            _phrases[parts[0]] = list;
        }

        list.Add(new GazetteerPhrase(parts, flag, e));
    }

    /// <summary>The lines of an embedded data file, without blanks and '#' comments.</summary>
    public static IEnumerable<string> ReadResourceLines(string name) => ReadResource(name);

    private static IEnumerable<string> ReadResource(string name)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Search.Core.Entities.Data." + name)
            ?? throw new InvalidOperationException($"Embedded entity data '{name}' is missing from {typeof(Gazetteer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>Reads an embedded data file as bytes, or null when absent.</summary>
    public static Stream? OpenResource(string name) =>
        typeof(Gazetteer).Assembly.GetManifestResourceStream("Search.Core.Entities.Data." + name);

    /// <summary>Reads the lines of a user file: trimmed, without blanks and '#' comments.</summary>
    public static IReadOnlyList<string> ReadListFile(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToArray();
}
