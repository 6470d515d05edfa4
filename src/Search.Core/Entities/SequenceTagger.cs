namespace Search.Core.Entities;

/// <summary>Greedy left-to-right BIO decoding with a <see cref="PerceptronModel"/>.</summary>
internal static class SequenceTagger
{
    /// <summary>Whether the tagger needs to score token <paramref name="i"/>; other tokens are O.</summary>
    public static bool NeedsScoring(TaggedSentence s, int i, int prev) =>
        prev != EntityTag.O || (s.Tokens[i].Shape == TokenShape.Capitalized && (s.Flags[i] & SkipFlags) == 0);

    /// <summary>Words the lists know as function or common words start no entity: no need to score them.</summary>
    private const GazetteerFlags SkipFlags = GazetteerFlags.Stop | GazetteerFlags.CommonNoun | GazetteerFlags.CommonWord | GazetteerFlags.Compound;

    /// <summary>Tags all tokens of <paramref name="s"/>, sentence by sentence, into <see cref="TaggedSentence.Tags"/>.</summary>
    public static void Tag(TaggedSentence s, PerceptronModel model)
    {
        Span<ulong> features = stackalloc ulong[EntityFeatures.Max];
        Span<float> scores = stackalloc float[EntityTag.Count];
        var n = s.Tokens.Count;
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end < n && !EntityTokenizer.EndsSentence(s.Text, s.Tokens[end]) && (end == start || !ParagraphBreak(s, end)))
            {
                end++;
            }

            end = Math.Min(end + 1, n);
            var prev = EntityTag.O;
            var prev2 = EntityTag.O;
            for (var i = start; i < end; i++)
            {
                var tag = EntityTag.O;
                if (NeedsScoring(s, i, prev))
                {
                    var count = EntityFeatures.Extract(s, i, start, end, prev, prev2, features);
                    scores.Clear();
                    model.Score(features[..count], scores);
                    tag = Best(scores, prev);
                }

                s.Tags[i] = tag;
                prev2 = prev;
                prev = tag;
            }

            start = end;
        }
    }

    /// <summary>The best tag, with an I tag after a different type turned into its B tag.</summary>
    public static int Best(ReadOnlySpan<float> scores, int prev)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        if (EntityTag.IsInside(best) && EntityTag.Begin(prev) != EntityTag.Begin(best))
        {
            best = EntityTag.Begin(best);
        }

        return best;
    }

    private static bool ParagraphBreak(TaggedSentence s, int i) => s.Tokens[i].SentenceStart && i > 0
        && s.Text.AsSpan(s.Tokens[i - 1].End, s.Tokens[i].Start - s.Tokens[i - 1].End).Contains('\n');
}
