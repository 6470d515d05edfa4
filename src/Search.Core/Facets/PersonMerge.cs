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
    /// <summary>What merging found for one reader's actor values.</summary>
    /// <param name="Targets">Per global ordinal, the ordinal it is counted under (itself when not merged); null when nothing is merged.</param>
    /// <param name="ByWord">
    /// Folded words that stand for exactly one full person name of the index, with that name's ordinal: a filter on a
    /// bare name that no document has as a value of its own ("Thaksin", every article gives the full name) finds the
    /// full name's documents. Null when there are none.
    /// </param>
    public sealed record Result(int[]? Targets, Dictionary<string, int>? ByWord);

    /// <summary>The merges of the actor values <paramref name="labels"/> (global ordinal order).</summary>
    public static Result For(IndexReader reader, string[] labels)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.PersonKey);
        if (terms is null || labels.Length == 0)
        {
            return new Result(null, null);
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

        Dictionary<string, int>? byWord = null;
        foreach (var (key, names) in fullNames)
        {
            if (names.Count == 1 && Find(labels, names.First()) is var to and >= 0)
            {
                byWord ??= new Dictionary<string, int>(StringComparer.Ordinal);
                byWord.TryAdd(FacetText.Fold(key), to);
            }
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

        return new Result(targets, byWord);
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
