using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// Which actor values the facet counts under another one: a one-word person name ("Stoiber", "Thaksin") under the
/// one longer person name of the whole index that it may stand for ("Edmund Stoiber", "Thaksin Shinawatra"), read
/// from the <see cref="IndexSchema.PersonKey"/> terms. A word that may stand for two or more names ("Bush": George W.
/// Bush, Laura Bush) and names not indexed as persons (the company "Bosch" beside the person "Robert Bosch") stay as
/// they are.
/// </summary>
internal static class PersonMerge
{
    /// <summary>
    /// Per global ordinal of <paramref name="labels"/>, the ordinal it is counted under (itself when not merged), or
    /// null when nothing is merged.
    /// </summary>
    public static int[]? Targets(IndexReader reader, string[] labels)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.PersonKey);
        if (terms is null || labels.Length == 0)
        {
            return null;
        }

        var single = new HashSet<string>(StringComparer.Ordinal);
        var fullNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var separator = term.IndexOf(IndexSchema.PersonKeySeparator);
            if (separator < 0)
            {
                single.Add(term);
                continue;
            }

            var key = term[..separator];
            if (!fullNames.TryGetValue(key, out var names))
            {
                fullNames[key] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            names.Add(term[(separator + 1)..]);
        }

        int[]? targets = null;
        foreach (var name in single)
        {
            if (!fullNames.TryGetValue(name, out var names) || names.Count != 1)
            {
                continue;
            }

            var from = Find(labels, name);
            var to = Find(labels, names.First());
            if (from < 0 || to < 0)
            {
                continue;
            }

            targets ??= Enumerable.Range(0, labels.Length).ToArray();
            targets[from] = to;
        }

        return targets;
    }

    /// <summary>
    /// The ordinal of <paramref name="label"/>. Labels are in UTF-8 byte order, which differs from UTF-16 ordinal
    /// order only around surrogate pairs: a binary search that misses is checked by a scan.
    /// </summary>
    private static int Find(string[] labels, string label)
    {
        var i = Array.BinarySearch(labels, label, StringComparer.Ordinal);
        return i >= 0 ? i : Array.IndexOf(labels, label);
    }
}
