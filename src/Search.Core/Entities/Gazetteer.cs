namespace Search.Core.Entities;

/// <summary>
/// Token-keyed lookup tables built once from the embedded word lists plus the user's entries:
/// single-token flags, multi-token phrases, suffix lists, country adjectives and aliases.
/// Immutable after construction, so it is safe to share between threads.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly string[] LocationPrepositions = ["in", "nach", "aus", "bei", "im", "ins", "von", "vor", "gen", "über", "durch", "zwischen", "nahe", "nördlich", "südlich", "östlich", "westlich"];

    private static readonly string[] PlaceWords = ["Stadt", "Hauptstadt", "Großstadt", "Kleinstadt", "Gemeinde", "Dorf", "Ort", "Region", "Provinz", "Bundesstaat", "US-Bundesstaat", "Bundesland", "Kanton", "Landkreis", "Kreis", "Bezirk", "Insel", "Halbinsel", "Fluss", "See", "Hafenstadt", "Metropole", "Staat", "Land", "Republik", "Königreich", "Stadtteil", "Ortsteil", "Kreisstadt", "Landeshauptstadt", "Küstenstadt", "Millionenstadt", "Heimatstadt", "Partnerstadt", "Grenzstadt", "Universitätsstadt", "Bischofsstadt", "Industriestadt", "Provinzhauptstadt", "Messestadt", "Hansestadt", "Bezirkshauptstadt", "Nachbarstadt", "Geburtsstadt", "Heimatort", "Nachbarort", "Nachbarland", "Nachbarstaat", "Inselstaat", "Golfstaat", "Bergdorf", "Fischerdorf", "Küstenort", "Kurort", "Badeort", "Ferienort", "Urlaubsort", "Wohnort", "Geburtsort", "Heimatland", "Bundesstaates", "Stadtbezirk", "Vorort", "Kommune", "Ortschaft", "Landkreises", "Emirat", "Fürstentum", "Großherzogtum", "Herzogtum"];

    private static readonly string[] NounSuffixes = ["keit", "heit", "ungen", "schaft", "schaften", "tion", "tionen", "ität", "ismus", "nisse", "tum", "chen", "ling", "enz", "anz", "ierung", "ierungen", "ung", "erin", "antin", "entin", "istin", "orin", "eurin", "login", "urgin", "innen", "isten", "anten", "enten", "lich", "isch", "ischen", "bar", "sam", "haft", "end", "ende", "enden", "fähig", "mäßig", "würdig", "haltig"];

    private static readonly string[] PlaceSuffixes = ["berg", "burg", "dorf", "hausen", "heim", "stadt", "feld", "felde", "tal", "thal", "see", "bach", "brück", "brücken", "furt", "hafen", "born", "ingen", "stedt", "rode", "kirchen", "hagen", "stein", "walde", "wald", "ow", "itz", "hofen", "straße", "strasse", "platz", "allee", "gasse"];

    private static readonly string[] PlaceEvidenceSuffixes = ["berg", "dorf", "hausen", "heim", "stadt", "feld", "felde", "tal", "thal", "see", "furt", "hafen", "born", "ingen", "stedt", "rode", "kirchen", "hagen", "burg", "straße", "strasse", "platz", "allee", "gasse", "damm", "ufer", "chaussee", "hofen", "kofen", "weiler", "büttel", "leben"];

    private static readonly string[] CompassPrefixes = ["Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel", "Ober", "Nieder", "Zentral"];

    private static readonly string[] LinkingEndings = ["s", "n", "en", "e", "es", "er"];

    private static readonly string[] InflectionEndings = ["s", "n", "e", "en", "er", "ern", "es"];

    private static readonly string[] ShortHeads = ["bau", "hof", "gas", "amt", "tag", "weg", "rat", "zug", "ort", "tor", "arm", "bad", "öl", "eis", "tee", "haus", "kurs", "sohn"];

    private const int MaxCacheEntries = 200_000;

    private readonly Dictionary<string, GazetteerFlags> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerPhrase>> _phrases = new(StringComparer.Ordinal);
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

    private GazetteerFlags ComputeFlags(ReadOnlySpan<char> token)
    {
        var f = _flagLookup.TryGetValue(token, out var found) ? found : GazetteerFlags.None;
        if (f == GazetteerFlags.CommonWord && token.Length >= 8 && char.IsUpper(token[0]) && HasPlaceNameEnding(token))
        {
            // The general word list has many town names ("Immenstadt", "Rheinhausen", "Mecklenburg"):
            // a place ending after a part that is no common word makes a name.
            Span<char> lowerWord = stackalloc char[token.Length];
            token.ToLowerInvariant(lowerWord);
            foreach (var suffix in PlaceEvidenceSuffixes)
            {
                if (lowerWord.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var prefix = lowerWord[..^suffix.Length];
                    var verb = lowerWord.EndsWith("ringen", StringComparison.Ordinal) || lowerWord.EndsWith("singen", StringComparison.Ordinal)
                        || lowerWord.EndsWith("wingen", StringComparison.Ordinal) || lowerWord.EndsWith("klingen", StringComparison.Ordinal);
                    if (prefix.Length >= 4 && !verb && !IsCommonPrefix(prefix) && !HasHead(prefix))
                    {
                        f = GazetteerFlags.None;
                    }

                    break;
                }
            }
        }

        if (f == GazetteerFlags.None && token.Length >= 4 && token.Length <= 40 && IsAllUpper(token))
        {
            // Datelines and headlines in capitals: "TOKIO", "BERLIN".
            Span<char> title = stackalloc char[token.Length];
            token.ToLowerInvariant(title);
            title[0] = token[0];
            f = _flagLookup.TryGetValue(title, out found) ? found & (GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City) : GazetteerFlags.None;
        }

        if (f == GazetteerFlags.None && token.Length >= 7 && char.IsUpper(token[0]))
        {
            // Compass prefix + place: "Ostdeutschland", "Süditalien", "Nordhessen".
            foreach (var prefix in CompassPrefixes)
            {
                if (token.Length > prefix.Length + 3 && token.StartsWith(prefix, StringComparison.Ordinal) && char.IsLower(token[prefix.Length]))
                {
                    Span<char> rest = stackalloc char[token.Length - prefix.Length];
                    token[prefix.Length..].CopyTo(rest);
                    rest[0] = char.ToUpperInvariant(rest[0]);
                    if (_flagLookup.TryGetValue(rest, out var place) && (place & (GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region)) != 0)
                    {
                        f = GazetteerFlags.Location;
                    }

                    break;
                }
            }
        }
        // Genitive of a listed place or actor ("Russlands", "Kremls"); not of surnames, where the
        // s is often part of the name ("Wilders").
        const GazetteerFlags NameFlags = GazetteerFlags.Country | GazetteerFlags.Location | GazetteerFlags.Region | GazetteerFlags.City | GazetteerFlags.Actor;
        if (token.Length > 3 && token[^1] == 's' && char.IsUpper(token[0]) && (f & (NameFlags | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.Stop)) == 0)
        {
            if (_flagLookup.TryGetValue(token[..^1], out var stem) && (stem & NameFlags) != 0)
            {
                f = (stem & NameFlags) | GazetteerFlags.Genitive;
            }
            else if (token.Length > 5 && token[^2] == 'e' && _flagLookup.TryGetValue(token[..^2], out stem) && (stem & NameFlags) != 0)
            {
                f = (stem & NameFlags) | GazetteerFlags.Genitive;
            }
        }

        // Genitive of a general proper name: "Amundsens", "Galbas".
        if (f == GazetteerFlags.None && token.Length > 4 && token[^1] == 's' && char.IsUpper(token[0])
            && _flagLookup.TryGetValue(token[..^1], out var properStem) && (properStem & GazetteerFlags.ProperName) != 0
            && (properStem & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun | GazetteerFlags.Stop)) == 0)
        {
            f = GazetteerFlags.ProperName | GazetteerFlags.Genitive;
        }

        if (token.Length >= 4 && token.Length <= 40)
        {
            Span<char> lower = stackalloc char[token.Length];
            token.ToLowerInvariant(lower);
            if (char.IsUpper(token[0]) && HasSuffix(lower, _roleSuffixLengths, _roleSuffixLookup))
            {
                f |= GazetteerFlags.Role;
            }

            if (char.IsUpper(token[0]) && (HasSuffix(lower, _orgSuffixLengths, _orgSuffixLookup)
                || (lower[^1] == 's' && HasSuffix(lower[..^1], _orgSuffixLengths, _orgSuffixLookup))
                || (lower.Length > 5 && lower[^1] == 's' && lower[^2] == 'e' && HasSuffix(lower[..^2], _orgSuffixLengths, _orgSuffixLookup))))
            {
                f |= GazetteerFlags.OrgWord;
            }

            if (!char.IsUpper(token[0]) && Demonym(lower) is not null)
            {
                f |= GazetteerFlags.Demonym;
            }

            if (char.IsUpper(token[0]) && (f & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun | GazetteerFlags.Genitive | NameFlags | GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.ProperName)) == 0)
            {
                if (IsCompound(lower))
                {
                    f |= GazetteerFlags.Compound;
                }
                else if (f == GazetteerFlags.None && lower[^1] == 's')
                {
                    // Genitive of a common word: "Fernsehkanals", "Unternehmens".
                    var cut = lower.Length > 5 && lower[^2] == 'e' ? 2 : 1;
                    if ((_flagLookup.TryGetValue(token[..^1], out var stemFlags) && (stemFlags & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) != 0)
                        || (cut == 2 && _flagLookup.TryGetValue(token[..^2], out stemFlags) && (stemFlags & (GazetteerFlags.CommonWord | GazetteerFlags.CommonNoun)) != 0)
                        || IsCompound(lower[..^1]) || (cut == 2 && IsCompound(lower[..^2])))
                    {
                        f |= GazetteerFlags.Compound;
                    }
                }
            }
        }

        return f;
    }

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

    /// <summary>Phrases (longest first) that start with this token, or null.</summary>
    public List<GazetteerPhrase>? PhrasesStartingWith(ReadOnlySpan<char> token) =>
        _phraseLookup.TryGetValue(token, out var list) ? list : null;

    /// <summary>Whether the exact token is listed with any of the given flags.</summary>
    public bool Has(ReadOnlySpan<char> token, GazetteerFlags flags) =>
        _flagLookup.TryGetValue(token, out var f) && (f & flags) != 0;

    private bool IsCompound(ReadOnlySpan<char> lower)
    {
        var hyphen = lower.LastIndexOf('-');
        if (hyphen > 0)
        {
            return hyphen < lower.Length - 1 && _headLookup.Contains(lower[(hyphen + 1)..]);
        }

        foreach (var suffix in NounSuffixes)
        {
            if (lower.Length >= suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Place-name endings ("Schwielowsee", "Friedrichsborn") make a name, unless the first part
        // is a common word too ("Stausee", "Gräberfeld", "Sammelplatz").
        foreach (var suffix in PlaceSuffixes)
        {
            if (lower.Length >= suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                // A common head longer than the place ending still makes a noun: "Landbesitz" (…itz).
                return IsCommonPrefix(lower[..^suffix.Length]) || HasHead(lower, suffix.Length + 2);
            }
        }

        if (HasHead(lower) || HasTwoCommonParts(lower) || IsUmlautPlural(lower))
        {
            return true;
        }

        // Inflected heads: "Seidenfäden", "Töpferateliers".
        foreach (var ending in InflectionEndings)
        {
            if (lower.Length > ending.Length + 6 && lower.EndsWith(ending, StringComparison.Ordinal) && HasHead(lower[..^ending.Length]))
            {
                return true;
            }
        }

        foreach (var head in ShortHeads)
        {
            if (lower.Length >= head.Length + 4 && lower.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word ends like a German place name ("…hausen", "…dorf", "…burg").</summary>
    public static bool HasPlaceNameEnding(ReadOnlySpan<char> token)
    {
        foreach (var suffix in PlaceEvidenceSuffixes)
        {
            if (token.Length >= suffix.Length + 3 && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCommonPrefix(ReadOnlySpan<char> prefix)
    {
        // Linking forms of abstract nouns: "Truppenübungs-", "Gesundheits-", "Stations-".
        if (prefix.Length >= 7 && (prefix.EndsWith("ungs", StringComparison.Ordinal) || prefix.EndsWith("heits", StringComparison.Ordinal)
            || prefix.EndsWith("keits", StringComparison.Ordinal) || prefix.EndsWith("schafts", StringComparison.Ordinal)
            || prefix.EndsWith("ions", StringComparison.Ordinal) || prefix.EndsWith("täts", StringComparison.Ordinal)))
        {
            return true;
        }

        if (prefix.Length >= 4 && _headLookup.Contains(prefix))
        {
            return true;
        }

        foreach (var link in LinkingEndings)
        {
            if (prefix.Length >= link.Length + 4 && prefix.EndsWith(link, StringComparison.Ordinal) && _headLookup.Contains(prefix[..^link.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two common words joined, each of at least four letters: "Weinkauf", "Chorraum".</summary>
    private bool HasTwoCommonParts(ReadOnlySpan<char> lower)
    {
        for (var k = 4; k <= lower.Length - 4; k++)
        {
            if (_headLookup.Contains(lower[k..]) && IsCommonPrefix(lower[..k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plural with umlaut of a known noun or compound: "Überschüsse", "Landeshäuser".</summary>
    private bool IsUmlautPlural(ReadOnlySpan<char> lower)
    {
        var cut = lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("er", StringComparison.Ordinal) ? 2 : lower.EndsWith('e') ? 1 : 0;
        if (cut == 0 || lower.Length - cut < 6)
        {
            return false;
        }

        var stem = lower[..^cut];
        var u = stem.LastIndexOfAny('ä', 'ö', 'ü');
        if (u < 0 || u < stem.Length - 4)
        {
            return false;
        }

        Span<char> plain = stackalloc char[stem.Length];
        stem.CopyTo(plain);
        plain[u] = plain[u] switch { 'ä' => 'a', 'ö' => 'o', _ => 'u' };
        return _headLookup.Contains(plain) || (plain.Length >= 9 && HasHead(plain));
    }

    private bool HasHead(ReadOnlySpan<char> lower, int minHead = 0)
    {
        // Heads of four letters only in long words: "Sobotovice" is no compound of "Vice".
        var shortest = Math.Max(minHead, lower.Length >= 11 ? 4 : 5);
        for (var k = 2; k <= lower.Length - shortest; k++)
        {
            if (_headLookup.Contains(lower[k..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSuffix(ReadOnlySpan<char> lower, int[] lengths, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        foreach (var len in lengths)
        {
            if (len > lower.Length)
            {
                break;
            }

            if (lookup.Contains(lower[^len..]))
            {
                return true;
            }
        }

        return false;
    }

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
