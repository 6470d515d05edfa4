namespace Search.Core.Indexing;

/// <summary>
/// An exclusive, process-wide lock on an index folder for writers. Lucene.Net's own write lock is a shared
/// lock on Linux and lets a second process write the same index, so every writer holds this one first.
/// </summary>
/// <remarks>The operating system releases the lock when the process ends, also after a crash or kill -9.</remarks>
internal sealed class IndexWriteLock : IDisposable
{
    internal const string FileName = "writer.lock";
    private readonly FileStream _stream;

    private IndexWriteLock(FileStream stream) => _stream = stream;

    public static IndexWriteLock Acquire(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        var lockPath = Path.Combine(indexPath, FileName);
        try
        {
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            return new IndexWriteLock(stream);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexLockedException(indexPath, ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
