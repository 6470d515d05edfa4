using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>What a writer does when an update fails: roll back to the last commit, and explain the failure.</summary>
internal static class IndexWriteErrors
{
    /// <summary>Discards the uncommitted work of <paramref name="writer"/>; the last commit on disk stays.</summary>
    public static void RollBack(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The rollback only discards uncommitted work; the last commit on disk is untouched either way.
        }
    }

    /// <summary>A write failure (full disk, read-only folder) as an error a person can act on; other errors as they are.</summary>
    public static Exception Describe(string indexPath, Exception ex)
    {
        // Parallel work reports its failures wrapped; the first write failure is the one to explain.
        if (ex is AggregateException aggregate)
        {
            var inner = aggregate.Flatten().InnerExceptions;
            ex = inner.FirstOrDefault(e => e is IOException or UnauthorizedAccessException) ?? (inner.Count == 1 ? inner[0] : ex);
        }

        return ex switch
        {
            IOException or UnauthorizedAccessException when ex is not FileNotFoundException =>
                new SearchException($"Cannot write the index at '{indexPath}': {ex.Message.TrimEnd('.')}. The index is left as it was after its last complete update.", ex),
            _ => ex,
        };
    }
}
