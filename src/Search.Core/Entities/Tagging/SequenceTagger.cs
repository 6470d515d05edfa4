namespace Search.Core.Entities.Tagging;

/// <summary>
/// Tags a text sentence by sentence with a <see cref="TaggerModel"/>: emission scores from
/// <see cref="TagFeatures"/>, Viterbi decoding over tag transitions.
/// </summary>
internal static class SequenceTagger
{
    [ThreadStatic]
    private static Buffers? t_buffers;

    /// <summary>Tags all tokens of <paramref name="s"/> into <see cref="TaggedSentence.Tags"/>.</summary>
    public static void Tag(TaggedSentence s, TaggerModel model)
    {
        var n = s.Tokens.Count;
        var start = 0;
        var buffers = t_buffers ??= new Buffers(); // thread statics once per text: each access costs
        var words = WordScores.For(model, s);
        while (start < n)
        {
            var end = SentenceEnd(s, start);
            TagSentence(s, model, start, end, buffers, words);
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

    private static void TagSentence(TaggedSentence s, TaggerModel model, int start, int end, Buffers buffers, WordScores words)
    {
        const int C = EntityTag.Count;
        var length = end - start;
        var size = length * C;
        var emissions = buffers.Emissions.Length >= 2 * size ? buffers.Emissions : (buffers.Emissions = new float[2 * size]);
        var back = buffers.Back.Length >= size ? buffers.Back : (buffers.Back = new int[size]);
        var features = buffers.Features;
        Array.Clear(emissions, 0, size);
        for (var i = start; i < end; i++)
        {
            var scores = emissions.AsSpan((i - start) * C, C);
            words.Add(s, i, features, scores);
            var count = TagFeatures.ExtractContext(s, i, start, end, features);
            model.Score(features.AsSpan(0, count), scores);
        }

        ViterbiDecoder.Decode(emissions.AsSpan(0, size), length, model.Transitions, s.Tags.AsSpan(start, length), emissions.AsSpan(size, size), back);
    }

    private static bool ParagraphBreak(TaggedSentence s, int i) => s.Tokens[i].SentenceStart && i > 0
        && s.Text.AsSpan(s.Tokens[i - 1].End, s.Tokens[i].Start - s.Tokens[i - 1].End).Contains('\n');

    /// <summary>A thread's work arrays (not stackalloc: that would zero them for every sentence).</summary>
    private sealed class Buffers
    {
        public ulong[] Features { get; } = new ulong[TagFeatures.Max];

        public float[] Emissions { get; set; } = new float[1024];

        public int[] Back { get; set; } = new int[512];
    }
}
