namespace Search.Core.Indexing;

/// <summary>
/// The loop of <see cref="IndexBuilder.Watch"/>: one update at the start, then one shortly after files appear, change
/// or disappear (file-system events collected into one batch), and at least one per rescan interval as a safety net.
/// </summary>
internal static class FolderWatch
{
    public static void Run(
        string seedsFolder,
        Func<CancellationToken, IndexUpdateResult> update,
        Action<IndexUpdateResult> onUpdate,
        TimeSpan rescan,
        TimeSpan settle,
        CancellationToken cancellationToken)
    {
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(Path.GetFullPath(seedsFolder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal(object? sender, EventArgs e) => changed.Release();
        watcher.Created += Signal;
        watcher.Changed += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;
        watcher.Error += Signal;
        watcher.EnableRaisingEvents = true;

        onUpdate(update(cancellationToken));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (changed.Wait(rescan, cancellationToken))
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

            var result = update(cancellationToken);
            if (result.Added + result.Updated + result.Deleted + result.Renamed + result.Rejected.Count + result.Notices.Count > 0)
            {
                onUpdate(result);
            }
        }
    }
}
