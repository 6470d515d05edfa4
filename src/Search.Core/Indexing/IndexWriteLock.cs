namespace Search.Core.Indexing;

/// <summary>
/// An exclusive, process-wide lock on an index folder for writers. Lucene.Net's own write lock is a shared
/// lock on Linux and lets a second process write the same index, so every writer holds this one first.
/// </summary>
/// <remarks>The operating system releases the lock when the process ends, also after a crash or kill -9.</remarks>
internal sealed class IndexWriteLock : IDisposable
{
    internal const string FileName = "writer.lock";

    /// <summary>
    /// The index folders locked by this process (as <see cref="Identity"/> spells them), so a second writer here is told
    /// so rather than "another process".
    /// </summary>
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
    /// <exception cref="SearchException">The folder or its lock file cannot be written (a read-only folder or disk, no permission).</exception>
    public static IndexWriteLock Acquire(string indexPath)
    {
        lock (HeldHere)
        {
            var identity = Identity(indexPath);
            if (HeldHere.Contains(identity))
            {
                throw new IndexLockedException(indexPath, inThisProcess: true);
            }

            try
            {
                Directory.CreateDirectory(indexPath);
                var stream = OpenLockFile(indexPath, FileMode.OpenOrCreate);
                HeldHere.Add(identity);
                return new IndexWriteLock(stream, identity);
            }
            catch (IOException ex) when (HeldByAnother(ex))
            {
                throw new IndexLockedException(indexPath, inThisProcess: false, ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw IndexWriteErrors.Describe(indexPath, ex);
            }
        }
    }

    /// <summary>
    /// Whether a writer holds the lock of <paramref name="indexPath"/> (a full path) now. False when there is no lock
    /// file or nobody holds it. Creates nothing; the lock is taken for the moment of the probe, so a writer starting in
    /// that moment is refused as if another were at work (only when no index exists yet: the one caller asks then).
    /// </summary>
    public static bool HeldElsewhere(string indexPath)
    {
        if (!File.Exists(Path.Combine(indexPath, FileName)))
        {
            return false;
        }

        try
        {
            using var probe = OpenLockFile(indexPath, FileMode.Open);
            return false;
        }
        catch (IOException ex) when (HeldByAnother(ex))
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The lock file, opened exclusively: the operating system's lock on it is the writer lock.</summary>
    private static FileStream OpenLockFile(string indexPath, FileMode mode) =>
        new(Path.Combine(indexPath, FileName), mode, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);

    /// <summary>
    /// Whether opening the lock file failed because another process holds its lock (EWOULDBLOCK on Linux and macOS, a
    /// sharing or lock violation on Windows), and not because the folder cannot be written.
    /// </summary>
    internal static bool HeldByAnother(IOException ex) =>
        ex.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    /// <summary>
    /// One spelling per folder: without a trailing separator, and the folder a symbolic link names instead of the
    /// link (a folder reached through a linked parent keeps its spelling).
    /// </summary>
    internal static string Identity(string indexPath)
    {
        var path = Path.TrimEndingDirectorySeparator(indexPath);
        try
        {
            return new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target
                ? Path.TrimEndingDirectorySeparator(target)
                : path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    /// <summary>
    /// Whether the lock file is still there: false when the index folder (or the file) was removed while the lock was
    /// held, so that another writer could take a new one.
    /// </summary>
    public bool IsIntact => File.Exists(_stream.Name);

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
