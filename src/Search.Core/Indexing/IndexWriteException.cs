namespace Search.Core.Indexing;

/// <summary>
/// Thrown when an update cannot write the index (a full disk, a folder it may not write, a read-only file system). The
/// update is rolled back: the index stays as it was after its last complete update.
/// </summary>
public sealed class IndexWriteException : SearchException
{
    /// <summary>Creates the exception for the index at <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="problem">Why the index could not be written.</param>
    /// <param name="inner">The operating system's error.</param>
    public IndexWriteException(string indexPath, IndexWriteProblem problem, Exception inner)
        : base($"Cannot write the index at '{indexPath}': {inner?.Message.TrimEnd('.')}. The index is left as it was after its last complete update.", inner)
    {
        IndexPath = indexPath;
        Problem = problem;
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>Why the index could not be written, for a caller that words it itself.</summary>
    public IndexWriteProblem Problem { get; }
}
