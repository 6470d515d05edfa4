namespace Search.Core.Entities.Tagging;

/// <summary>
/// Word clusters learned from unlabeled German text (development time, by the trainer): a map
/// from the hash of a lower-cased word to its cluster number (1-based; 0 = unknown word).
/// File format: one "word TAB cluster" line per word. Read-only after loading, thread-safe.
/// </summary>
internal sealed class WordClusters
{
    private readonly Dictionary<ulong, ushort> _clusters;

    /// <summary>Creates the map from (word, cluster) pairs.</summary>
    public WordClusters(IEnumerable<(string Word, int Cluster)> entries)
    {
        _clusters = [];
        foreach (var (word, cluster) in entries)
        {
            _clusters[FeatureHash.Lower(word)] = (ushort)cluster;
        }
    }

    /// <summary>An empty map.</summary>
    public static WordClusters Empty { get; } = new([]);

    /// <summary>Number of words with a cluster.</summary>
    public int Count => _clusters.Count;

    /// <summary>The cluster of the word with lower-case hash <paramref name="lowerHash"/>, or 0.</summary>
    public ushort Of(ulong lowerHash) => _clusters.TryGetValue(lowerHash, out var c) ? c : (ushort)0;

    /// <summary>Reads "word TAB cluster" lines.</summary>
    public static WordClusters Read(TextReader reader)
    {
        var entries = new List<(string, int)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c))
            {
                entries.Add((line[..tab], c));
            }
        }

        return new WordClusters(entries);
    }
}
