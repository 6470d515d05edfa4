namespace Search.Core.Indexing;

/// <summary>Why an update could not write the index (see <see cref="IndexWriteException"/>).</summary>
public enum IndexWriteProblem
{
    /// <summary>The disk (or the user's quota on it) is full.</summary>
    DiskFull,

    /// <summary>The index folder or one of its files may not be written by this user.</summary>
    NotPermitted,

    /// <summary>The index lies on a file system mounted read-only.</summary>
    ReadOnly,

    /// <summary>Another input or output error (the message names it).</summary>
    Other,
}
