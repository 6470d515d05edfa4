namespace Search.Core.Indexing;

/// <summary>
/// An exclusive, process-wide lock on an index folder for writers. Lucene.Net's own write lock is a shared
/// lock on Linux and lets a second process write the same index, so every writer holds this one first.
/// </summary>
/// <remarks>The operating system releases the lock when the process ends, also after a crash or kill -9.</remarks>
internal sealed class IndexWriteLock : IDisposable
{
    internal const string FileName = "writer.lock";

    /// <summary>The index folders locked by this process, so a second writer here is told so rather than "another process".</summary>
    private static readonly HashSet<string> HeldHere = new(StringComparer.Ordinal);

    private readonly FileStream _stream;
    private readonly string _indexPath;

    private IndexWriteLock(FileStream stream, string indexPath)
    {
        _stream = stream;
        _indexPath = indexPath;
    }

    /// <summary>Takes the lock of <paramref name="indexPath"/> (a full path), creating the folder when missing.</summary>
    /// <exception cref="IndexLockedException">Another writer holds it.</exception>
    public static IndexWriteLock Acquire(string indexPath)
    {
        lock (HeldHere)
        {
            if (HeldHere.Contains(indexPath))
            {
                throw new IndexLockedException(indexPath, inThisProcess: true);
            }

            Directory.CreateDirectory(indexPath);
            var lockPath = Path.Combine(indexPath, FileName);
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                HeldHere.Add(indexPath);
                return new IndexWriteLock(stream, indexPath);
            }
            catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
            {
                throw new IndexLockedException(indexPath, inThisProcess: false, ex);
            }
        }
    }

    public void Dispose()
    {
        lock (HeldHere)
        {
            if (HeldHere.Remove(_indexPath))
            {
                _stream.Dispose();
            }
        }
    }
}
