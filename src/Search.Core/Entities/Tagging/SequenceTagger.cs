namespace Search.Core.Entities.Tagging;

/// <summary>
/// Tags a text sentence by sentence with a <see cref="TaggerModel"/>: emission scores from
/// <see cref="TagFeatures"/>, Viterbi decoding over tag transitions.
/// </summary>
internal static class SequenceTagger
{
    [ThreadStatic]
    private static float[]? t_work;

    [ThreadStatic]
    private static int[]? t_back;

    /// <summary>Tags all tokens of <paramref name="s"/> into <see cref="TaggedSentence.Tags"/>.</summary>
    public static void Tag(TaggedSentence s, TaggerModel model)
    {
        var n = s.Tokens.Count;
        var start = 0;
        while (start < n)
        {
            var end = SentenceEnd(s, start);
            TagSentence(s, model, start, end);
            start = end;
        }
    }

    /// <summary>One past the last token of the sentence that starts at <paramref name="start"/>.</summary>
    public static int SentenceEnd(TaggedSentence s, int start)
    {
        var n = s.Tokens.Count;
        var end = start;
        while (end < n && !EntityTokenizer.EndsSentence(s.Text, s.Tokens[end]) && (end == start || !ParagraphBreak(s, end)))
        {
            end++;
        }

        return end < n && EntityTokenizer.EndsSentence(s.Text, s.Tokens[end]) ? end + 1 : Math.Max(end, start + 1);
    }

    private static void TagSentence(TaggedSentence s, TaggerModel model, int start, int end)
    {
        const int C = EntityTag.Count;
        var length = end - start;
        var size = length * C;
        var emissions = t_work is { } w && w.Length >= 2 * size ? w : (t_work = new float[Math.Max(2 * size, 1024)]);
        var back = t_back is { } b && b.Length >= size ? b : (t_back = new int[Math.Max(size, 512)]);
        Span<ulong> features = stackalloc ulong[TagFeatures.Max];
        Array.Clear(emissions, 0, size);
        for (var i = start; i < end; i++)
        {
            var count = TagFeatures.Extract(s, i, start, end, features);
            model.Score(features[..count], emissions.AsSpan((i - start) * C, C));
        }

        ViterbiDecoder.Decode(emissions.AsSpan(0, size), length, model.Transitions, s.Tags.AsSpan(start, length), emissions.AsSpan(size, size), back);
    }

    private static bool ParagraphBreak(TaggedSentence s, int i) => s.Tokens[i].SentenceStart && i > 0
        && s.Text.AsSpan(s.Tokens[i - 1].End, s.Tokens[i].Start - s.Tokens[i - 1].End).Contains('\n');
}
