namespace Search.Core.Facets;

/// <summary>
/// Counting a document's values when some values are merged into others (<see cref="GlobalOrdinals.Targets"/>):
/// two of its values may map to one ordinal, which still counts the document once. A stamp per ordinal (a number
/// that is new for every document) says whether the document was already counted there.
/// </summary>
internal static class MergedCounting
{
    /// <summary>Counts document <paramref name="doc"/> once under each ordinal its values map to.</summary>
    /// <param name="starts">Start of each document's values in <paramref name="ords"/>.</param>
    /// <param name="ords">Segment ordinals.</param>
    /// <param name="map">Segment ordinal to counted ordinal.</param>
    /// <param name="doc">The document.</param>
    /// <param name="counts">The counts.</param>
    /// <param name="stamps">The stamp of the last document counted under each ordinal (as long as <paramref name="counts"/>).</param>
    /// <param name="stamp">A stamp no earlier document used.</param>
    public static void Count(int[] starts, int[] ords, int[] map, int doc, int[] counts, int[] stamps, int stamp)
    {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            var ord = map[ords[i]];
            if (stamps[ord] != stamp)
            {
                stamps[ord] = stamp;
                counts[ord]++;
            }
        }
    }
}
