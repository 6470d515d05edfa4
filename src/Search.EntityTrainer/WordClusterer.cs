using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>
/// Learns word clusters from unlabeled text: every word seen often enough gets a vector of the words to its
/// left and right (among the most frequent words, weighted by positive pointwise mutual information), and
/// spherical k-means groups the vectors, once finely and once coarsely. Deterministic (fixed seed).
/// </summary>
internal static class WordClusterer
{
    private const int ContextWords = 600;

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> (lower-cased) that occur at least <paramref name="minCount"/>
    /// times; the cluster number packs the coarse cluster above bit 10 and the fine one below, both 1-based.
    /// </summary>
    public static SortedDictionary<string, int> Cluster(IEnumerable<IReadOnlyList<string>> sentences, int minCount, int fine, int coarse, int seed, Action<string> log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var sentence in sentences)
        {
            var words = sentence.Select(w => w.ToLowerInvariant()).ToArray();
            corpus.Add(words);
            foreach (var w in words)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var byFrequency = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var context = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, _) in byFrequency.Take(ContextWords))
        {
            context[word] = context.Count;
        }

        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in byFrequency)
        {
            if (count >= minCount && word.Any(char.IsLetter))
            {
                vocab[word] = vocab.Count;
            }
        }

        log($"clusters: {counts.Count} distinct words, {vocab.Count} with at least {minCount} occurrences");
        var vectors = Vectors(corpus, vocab, context);
        var fineOf = KMeans(vectors, fine, seed, log);
        var coarseOf = KMeans(vectors, coarse, seed + 1, log);
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, id) in vocab)
        {
            result[word] = ((coarseOf[id] + 1) << 10) | (fineOf[id] + 1);
        }

        return result;
    }

    private static (int[] Index, float[] Value)[] Vectors(List<string[]> corpus, Dictionary<string, int> vocab, Dictionary<string, int> context)
    {
        var dim = 2 * (ContextWords + 1);
        var rows = new Dictionary<int, float>[vocab.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = [];
        }

        var columnTotals = new double[dim];
        double total = 0;
        foreach (var words in corpus)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!vocab.TryGetValue(words[i], out var id))
                {
                    continue;
                }

                var left = i == 0 ? ContextWords : context.GetValueOrDefault(words[i - 1], -1);
                var right = i == words.Length - 1 ? ContextWords : context.GetValueOrDefault(words[i + 1], -1);
                if (left >= 0)
                {
                    rows[id][left] = rows[id].GetValueOrDefault(left) + 1;
                    columnTotals[left]++;
                    total++;
                }

                if (right >= 0)
                {
                    var c = ContextWords + 1 + right;
                    rows[id][c] = rows[id].GetValueOrDefault(c) + 1;
                    columnTotals[c]++;
                    total++;
                }
            }
        }

        var result = new (int[], float[])[vocab.Count];
        for (var id = 0; id < rows.Length; id++)
        {
            var rowTotal = rows[id].Values.Sum();
            var index = new List<int>();
            var value = new List<float>();
            foreach (var (c, n) in rows[id].OrderBy(p => p.Key))
            {
                var pmi = Math.Log(n * total / (rowTotal * columnTotals[c]));
                if (pmi > 0)
                {
                    index.Add(c);
                    value.Add((float)pmi);
                }
            }

            var norm = (float)Math.Sqrt(value.Sum(v => v * v));
            result[id] = (index.ToArray(), value.Select(v => norm > 0 ? v / norm : 0).ToArray());
        }

        return result;
    }

    private static int[] KMeans((int[] Index, float[] Value)[] vectors, int k, int seed, Action<string> log)
    {
        var dim = 2 * (ContextWords + 1);
        var random = new Random(seed);
        var centroids = new float[k][];
        var picks = Enumerable.Range(0, Math.Min(vectors.Length, 20 * k)).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new float[dim];
            var (index, value) = vectors[picks[c % picks.Length]];
            for (var j = 0; j < index.Length; j++)
            {
                centroids[c][index[j]] = value[j];
            }
        }

        var assign = new int[vectors.Length];
        for (var iteration = 0; iteration < 12; iteration++)
        {
            var moved = 0;
            for (var v = 0; v < vectors.Length; v++)
            {
                var (index, value) = vectors[v];
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var centroid = centroids[c];
                    var dot = 0f;
                    for (var j = 0; j < index.Length; j++)
                    {
                        dot += centroid[index[j]] * value[j];
                    }

                    if (dot > bestScore)
                    {
                        bestScore = dot;
                        best = c;
                    }
                }

                if (assign[v] != best || iteration == 0)
                {
                    moved++;
                }

                assign[v] = best;
            }

            for (var c = 0; c < k; c++)
            {
                Array.Clear(centroids[c]);
            }

            for (var v = 0; v < vectors.Length; v++)
            {
                var (index, value) = vectors[v];
                var centroid = centroids[assign[v]];
                for (var j = 0; j < index.Length; j++)
                {
                    centroid[index[j]] += value[j];
                }
            }

            foreach (var centroid in centroids)
            {
                var norm = (float)Math.Sqrt(centroid.Sum(x => x * x));
                if (norm > 0)
                {
                    for (var j = 0; j < centroid.Length; j++)
                    {
                        centroid[j] /= norm;
                    }
                }
            }

            log($"k-means k={k} iteration {iteration + 1}: {moved} words moved");
            if (moved == 0)
            {
                break;
            }
        }

        return assign;
    }

    /// <summary>The sentences of unlabeled text files: tokenized like the runtime, a blank line or sentence end closes a sentence.</summary>
    public static IEnumerable<IReadOnlyList<string>> TextSentences(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : [path];
        var tokens = new List<EntityToken>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            tokens.Clear();
            EntityTokenizer.Tokenize(text, tokens);
            var sentence = new List<string>();
            foreach (var t in tokens)
            {
                sentence.Add(text.Substring(t.Start, t.Length));
                if (EntityTokenizer.EndsSentence(text, t))
                {
                    yield return sentence;
                    sentence = [];
                }
            }

            if (sentence.Count > 0)
            {
                yield return sentence;
            }
        }
    }
}
