namespace Search.Core.Entities;

/// <summary>Feature templates of the tagger: hashed, allocation-free.</summary>
internal static class EntityFeatures
{
    /// <summary>Upper bound of features per token.</summary>
    public const int Max = 160;

    private const ulong Boundary = 0x9E3779B97F4A7C15UL;

    /// <summary>Writes the features of token <paramref name="i"/> in the sentence [start, end) into <paramref name="f"/>.</summary>
    public static int Extract(TaggedSentence s, int i, int start, int end, int prev, int prev2, Span<ulong> f)
    {
        var n = 0;
        var text = s.Text;
        var tok = s.Tokens[i];
        var span = tok.Of(text);
        var w = s.Lower[i];
        var shape = s.Shape[i];
        var wm1 = i - 1 >= start ? s.Lower[i - 1] : Boundary;
        var wm2 = i - 2 >= start ? s.Lower[i - 2] : Boundary;
        var wp1 = i + 1 < end ? s.Lower[i + 1] : Boundary;
        var wp2 = i + 2 < end ? s.Lower[i + 2] : Boundary;
        var sm1 = i - 1 >= start ? s.Shape[i - 1] : Boundary;
        var sp1 = i + 1 < end ? s.Shape[i + 1] : Boundary;
        var flags = s.Flags[i];
        var fm1 = i - 1 >= start ? s.Flags[i - 1] : GazetteerFlags.None;
        var fm2 = i - 2 >= start ? s.Flags[i - 2] : GazetteerFlags.None;
        var fp1 = i + 1 < end ? s.Flags[i + 1] : GazetteerFlags.None;

        f[n++] = FeatureHash.Template(1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(3), shape);
        if (span.Length >= 4)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(4), FeatureHash.Lower(span[^2..]));
            f[n++] = FeatureHash.Mix(FeatureHash.Template(5), FeatureHash.Lower(span[^3..]));
            f[n++] = FeatureHash.Mix(FeatureHash.Template(7), FeatureHash.Lower(span[..3]));
        }

        if (span.Length >= 6)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(6), FeatureHash.Lower(span[^4..]));
            f[n++] = FeatureHash.Mix(FeatureHash.Template(24), FeatureHash.Lower(span[^5..]));
        }

        f[n++] = FeatureHash.Mix(FeatureHash.Template(8), wm1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(9), wp1);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(10), wm2);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(11), wp2);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(12), sm1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(13), sp1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(14), (ulong)((tok.SentenceStart ? 4 : 0) + (int)tok.Shape));
        f[n++] = FeatureHash.Mix(FeatureHash.Template(18), (ulong)prev);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(19), (ulong)(prev * 8 + prev2));
        f[n++] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Template(27), wm1), shape);
        f[n++] = FeatureHash.Mix(FeatureHash.Template(23), (ulong)Math.Min(span.Length, 12));

        for (var b = 0; b < (int)GazetteerFlags.Count; b++)
        {
            var bit = (GazetteerFlags)(1u << b);
            if ((flags & bit) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(30), (ulong)b);
                f[n++] = FeatureHash.Mix(FeatureHash.Template(31), (ulong)(b * 8 + prev));
                f[n++] = FeatureHash.Mix(FeatureHash.Template(32), (ulong)(b * 8 + (tok.SentenceStart ? 1 : 0)));
            }

            if ((fm1 & bit) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(33), (ulong)b);
            }

            if ((fp1 & bit) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(34), (ulong)b);
            }

            if ((fm2 & bit) != 0 && (bit & (GazetteerFlags.Role | GazetteerFlags.Demonym | GazetteerFlags.LocationPreposition | GazetteerFlags.PlaceWord)) != 0)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Template(35), (ulong)b);
            }
        }

        // "Name (47)": a capitalised word followed by a parenthesised number.
        if (i + 3 < end && text[s.Tokens[i + 1].Start] == '(' && s.Tokens[i + 2].Shape == TokenShape.Number && text[s.Tokens[i + 3].Start] == ')')
        {
            f[n++] = FeatureHash.Template(36);
        }

        // Hyphenated compounds: the parts tell a lot ("US-Bundesstaat", "Baden-Württemberg").
        var hyphen = span.LastIndexOf('-');
        if (hyphen > 0 && hyphen < span.Length - 1)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Template(37), FeatureHash.Lower(span[(hyphen + 1)..]));
            f[n++] = FeatureHash.Mix(FeatureHash.Template(38), FeatureHash.Lower(span[..span.IndexOf('-')]));
        }

        return n;
    }
}
