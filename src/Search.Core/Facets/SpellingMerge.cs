using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// Which facet values the counts put under another spelling of the same value: values that differ only in case or
/// accents ("EUROPA" and "Europa", "Ratko Mladic" and "Ratko Mladić", "YouTube" and "Youtube", "Müller" and "MÜLLER")
/// are one value, shown in the spelling most documents use. A filter already matches them alike (it folds the
/// value), so the counts and the hits of a selected value agree.
/// </summary>
internal static class SpellingMerge
{
    /// <summary>Per global ordinal, the ordinal of its most used spelling (itself for most); null when no two values fold alike.</summary>
    public static int[]? For(IndexReader reader, string field, string[] labels)
    {
        // The first ordinal of each spelling; only spellings met again get a group (most labels are alone).
        var first = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        Dictionary<int, List<int>>? groups = null;
        for (var ord = 0; ord < labels.Length; ord++)
        {
            // Case and accents, not ae → a ("Michael" and "Michal" stay two); most labels are ASCII, lower-cased cheaply.
            var label = labels[ord];
            var folded = System.Text.Ascii.IsValid(label) ? label.ToLowerInvariant() : FacetText.Spelled(label);
            if (!first.TryAdd(folded, ord))
            {
                groups ??= [];
                var head = first[folded];
                if (!groups.TryGetValue(head, out var group))
                {
                    groups[head] = group = [head];
                }

                group.Add(ord);
            }
        }

        if (groups is null)
        {
            return null;
        }

        var targets = Enumerable.Range(0, labels.Length).ToArray();
        foreach (var group in groups.Values)
        {
            var shown = group.MaxBy(ord => (reader.DocFreq(new Term(field, labels[ord])), -ord)); // most documents; the first spelling on a tie
            foreach (var ord in group)
            {
                targets[ord] = shown;
            }
        }

        return targets;
    }

    /// <summary>The two merges one after the other (a spelling's target may be a bare name merged into a full one), or either alone.</summary>
    public static int[]? Compose(int[]? first, int[]? then)
    {
        if (first is null || then is null)
        {
            return first ?? then;
        }

        var targets = new int[first.Length];
        for (var ord = 0; ord < first.Length; ord++)
        {
            var target = ord;
            for (var step = 0; step < 4; step++)
            {
                var next = first[then[target]];
                if (next == target)
                {
                    break;
                }

                target = next;
            }

            targets[ord] = target;
        }

        return targets;
    }
}
