using System.Collections.Concurrent;
using System.Diagnostics;

namespace Search.Core.Indexing;

/// <summary>
/// The loop of <see cref="IndexBuilder.Watch"/>: one update at the start, then one shortly after files appear, change
/// or disappear (file-system events collected into one batch), and at least one per rescan interval as a safety net.
/// </summary>
/// <remarks>
/// A batch of events that names a few files updates those files only; a whole update (a scan of the folder) runs at
/// the start, for the safety net, after an overflow of events, and when the events name many files or a folder. The
/// safety net waits at least twenty times as long as the last whole update took, so that watching a folder whose scan
/// takes seconds does not keep a core busy.
/// </remarks>
internal static class FolderWatch
{
    /// <summary>More files named in one batch than this are left to a whole update.</summary>
    internal const int MaxNamedFiles = 500;

    /// <param name="seedsFolder">The folder watched.</param>
    /// <param name="update">Updates the named files (a whole update when given null).</param>
    /// <param name="onUpdate">Receives the first result and every result that changed or rejected something.</param>
    /// <param name="rescan">Longest time between two whole updates (at least; see the remarks).</param>
    /// <param name="settle">How long a batch waits for more events.</param>
    /// <param name="cancellationToken">Ends watching.</param>
    public static void Run(
        string seedsFolder,
        Func<IReadOnlyCollection<string>?, CancellationToken, IndexUpdateResult> update,
        Action<IndexUpdateResult> onUpdate,
        TimeSpan rescan,
        TimeSpan settle,
        CancellationToken cancellationToken)
    {
        using var changed = new SemaphoreSlim(0);
        var named = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var overflow = 0;
        using var watcher = new FileSystemWatcher(Path.GetFullPath(seedsFolder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal(object? sender, FileSystemEventArgs e)
        {
            named.TryAdd(e.FullPath, 0);
            if (e is RenamedEventArgs renamed)
            {
                named.TryAdd(renamed.OldFullPath, 0);
            }

            changed.Release();
        }

        watcher.Created += Signal;
        watcher.Changed += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += (sender, e) => Signal(sender, e);
        watcher.Error += (_, _) =>
        {
            Interlocked.Exchange(ref overflow, 1); // events were lost: only a scan knows what changed
            changed.Release();
        };
        watcher.EnableRaisingEvents = true;

        // Cancelling ends watching the same way whether an update is running (it is rolled back) or not.
        IndexUpdateResult? Update(IReadOnlyCollection<string>? paths)
        {
            try
            {
                return update(paths, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        var whole = Stopwatch.StartNew();
        if (Update(null) is not { } first)
        {
            return;
        }

        onUpdate(first);
        var safety = Wait(rescan, whole.Elapsed);
        var sinceWhole = Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var left = safety - sinceWhole.Elapsed;
                if (left > TimeSpan.Zero && changed.Wait(left, cancellationToken))
                {
                    // Let a burst of events (a copy of many files) settle into one batch.
                    while (changed.Wait(settle, cancellationToken))
                    {
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var paths = new List<string>();
            foreach (var path in named.Keys)
            {
                if (named.TryRemove(path, out _))
                {
                    paths.Add(path); // an event after this is kept for the next batch
                }
            }

            var scan = Interlocked.Exchange(ref overflow, 0) == 1 || paths.Count == 0 || paths.Count > MaxNamedFiles;
            whole.Restart();
            if (Update(scan ? null : paths) is not { } result)
            {
                return;
            }

            if (scan)
            {
                safety = Wait(rescan, whole.Elapsed);
                sinceWhole.Restart();
            }

            if (result.Added + result.Updated + result.Deleted + result.Renamed + result.Rejected.Count + result.Notices.Count > 0)
            {
                onUpdate(result);
            }
        }
    }

    /// <summary>The time until the next whole update: the interval, or twenty times the last whole update when longer.</summary>
    internal static TimeSpan Wait(TimeSpan rescan, TimeSpan lastWhole) => lastWhole * 20 > rescan ? lastWhole * 20 : rescan;
}
