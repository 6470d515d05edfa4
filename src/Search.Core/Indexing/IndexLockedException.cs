namespace Search.Core.Indexing;

/// <summary>Thrown when another writer (an <see cref="IndexBuilder"/> in this or another process) holds the same index.</summary>
public sealed class IndexLockedException : SearchException
{
    /// <summary>Creates the exception for the index at <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="inThisProcess">True when the writer holding the index is in this process.</param>
    /// <param name="inner">The error of the lock attempt, if any.</param>
    public IndexLockedException(string indexPath, bool inThisProcess = false, Exception? inner = null)
        : base(inThisProcess
            ? $"The index at '{indexPath}' is already open for writing in this process: dispose the other IndexBuilder on it first."
            : $"The index at '{indexPath}' is being written by another process. An update ends by itself, but a process that watches a seeds folder holds the index until it is stopped; try again when the other writer has ended.",
            inner)
    {
        IndexPath = indexPath;
        InThisProcess = inThisProcess;
    }

    /// <summary>The index folder that is locked.</summary>
    public string IndexPath { get; }

    /// <summary>True when the writer holding the index is in this process (an <see cref="IndexBuilder"/> not yet disposed).</summary>
    public bool InThisProcess { get; }
}
