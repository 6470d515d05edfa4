using Search.Core.Entities.Lexicon;
namespace Search.Core.Entities.Tagging;

/// <summary>
/// Emission feature templates of the sequence tagger: the word and its neighbours, lower-cased
/// forms, prefixes and suffixes, shapes, position in the sentence, the flags of the word lists
/// and word clusters. Hashed and allocation-free; they do not depend on tags (the decoder adds
/// tag transitions).
/// </summary>
internal static class TagFeatures
{
    /// <summary>Upper bound of features per token.</summary>
    public const int Max = 128;

    /// <summary>The value of a neighbour outside the sentence.</summary>
    public const ulong Boundary = 0x9E3779B97F4A7C15UL;

    /// <summary>The flags of word-list phrases, which depend on the words around a token.</summary>
    private const GazetteerFlags PhraseFlags = GazetteerFlags.LocationPhraseBegin | GazetteerFlags.LocationPhraseInside
        | GazetteerFlags.ActorPhraseBegin | GazetteerFlags.ActorPhraseInside;

    /// <summary>Writes the features of token <paramref name="i"/> in the sentence [start, end) into <paramref name="f"/>.</summary>
    /// <returns>The number of features written.</returns>
    public static int Extract(TaggedSentence s, int i, int start, int end, Span<ulong> f)
    {
        var n = ExtractWord(s, i, f);
        n += ExtractNeighbourWords(s, i, start, end, f[n..]);
        return n + ExtractContext(s, i, start, end, f[n..]);
    }

    /// <summary>
    /// Writes the features that depend on the token's characters alone (the word, its affixes, shape, length, own list
    /// flags and cluster): equal for every occurrence of the word, so a tagger may keep their summed weights per word.
    /// </summary>
    /// <returns>The number of features written.</returns>
    public static int ExtractWord(TaggedSentence s, int i, Span<ulong> f)
    {
        var n = 0;
        var tok = s.Tokens[i];
        var span = tok.Of(s.Text);
        var cap = tok.Shape == TokenShape.Capitalized;
        f[n++] = FeatureHash.Template(1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(2), s.Lower[i]);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(4), s.Shape[i]);
        var max = Math.Min(4, span.Length - 1);
        for (var k = 1; k <= max; k++)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(10 + k), FeatureHash.Lower(span[..k]));
            f[n++] = FeatureHash.Mix(FeatureHash.Template(20 + k), FeatureHash.Lower(span[^k..]));
        }

        f[n++] = FeatureHash.Mix(FeatureHash.Template(40), (ulong)Math.Min(span.Length, 12));
        n = AddOwnFlags(s.Flags[i] & ~PhraseFlags, cap, f, n);
        if ((s.Flags[i] & GazetteerFlags.ProperName) != 0)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(54), cap ? 1UL : 0UL);
        }

        var c = s.Cluster[i];
        if (c != 0)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(70), (ulong)c);
            f[n++] = FeatureHash.Mix(FeatureHash.Template(71), (ulong)(c >> 10));
        }

        // Hyphenated compounds: the parts tell a lot ("US-Bundesstaat", "Baden-Württemberg").
        var hyphen = span.LastIndexOf('-');
        if (hyphen > 0 && hyphen < span.Length - 1)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(61), FeatureHash.Lower(span[(hyphen + 1)..]));
            f[n++] = FeatureHash.Mix(FeatureHash.Template(62), FeatureHash.Lower(span[..span.IndexOf('-')]));
        }

        return n;
    }

    /// <summary>
    /// Writes the features of the neighbouring words alone (one and two places before and after, the ending of the word
    /// before): each depends on one neighbour's characters, so a tagger may keep their weights per word
    /// (<see cref="NeighbourWord"/>, <see cref="ExtractNeighbourWord"/>).
    /// </summary>
    /// <returns>The number of features written.</returns>
    public static int ExtractNeighbourWords(TaggedSentence s, int i, int start, int end, Span<ulong> f)
    {
        f[0] = NeighbourWord(1, i - 1 >= start ? s.Lower[i - 1] : Boundary);
        f[1] = NeighbourWord(2, i + 1 < end ? s.Lower[i + 1] : Boundary);
        f[2] = NeighbourWord(3, i - 2 >= start ? s.Lower[i - 2] : Boundary);
        f[3] = NeighbourWord(4, i + 2 < end ? s.Lower[i + 2] : Boundary);
        return i - 1 >= start ? 4 + ExtractNeighbourWord(s, i - 1, 5, f[4..]) : 4;
    }

    /// <summary>The feature of a neighbour at <paramref name="place"/> (1: before, 2: after, 3: two before, 4: two after) with lower-cased word hash <paramref name="lower"/>.</summary>
    public static ulong NeighbourWord(int place, ulong lower) => FeatureHash.Mix(FeatureHash.Template(29 + place), lower);

    /// <summary>Writes what token <paramref name="i"/> contributes to another token as its neighbour at <paramref name="place"/> (5: its ending as the word before).</summary>
    /// <returns>The number of features written (none for the ending of a word under four characters).</returns>
    public static int ExtractNeighbourWord(TaggedSentence s, int i, int place, Span<ulong> f)
    {
        if (place < 5)
        {
            f[0] = NeighbourWord(place, s.Lower[i]);
            return 1;
        }

        if (s.Tokens[i].Length < 4)
        {
            return 0;
        }

        // inflection of the word before: "russischen", "Deutschen"
        f[0] = FeatureHash.Mix(FeatureHash.Template(41), FeatureHash.Lower(s.Tokens[i].Of(s.Text)[^3..]));
        return 1;
    }

    /// <summary>Writes the features that depend on the token's place and neighbours, except the neighbouring words alone.</summary>
    /// <returns>The number of features written.</returns>
    public static int ExtractContext(TaggedSentence s, int i, int start, int end, Span<ulong> f)
    {
        var n = 0;
        var text = s.Text;
        var tok = s.Tokens[i];
        var w = s.Lower[i];
        var shape = s.Shape[i];
        var wm1 = i - 1 >= start ? s.Lower[i - 1] : Boundary;
        var wp1 = i + 1 < end ? s.Lower[i + 1] : Boundary;
        var sm1 = i - 1 >= start ? s.Shape[i - 1] : Boundary;
        var sp1 = i + 1 < end ? s.Shape[i + 1] : Boundary;
        var cap = tok.Shape == TokenShape.Capitalized;
        var position = (ulong)((tok.SentenceStart ? 8 : 0) + (i == start ? 4 : 0) + (int)tok.Shape);

        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(3), w), position);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(5), position);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(34), wm1), w);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(35), w), wp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(36), sm1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(37), shape), sp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(38), wm1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(39), shape), wp1);
        n = AddOwnFlags(s.Flags[i] & PhraseFlags, cap, f, n);
        n = AddNeighbourFlags(s, i, start, end, f, n);
        n = AddNeighbourClusters(s, i, start, end, f, n);

        // "Name (47)": a capitalised word followed by a parenthesised number.
        if (i + 3 < end && text[s.Tokens[i + 1].Start] == '(' && s.Tokens[i + 2].Shape == TokenShape.Number && text[s.Tokens[i + 3].Start] == ')')
        {
            f[n++] = FeatureHash.Template(60);
        }

        return n;
    }

    private static int AddOwnFlags(GazetteerFlags flags, bool cap, Span<ulong> f, int n)
    {
        for (var b = 0; b < (int)GazetteerFlags.Count; b++)
        {
            if ((flags & (GazetteerFlags)(1u << b)) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(50), (ulong)((b * 2) + (cap ? 1 : 0)));
            }
        }

        return n;
    }

    private static int AddNeighbourFlags(TaggedSentence s, int i, int start, int end, Span<ulong> f, int n)
    {
        var fm1 = i - 1 >= start ? s.Flags[i - 1] : GazetteerFlags.None;
        var fp1 = i + 1 < end ? s.Flags[i + 1] : GazetteerFlags.None;
        var fm2 = i - 2 >= start ? s.Flags[i - 2] : GazetteerFlags.None;
        for (var b = 0; b < (int)GazetteerFlags.Count; b++)
        {
            var bit = (GazetteerFlags)(1u << b);
            if ((fm1 & bit) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(51), (ulong)b);
            }

            if ((fp1 & bit) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(52), (ulong)b);
            }

            if ((fm2 & bit) != 0 && (bit & (GazetteerFlags.Role | GazetteerFlags.Demonym | GazetteerFlags.LocationPreposition | GazetteerFlags.PlaceWord | GazetteerFlags.FirstName)) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(53), (ulong)b);
            }
        }

        // The list evidence of a word as a whole (phrase positions included): no flag at all on a capitalised word is
        // itself a strong sign.
        f[n++] = FeatureHash.Mix(FeatureHash.Template(55), (ulong)s.Flags[i] & 0x3FFFFF);
        return n;
    }

    private static int AddNeighbourClusters(TaggedSentence s, int i, int start, int end, Span<ulong> f, int n)
    {
        var c = s.Cluster[i];
        var cm1 = i - 1 >= start ? s.Cluster[i - 1] : 0xFFFF;
        var cp1 = i + 1 < end ? s.Cluster[i + 1] : 0xFFFF;
        f[n++] = FeatureHash.Mix(FeatureHash.Template(72), (ulong)cm1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(73), (ulong)cp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(74), (ulong)((cm1 << 16) | c));
        f[n++] = FeatureHash.Mix(FeatureHash.Template(75), (ulong)((c << 16) | cp1));
        var cm2 = i - 2 >= start ? s.Cluster[i - 2] : 0xFFFF;
        var cp2 = i + 2 < end ? s.Cluster[i + 2] : 0xFFFF;
        f[n++] = FeatureHash.Mix(FeatureHash.Template(76), (ulong)(cm2 >> 10));
        f[n++] = FeatureHash.Mix(FeatureHash.Template(77), (ulong)(cp2 >> 10));
        return n;
    }
}
