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
            IOException or UnauthorizedAccessException when ex is not FileNotFoundException => new IndexWriteException(indexPath, ProblemOf(ex), ex),
            _ => ex,
        };
    }

    /// <summary>
    /// The kind of a write failure, from the operating system's error number: ENOSPC and EDQUOT (Linux, macOS) or
    /// ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL (Windows); EROFS; EACCES, EPERM or a refused access.
    /// </summary>
    internal static IndexWriteProblem ProblemOf(Exception ex) => ex switch
    {
        UnauthorizedAccessException => IndexWriteProblem.NotPermitted,
        IOException { HResult: 28 or 122 or 69 or unchecked((int)0x80070070) or unchecked((int)0x80070027) } => IndexWriteProblem.DiskFull,
        IOException { HResult: 30 } => IndexWriteProblem.ReadOnly,
        IOException { HResult: 13 or 1 or unchecked((int)0x80070005) } => IndexWriteProblem.NotPermitted,
        _ => IndexWriteProblem.Other,
    };
}
