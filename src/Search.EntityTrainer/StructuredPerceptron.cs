using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>
/// Trains the tagger of Search.Core: an averaged structured perceptron over the emission features of
/// <see cref="TagFeatures"/>, hashed into the fixed table of <see cref="TaggerModel"/>, and tag transitions,
/// decoded with <see cref="ViterbiDecoder"/> (Collins 2002). Deterministic: the sentence order of each epoch
/// comes from a fixed seed.
/// </summary>
internal sealed class StructuredPerceptron
{
    private const int C = EntityTag.Count;
    private const int TransitionCount = (C + 1) * C;
    private readonly float[] _w = new float[(1 << TaggerModel.TableBits) * C];
    private readonly float[] _u = new float[(1 << TaggerModel.TableBits) * C];
    private readonly float[] _tw = new float[TransitionCount];
    private readonly float[] _tu = new float[TransitionCount];
    private int _clock = 1;

    /// <summary>Computes the feature slots of every sentence once.</summary>
    public static List<(int[] Slots, int[] Offsets, int[] Gold)> Prepare(IReadOnlyList<(string[] Words, int[] Tags)> data, Gazetteer gazetteer, WordClusters clusters)
    {
        var result = new List<(int[], int[], int[])>(data.Count);
        var s = new TaggedSentence();
        var features = new ulong[TagFeatures.Max];
        var slots = new List<int>();
        foreach (var (words, gold) in data)
        {
            s.LoadTokens(words, gazetteer, clusters);
            slots.Clear();
            var offsets = new int[words.Length + 1];
            for (var i = 0; i < words.Length; i++)
            {
                offsets[i] = slots.Count;
                var count = TagFeatures.Extract(s, i, 0, words.Length, features);
                for (var k = 0; k < count; k++)
                {
                    slots.Add(TaggerModel.SlotOf(features[k]));
                }
            }

            offsets[words.Length] = slots.Count;
            result.Add((slots.ToArray(), offsets, gold));
        }

        return result;
    }

    /// <summary>Runs <paramref name="epochs"/> passes over the prepared sentences.</summary>
    public void Train(List<(int[] Slots, int[] Offsets, int[] Gold)> data, int epochs, int seed, Action<string> log)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        var emissions = new float[64 * C];
        var work = new float[64 * C];
        var back = new int[64 * C];
        var predicted = new int[64];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int wrong = 0, tokens = 0;
            foreach (var k in order)
            {
                var (slots, offsets, gold) = data[k];
                var length = gold.Length;
                if (emissions.Length < length * C)
                {
                    emissions = new float[length * C * 2];
                    work = new float[length * C * 2];
                    back = new int[length * C * 2];
                    predicted = new int[length * 2];
                }

                Array.Clear(emissions, 0, length * C);
                for (var i = 0; i < length; i++)
                {
                    for (var f = offsets[i]; f < offsets[i + 1]; f++)
                    {
                        var row = slots[f] * C;
                        for (var t = 0; t < C; t++)
                        {
                            emissions[(i * C) + t] += _w[row + t];
                        }
                    }
                }

                ViterbiDecoder.Decode(emissions.AsSpan(0, length * C), length, _tw, predicted, work, back);
                tokens += length;
                for (var i = 0; i < length; i++)
                {
                    var g = gold[i];
                    var p = predicted[i];
                    if (g != p)
                    {
                        wrong++;
                        for (var f = offsets[i]; f < offsets[i + 1]; f++)
                        {
                            Update(_w, _u, (slots[f] * C) + g, 1);
                            Update(_w, _u, (slots[f] * C) + p, -1);
                        }
                    }

                    var gp = i == 0 ? C : gold[i - 1];
                    var pp = i == 0 ? C : predicted[i - 1];
                    if (g != p || gp != pp)
                    {
                        Update(_tw, _tu, (gp * C) + g, 1);
                        Update(_tw, _tu, (pp * C) + p, -1);
                    }
                }

                _clock++;
            }

            log($"epoch {epoch + 1}: {wrong} of {tokens} tokens wrong");
        }
    }

    /// <summary>The averaged weights: the dense table and the transitions.</summary>
    public (float[] Table, float[] Transitions) Averaged()
    {
        var table = new float[_w.Length];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = _w[i] - (_u[i] / _clock);
        }

        var transitions = new float[TransitionCount];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = _tw[i] - (_tu[i] / _clock);
        }

        return (table, transitions);
    }

    private void Update(float[] w, float[] u, int index, float delta)
    {
        w[index] += delta;
        u[index] += _clock * delta;
    }
}
