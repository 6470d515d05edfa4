namespace Search.Core.Indexing;

/// <summary>Thrown when a folder holds no usable index: none at all, something else, or a damaged one.</summary>
public sealed class IndexUnavailableException : SearchException
{
    /// <summary>Creates the exception for <paramref name="indexPath"/> with the reason in <paramref name="message"/>.</summary>
    public IndexUnavailableException(string indexPath, string message, Exception? inner = null)
        : base(message, inner)
    {
        IndexPath = indexPath;
    }

    /// <summary>The folder that was opened.</summary>
    public string IndexPath { get; }
}
