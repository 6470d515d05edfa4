namespace Search.Core.Entities.Tagging;

/// <summary>
/// Tags a text sentence by sentence with a <see cref="TaggerModel"/>: emission scores from
/// <see cref="TagFeatures"/>, Viterbi decoding over tag transitions.
/// </summary>
internal static class SequenceTagger
{
    private const int GazetteerFlagsCount = (int)Lexicon.GazetteerFlags.Count;

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
        var sums = buffers.Sums.Length >= size ? buffers.Sums : (buffers.Sums = new int[size]);
        var rows = buffers.Rows.Length >= length ? buffers.Rows : (buffers.Rows = new int[length]);
        Emissions(s, model, start, end, words, buffers.Features, rows, sums);
        var scale = model.Scale;
        for (var k = 0; k < size; k++)
        {
            emissions[k] = sums[k] * scale;
        }

        ViterbiDecoder.Decode(emissions.AsSpan(0, size), length, model.Transitions, s.Tags.AsSpan(start, length), emissions.AsSpan(size, size), back);
    }

    /// <summary>
    /// The integer emission scores of the tokens [start, end) into <paramref name="sums"/>: the word and neighbour rows
    /// of <paramref name="words"/>, plus the model's weights of the remaining context features; the same sums as all of
    /// <see cref="TagFeatures.Extract"/> scored by the model.
    /// </summary>
    internal static void Emissions(TaggedSentence s, TaggerModel model, int start, int end, WordScores words, ulong[] features, int[] rows, int[] sums)
    {
        const int C = EntityTag.Count;
        var length = end - start;
        for (var k = 0; k < length; k++)
        {
            rows[k] = words.RowsOf(s, start + k, features);
        }

        var table = words.Sums;
        var boundary = words.Boundary;
        var facts = s.Facts!;
        Span<ulong> one = stackalloc ulong[GazetteerFlagsCount + 2];
        for (var k = 0; k < length; k++)
        {
            var i = start + k;
            var into = sums.AsSpan(k * C, C);
            var row = rows[k];
            table.Slice(row, C).CopyTo(into);
            if (k > 0 && !s.Tokens[i].SentenceStart)
            {
                TagSums.Add(into, table.Slice(row + (WordScores.StandingInside * C), C));
            }
            else
            {
                one[0] = TagFeatures.Standing(s.Lower[i], TagFeatures.Position(s, i, start));
                model.Score(one[..1], into);
            }

            var own = facts.OwnFlags(s.Words[i]);
            if (s.Flags[i] == own)
            {
                TagSums.Add(into, table.Slice(row + (WordScores.Listed * C), C));
            }
            else
            {
                one[0] = TagFeatures.Listed(s.Flags[i]);
                model.Score(one[..1], into);
            }

            for (var place = TagFeatures.Previous; place <= TagFeatures.SecondNext; place++)
            {
                var j = TagFeatures.Neighbour(k, place);
                if (j < 0 || j >= length)
                {
                    TagSums.Add(into, table.Slice(boundary + (place * C), C));
                    continue;
                }

                TagSums.Add(into, table.Slice(rows[j] + (place * C), C));
                var phrase = s.Flags[start + j] & ~facts.OwnFlags(s.Words[start + j]);
                if (phrase != 0)
                {
                    model.Score(one[..TagFeatures.NeighbourFlags(place, phrase, one)], into);
                }
            }

            if (k >= 1)
            {
                TagSums.Add(into, table.Slice(rows[k - 1] + (WordScores.EndingAsPrevious * C), C));
            }

            model.Score(features.AsSpan(0, TagFeatures.ExtractPairs(s, i, start, end, features)), into);
        }
    }

    private static bool ParagraphBreak(TaggedSentence s, int i) => s.Tokens[i].SentenceStart && i > 0
        && s.Text.AsSpan(s.Tokens[i - 1].End, s.Tokens[i].Start - s.Tokens[i - 1].End).Contains('\n');

    /// <summary>A thread's work arrays (not stackalloc: that would zero them for every sentence).</summary>
    private sealed class Buffers
    {
        public ulong[] Features { get; } = new ulong[TagFeatures.Max];

        public float[] Emissions { get; set; } = new float[1024];

        public int[] Back { get; set; } = new int[512];

        public int[] Sums { get; set; } = new int[512];

        public int[] Rows { get; set; } = new int[64];
    }
}
