using Lucene.Net.Index;
using Search.Core.Facets;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>Gathers the figures of <see cref="IndexStatistics"/> from an open reader.</summary>
internal static class IndexStatisticsReader
{
    public static IndexStatistics Read(DirectoryReader reader, string indexPath)
    {
        DateOnly? oldest = null, newest = null;
        foreach (var leaf in reader.Leaves)
        {
            var dates = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Date);
            var live = leaf.AtomicReader.LiveDocs;
            if (dates is null)
            {
                continue;
            }

            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var date = IndexSchema.DecodeDate(dates.Get(doc));
                oldest = oldest is null || date < oldest ? date : oldest;
                newest = newest is null || date > newest ? date : newest;
            }
        }

        long size = 0;
        DateTimeOffset? lastCommit = null;
        foreach (var file in reader.IndexCommit.FileNames)
        {
            var info = new FileInfo(Path.Combine(indexPath, file));
            if (info.Exists)
            {
                size += info.Length;
            }
        }

        var segmentsFile = new FileInfo(Path.Combine(indexPath, reader.IndexCommit.SegmentsFileName));
        if (segmentsFile.Exists)
        {
            lastCommit = new DateTimeOffset(segmentsFile.LastWriteTimeUtc, TimeSpan.Zero);
        }

        return new IndexStatistics(
            reader.NumDocs,
            reader.Leaves.Count,
            size,
            oldest,
            newest,
            Distinct(reader, IndexSchema.Actor),
            Distinct(reader, IndexSchema.Location),
            lastCommit,
            IndexSchema.ReadOrigin(reader.IndexCommit.UserData))
        {
            FromAnotherVersion = IndexSchema.ReadVersion(reader.IndexCommit.UserData) != IndexSchema.Version,
        };
    }

    /// <summary>
    /// Values that live documents have, as the facets count them (merged names and spellings once): the number a
    /// match-all search gives as the dimension's distinct values.
    /// </summary>
    private static int Distinct(IndexReader reader, string field) => GlobalOrdinals.For(reader, field).DocumentCounts.Count(count => count > 0);
}
