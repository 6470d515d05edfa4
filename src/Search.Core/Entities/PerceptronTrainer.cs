namespace Search.Core.Entities;

/// <summary>
/// Trains the averaged perceptron of <see cref="SequenceTagger"/> on tagged sentences
/// (development time only: the tool in src/Search.EntityTrainer calls it and writes the model file).
/// </summary>
internal static class PerceptronTrainer
{
    /// <summary>Reads a GermEval-style TSV (idx, token, tag, ...; blank line between sentences; '#' comments).</summary>
    public static List<(string[] Words, int[] Tags)> ReadTsv(string path)
    {
        var result = new List<(string[], int[])>();
        var words = new List<string>();
        var tags = new List<int>();
        var sub = new List<EntityToken>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (parts.Length < 3 || parts[1].Length == 0)
            {
                if (words.Count > 0)
                {
                    result.Add((words.ToArray(), tags.ToArray()));
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            // Re-tokenize like the runtime tokenizer: OCR tokens often carry punctuation ("Harf,").
            var tag = EntityTag.Parse(parts[2]);
            sub.Clear();
            EntityTokenizer.Tokenize(parts[1], sub);
            var first = true;
            foreach (var t in sub)
            {
                words.Add(parts[1].Substring(t.Start, t.Length));
                if (t.Shape == TokenShape.Punctuation)
                {
                    tags.Add(EntityTag.O);
                    continue;
                }

                tags.Add(first || tag == EntityTag.O ? tag : EntityTag.Begin(tag) + 1);
                first = false;
            }
        }

        if (words.Count > 0)
        {
            result.Add((words.ToArray(), tags.ToArray()));
        }

        return result;
    }

    /// <summary>Trains for <paramref name="epochs"/> passes and returns the averaged weights per feature.</summary>
    public static (List<ulong> Features, List<float[]> Rows) Train(IReadOnlyList<(string[] Words, int[] Tags)> data, Gazetteer gazetteer, int epochs, Action<string> log)
    {
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var w = new List<float[]>();
        var acc = new List<float[]>();
        var stamp = new List<int[]>();
        var clock = 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(17);
        var s = new TaggedSentence();
        var features = new ulong[EntityFeatures.Max];
        var scores = new float[EntityTag.Count];

        void Update(ulong f, int tag, float delta)
        {
            if (!index.TryGetValue(f, out var id))
            {
                id = keys.Count;
                index[f] = id;
                keys.Add(f);
                w.Add(new float[EntityTag.Count]);
                acc.Add(new float[EntityTag.Count]);
                stamp.Add(new int[EntityTag.Count]);
            }

            acc[id][tag] += (clock - stamp[id][tag]) * w[id][tag];
            stamp[id][tag] = clock;
            w[id][tag] += delta;
        }

        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var k in order)
            {
                var (words, gold) = data[k];
                s.LoadTokens(words, gazetteer);
                var prev = EntityTag.O;
                var prev2 = EntityTag.O;
                for (var i = 0; i < words.Length; i++)
                {
                    var tag = EntityTag.O;
                    if (SequenceTagger.NeedsScoring(s, i, prev))
                    {
                        var count = EntityFeatures.Extract(s, i, 0, words.Length, prev, prev2, features);
                        Array.Clear(scores);
                        foreach (var f in features.AsSpan(0, count))
                        {
                            if (index.TryGetValue(f, out var id))
                            {
                                var row = w[id];
                                for (var t = 0; t < EntityTag.Count; t++)
                                {
                                    scores[t] += row[t];
                                }
                            }
                        }

                        tag = SequenceTagger.Best(scores, prev);
                        total++;
                        if (tag != gold[i])
                        {
                            errors++;
                            foreach (var f in features.AsSpan(0, count))
                            {
                                Update(f, gold[i], 1);
                                Update(f, tag, -1);
                            }
                        }

                        clock++;
                    }

                    prev2 = prev;
                    prev = tag;
                }
            }

            log($"epoch {epoch + 1}: {errors} errors of {total} scored tokens, {keys.Count} features");
        }

        var rows = new List<float[]>(keys.Count);
        for (var id = 0; id < keys.Count; id++)
        {
            var row = new float[EntityTag.Count];
            for (var t = 0; t < EntityTag.Count; t++)
            {
                var total = acc[id][t] + ((clock - stamp[id][t]) * w[id][t]);
                row[t] = total / clock;
            }

            rows.Add(row);
        }

        return (keys, rows);
    }
}
