namespace Search.Core.Indexing;

/// <summary>Thrown when another process (or another builder in this process) is writing the same index.</summary>
public sealed class IndexLockedException : SearchException
{
    /// <summary>Creates the exception for the index at <paramref name="indexPath"/>.</summary>
    public IndexLockedException(string indexPath, Exception? inner = null)
        : base($"The index at '{indexPath}' is being written by another process; wait for it to finish and try again.", inner)
    {
        IndexPath = indexPath;
    }

    /// <summary>The index folder that is locked.</summary>
    public string IndexPath { get; }
}
