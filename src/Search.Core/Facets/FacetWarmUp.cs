using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// Builds the facet data of a newly opened reader (every segment's actor and location ordinals and dates, then the
/// ordinals across segments) on a thread of its own while the first query is read and run. A fresh process's first
/// search with facets used to build all of it on its own thread: at a million documents about a second of a 1.5 s
/// one-shot query (issue 16).
/// </summary>
/// <remarks>
/// It walks the segments from the last to the first, while a search that needs the data walks them from the first,
/// so the two meet in the middle; both use the same caches (<see cref="BuiltOnce"/>), and a segment one of them is
/// building the other waits for. One dedicated thread, not the pool: the pool's threads are what a terminal UI
/// starting at the same time needs (pool work items here delayed its first window by a second at 1M). The reader is
/// held open until the work ends.
/// </remarks>
internal static class FacetWarmUp
{
    /// <summary>Starts building; returns at once.</summary>
    public static void Start(IndexReader reader)
    {
        if (reader.Leaves.Count == 0 || !reader.TryIncRef())
        {
            return;
        }

        var thread = new Thread(() => Run(reader)) { IsBackground = true, Name = "facet warm-up" };
        thread.Start();
    }

    private static void Run(IndexReader reader)
    {
        try
        {
            var leaves = reader.Leaves;
            for (var i = leaves.Count - 1; i >= 0; i--)
            {
                var segment = leaves[i].AtomicReader;
                SegmentOrdinals.For(segment, IndexSchema.Actor);
                SegmentOrdinals.For(segment, IndexSchema.Location);
                SegmentDates.For(segment);
            }

            GlobalOrdinals.For(reader, IndexSchema.Actor);
            GlobalOrdinals.For(reader, IndexSchema.Location);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start (the reader may have been closed by now): a search builds what it needs itself and
            // reports what goes wrong.
        }
        finally
        {
            reader.DecRef();
        }
    }
}
