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

    /// <summary>The cluster of a neighbour outside the sentence.</summary>
    public const ushort BoundaryCluster = 0xFFFF;

    /// <summary>Neighbour places: one and two tokens before and after.</summary>
    public const int Previous = 1, Next = 2, SecondPrevious = 3, SecondNext = 4;

    /// <summary>The flags of word-list phrases, which depend on the words around a token.</summary>
    public const GazetteerFlags PhraseFlags = GazetteerFlags.LocationPhraseBegin | GazetteerFlags.LocationPhraseInside
        | GazetteerFlags.ActorPhraseBegin | GazetteerFlags.ActorPhraseInside;

    /// <summary>Writes the features of token <paramref name="i"/> in the sentence [start, end) into <paramref name="f"/>.</summary>
    /// <returns>The number of features written.</returns>
    public static int Extract(TaggedSentence s, int i, int start, int end, Span<ulong> f)
    {
        var n = ExtractWord(s, i, f);
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
    /// Writes the features that depend on the token's place and neighbours: what the token is at its place
    /// (<see cref="Standing"/>, <see cref="Listed"/>), what each neighbour is (<see cref="NeighbourWord"/>,
    /// <see cref="NeighbourFlags"/>, <see cref="Ending"/>) and the features of pairs (<see cref="ExtractPairs"/>).
    /// The parts that depend on one word alone are what a tagger may keep per word.
    /// </summary>
    /// <returns>The number of features written.</returns>
    public static int ExtractContext(TaggedSentence s, int i, int start, int end, Span<ulong> f)
    {
        f[0] = Standing(s.Lower[i], Position(s, i, start));
        f[1] = Listed(s.Flags[i]);
        var n = 2;
        for (var place = Previous; place <= SecondNext; place++)
        {
            var j = Neighbour(i, place);
            var inside = j >= start && j < end;
            n += NeighbourWord(place, inside ? s.Lower[j] : Boundary, inside ? s.Cluster[j] : BoundaryCluster, f[n..]);
            n += NeighbourFlags(place, inside ? s.Flags[j] : GazetteerFlags.None, f[n..]);
        }

        if (i - 1 >= start)
        {
            n += Ending(s, i - 1, f[n..]);
        }

        return n + ExtractPairs(s, i, start, end, f[n..]);
    }

    /// <summary>The token at neighbour place <paramref name="place"/> of token <paramref name="i"/>.</summary>
    public static int Neighbour(int i, int place) => place switch
    {
        Previous => i - 1,
        Next => i + 1,
        SecondPrevious => i - 2,
        _ => i + 2,
    };

    /// <summary>The place of a token: sentence start, first of its span, and its shape.</summary>
    public static ulong Position(TaggedSentence s, int i, int start)
    {
        var tok = s.Tokens[i];
        return (ulong)((tok.SentenceStart ? 8 : 0) + (i == start ? 4 : 0) + (int)tok.Shape);
    }

    /// <summary>The place of a word inside a sentence (neither its start nor the first of its span).</summary>
    public static ulong PositionInside(TokenShape shape) => (ulong)(int)shape;

    /// <summary>The word at its place (template 3).</summary>
    public static ulong Standing(ulong lower, ulong position) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(3), lower), position);

    /// <summary>
    /// The list evidence of a word as a whole, phrase positions included (template 55): no flag at all on a capitalised
    /// word is itself a strong sign.
    /// </summary>
    public static ulong Listed(GazetteerFlags flags) => FeatureHash.Mix(FeatureHash.Template(55), (ulong)flags & 0x3FFFFF);

    /// <summary>Writes the word and cluster features of a neighbour at <paramref name="place"/> (templates 30–33, 72, 73, 76, 77).</summary>
    /// <returns>The number of features written.</returns>
    public static int NeighbourWord(int place, ulong lower, ushort cluster, Span<ulong> f)
    {
        f[0] = FeatureHash.Mix(FeatureHash.Template(29 + place), lower);
        f[1] = place switch
        {
            Previous => FeatureHash.Mix(FeatureHash.Template(72), cluster),
            Next => FeatureHash.Mix(FeatureHash.Template(73), cluster),
            SecondPrevious => FeatureHash.Mix(FeatureHash.Template(76), (ulong)(cluster >> 10)),
            _ => FeatureHash.Mix(FeatureHash.Template(77), (ulong)(cluster >> 10)),
        };
        return 2;
    }

    /// <summary>Writes the list flags of a neighbour at <paramref name="place"/> (templates 51–53; none two places after).</summary>
    /// <returns>The number of features written.</returns>
    public static int NeighbourFlags(int place, GazetteerFlags flags, Span<ulong> f)
    {
        const GazetteerFlags SecondPreviousFlags = GazetteerFlags.Role | GazetteerFlags.Demonym | GazetteerFlags.LocationPreposition
            | GazetteerFlags.PlaceWord | GazetteerFlags.FirstName;
        var template = place switch { Previous => 51, Next => 52, SecondPrevious => 53, _ => 0 };
        if (place == SecondPrevious)
        {
            flags &= SecondPreviousFlags;
        }

        var n = 0;
        for (var b = 0; template != 0 && flags != 0 && b < (int)GazetteerFlags.Count; b++)
        {
            if ((flags & (GazetteerFlags)(1u << b)) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(template), (ulong)b);
            }
        }

        return n;
    }

    /// <summary>Writes the inflection of token <paramref name="j"/> as the word before another (template 41): "russischen", "Deutschen".</summary>
    /// <returns>The number of features written (none for a word under four characters).</returns>
    public static int Ending(TaggedSentence s, int j, Span<ulong> f)
    {
        if (s.Tokens[j].Length < 4)
        {
            return 0;
        }

        f[0] = FeatureHash.Mix(FeatureHash.Template(41), FeatureHash.Lower(s.Tokens[j].Of(s.Text)[^3..]));
        return 1;
    }

    /// <summary>Writes the features of a token with its neighbours together, and its own phrase flags.</summary>
    /// <returns>The number of features written.</returns>
    public static int ExtractPairs(TaggedSentence s, int i, int start, int end, Span<ulong> f)
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
        var c = s.Cluster[i];
        var cm1 = i - 1 >= start ? s.Cluster[i - 1] : BoundaryCluster;
        var cp1 = i + 1 < end ? s.Cluster[i + 1] : BoundaryCluster;

        f[n++] = FeatureHash.Mix(FeatureHash.Template(5), Position(s, i, start));
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(34), wm1), w);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(35), w), wp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(36), sm1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(37), shape), sp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(38), wm1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(39), shape), wp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(74), (ulong)((cm1 << 16) | c));
        f[n++] = FeatureHash.Mix(FeatureHash.Template(75), (ulong)((c << 16) | cp1));
        n = AddOwnFlags(s.Flags[i] & PhraseFlags, tok.Shape == TokenShape.Capitalized, f, n);

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
}
