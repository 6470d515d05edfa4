namespace Search.Core.Analysis;

/// <summary>
/// Finds the longest entry a word ends with: a trie over the reversed entries, walked from the word's last letter,
/// so a lookup costs a few steps whatever the size of the list. Immutable once built; thread-safe.
/// </summary>
internal sealed class SuffixTrie
{
    private readonly char[][] _labels;
    private readonly int[][] _children;
    private readonly string?[] _values;

    /// <summary>Builds the trie.</summary>
    /// <param name="entries">Entry (lower-case) and the value it stands for.</param>
    public SuffixTrie(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var labels = new List<List<char>> { new() };
        var children = new List<List<int>> { new() };
        var values = new List<string?> { null };
        foreach (var (entry, value) in entries)
        {
            var node = 0;
            for (var i = entry.Length - 1; i >= 0; i--)
            {
                var at = labels[node].IndexOf(entry[i]);
                if (at < 0)
                {
                    labels[node].Add(entry[i]);
                    children[node].Add(labels.Count);
                    labels.Add([]);
                    children.Add([]);
                    values.Add(null);
                    at = labels[node].Count - 1;
                }

                node = children[node][at];
            }

            values[node] ??= value;
        }

        _labels = [.. labels.Select(l => l.ToArray())];
        _children = [.. children.Select(c => c.ToArray())];
        _values = [.. values];
    }

    /// <summary>Number of entries' letters stored (nodes), for tests.</summary>
    public int NodeCount => _values.Length;

    /// <summary>
    /// The longest entry <paramref name="word"/> ends with, when the word is that entry or the entry follows at least
    /// <paramref name="minPrefix"/> other letters.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="minPrefix">The shortest stretch allowed before the entry.</param>
    /// <param name="start">Where the entry starts in the word.</param>
    /// <param name="value">The entry's value.</param>
    /// <returns>True when an entry was found.</returns>
    public bool TryFindLongest(ReadOnlySpan<char> word, int minPrefix, out int start, out string value)
    {
        start = -1;
        value = "";
        var node = 0;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            var labels = _labels[node];
            var at = Array.IndexOf(labels, word[i]);
            if (at < 0)
            {
                break;
            }

            node = _children[node][at];
            if (_values[node] is { } found && (i == 0 || i >= minPrefix))
            {
                start = i;
                value = found;
            }
        }

        return start >= 0;
    }
}
