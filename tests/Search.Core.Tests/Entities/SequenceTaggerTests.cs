using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Tests.Entities;

public class SequenceTaggerTests
{
    private static readonly TaggerModel Model = EntityExtractor.LoadModel();

    [Fact]
    public void Emissions_FromWordAndNeighbourRows_EqualTheModelScoresOfAllFeatures()
    {
        // Sentences of one, two and many tokens, short words (no ending feature), repeats (rows from the cache),
        // hyphens, numbers, a paragraph break (every neighbour place meets the sentence boundary) and list phrases
        // (their tokens carry flags their words do not always have).
        const string text = "Berlin. Ja! Bundeskanzler Friedrich Merz traf am Montag in Paris den französischen Präsidenten "
            + "Emmanuel Macron (47) und die EU-Kommission. Merz sagte, Paris und Berlin seien sich einig.\n\n"
            + "In Baden-Württemberg regnete es 3 Tage. Der ADAC warnte vor Staus auf der A 8 bei Stuttgart. "
            + "Das Deutsche Rote Kreuz half in New York und in den Vereinigten Staaten, Deutsche Bahn und Rote Armee nicht.";
        var s = new TaggedSentence();
        s.Load(text, new Gazetteer([], [], []));
        var words = WordScores.For(Model, s);
        var features = new ulong[TagFeatures.Max];
        var sentences = 0;
        for (var start = 0; start < s.Tokens.Count; sentences++)
        {
            var end = SequenceTagger.SentenceEnd(s, start);
            var length = end - start;
            var sums = new int[length * EntityTag.Count];
            SequenceTagger.Emissions(s, Model, start, end, words, features, new int[length], sums);

            var expected = new int[length * EntityTag.Count];
            for (var i = start; i < end; i++)
            {
                var count = TagFeatures.Extract(s, i, start, end, features);
                Model.Score(features.AsSpan(0, count), expected.AsSpan((i - start) * EntityTag.Count, EntityTag.Count));
            }

            Assert.Equal(expected, sums);
            start = end;
        }

        Assert.True(sentences >= 5, $"only {sentences} sentences");
        var phraseTokens = Enumerable.Range(0, s.Tokens.Count).Count(i => s.Flags[i] != s.Facts!.OwnFlags(s.Words[i]));
        Assert.True(phraseTokens >= 2, $"only {phraseTokens} tokens inside list phrases");
    }

    [Fact]
    public void Score_SumsTheQuantisedWeightsOfEachTag()
    {
        // Two slots with known weights per tag: the integer sums must add them tag by tag (all nine, the vector's
        // eight and the rest).
        var rows = new short[2 * EntityTag.Count];
        for (var t = 0; t < EntityTag.Count; t++)
        {
            rows[t] = (short)(t + 1);
            rows[EntityTag.Count + t] = (short)(-100 * t);
        }

        var transitions = new float[(EntityTag.Count + 1) * EntityTag.Count];
        var model = new TaggerModel([TaggerModel.SlotOf(1), TaggerModel.SlotOf(2)], rows, 0.5f, transitions);
        var sums = new int[EntityTag.Count];
        sums[8] = 7;
        Assert.NotEqual(TaggerModel.SlotOf(999_999_999), TaggerModel.SlotOf(1));
        Assert.NotEqual(TaggerModel.SlotOf(999_999_999), TaggerModel.SlotOf(2));
        model.Score([1, 2, 2, 999_999_999], sums); // the last has no weights

        for (var t = 0; t < EntityTag.Count; t++)
        {
            Assert.Equal((t + 1) + (2 * -100 * t) + (t == 8 ? 7 : 0), sums[t]);
        }

        Assert.Equal(0.5f, model.Scale);
    }
}

public class ViterbiDecoderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_FindsTheBestAllowedSequence(int length)
    {
        const int C = EntityTag.Count;
        var random = new Random(length);
        for (var round = 0; round < 20; round++)
        {
            var emissions = new float[length * C];
            var transitions = new float[(C + 1) * C];
            for (var k = 0; k < emissions.Length; k++)
            {
                emissions[k] = (float)((random.NextDouble() * 4) - 2);
            }

            for (var k = 0; k < transitions.Length; k++)
            {
                transitions[k] = (float)((random.NextDouble() * 4) - 2);
            }

            var tags = new int[length];
            ViterbiDecoder.Decode(emissions, length, transitions, tags, new float[length * C], new int[length * C]);

            // Every sequence of tags, the forbidden ones (an inside tag after anything but its own type) left out.
            var best = float.NegativeInfinity;
            int[]? bestTags = null;
            var sequence = new int[length];
            for (var code = 0; code < (int)Math.Pow(C, length); code++)
            {
                var rest = code;
                for (var i = 0; i < length; i++)
                {
                    sequence[i] = rest % C;
                    rest /= C;
                }

                var score = 0f;
                var allowed = true;
                for (var i = 0; i < length && allowed; i++)
                {
                    var previous = i == 0 ? -1 : sequence[i - 1];
                    allowed = ViterbiDecoder.Allowed(previous, sequence[i]);
                    score += emissions[(i * C) + sequence[i]] + transitions[((previous < 0 ? C : previous) * C) + sequence[i]];
                }

                if (allowed && score > best)
                {
                    best = score;
                    bestTags = (int[])sequence.Clone();
                }
            }

            Assert.Equal(bestTags, tags);
        }
    }
}
