namespace Search.Core.Facets;

/// <summary>
/// Counting a document's values when some values are merged into others (<see cref="GlobalOrdinals.Targets"/>):
/// two of its values may map to one ordinal, which still counts the document once. Only the few ordinals that
/// receive merged values (<see cref="GlobalOrdinals.ReceivesMerged"/>) are checked against the document's earlier
/// values; nothing is allocated per request.
/// </summary>
internal static class MergedCounting
{
    /// <summary>Counts document <paramref name="doc"/> once under each ordinal its values map to.</summary>
    /// <param name="starts">Start of each document's values in <paramref name="ords"/>.</param>
    /// <param name="ords">Segment ordinals.</param>
    /// <param name="map">Segment ordinal to counted ordinal.</param>
    /// <param name="doc">The document.</param>
    /// <param name="counts">The counts.</param>
    /// <param name="receivesMerged">Per counted ordinal, whether other values are merged into it.</param>
    public static void Count(int[] starts, int[] ords, int[] map, int doc, int[] counts, bool[] receivesMerged)
    {
        var first = starts[doc];
        for (int i = first, end = starts[doc + 1]; i < end; i++)
        {
            var ord = map[ords[i]];
            if (!receivesMerged[ord] || !SeenBefore(ords, map, first, i, ord))
            {
                counts[ord]++;
            }
        }
    }

    private static bool SeenBefore(int[] ords, int[] map, int from, int to, int ord)
    {
        for (var j = from; j < to; j++)
        {
            if (map[ords[j]] == ord)
            {
                return true;
            }
        }

        return false;
    }
}
