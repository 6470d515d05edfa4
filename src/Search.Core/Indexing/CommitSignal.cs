using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Search.Core.Indexing;

/// <summary>
/// Counts the commits of each index folder made in this process, so that a <see cref="Searching.SearchIndex"/> of the
/// same folder sees an <see cref="IndexBuilder"/>'s commit at its next call ("add, then search" finds what was
/// added) without asking the file system before every search. Commits of other processes are seen by looking at
/// the folder, at most every 200 ms.
/// </summary>
internal static class CommitSignal
{
    private static readonly ConcurrentDictionary<string, StrongBox<long>> Counts = new(StringComparer.Ordinal);

    /// <summary>Records a commit to the index in <paramref name="indexPath"/> (a full path).</summary>
    public static void Raise(string indexPath) => Interlocked.Increment(ref Count(indexPath).Value);

    /// <summary>
    /// The counter of <paramref name="indexPath"/> (a full path), to be read with <c>Volatile.Read</c>. A folder reached
    /// through a symbolic link shares the counter of the folder it names, as it shares its lock.
    /// </summary>
    public static StrongBox<long> Count(string indexPath) =>
        Counts.GetOrAdd(IndexWriteLock.Identity(indexPath), static _ => new StrongBox<long>());
}
