using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Documents;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Search.Core.Indexing;

/// <summary>
/// Builds and updates an index from a folder of article files. Holds the exclusive writer lock of the index from
/// <see cref="Open"/> until <see cref="Dispose"/>: a second builder on the same index, in this or another process,
/// is refused with <see cref="IndexLockedException"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: call one method at a time. Each update ends in one commit; readers see either the state before
/// or the state after it. A cancelled or failed update rolls back to the last commit. The caller disposes the builder.
/// </remarks>
public sealed class IndexBuilder : IDisposable
{
    private static readonly HashSet<string> ForeignFilesAllowed = new(StringComparer.Ordinal)
    {
        "README.md", ".gitkeep", IndexWriteLock.FileName, "write.lock",
    };

    private readonly IndexWriteLock _lock;
    private readonly LuceneDirectory _directory;
    private readonly DocumentReader _reader;
    private readonly DocumentPipeline _pipeline;
    private bool _disposed;

    private IndexBuilder(string indexPath, IndexBuilderOptions options, IndexWriteLock writeLock, LuceneDirectory directory)
    {
        IndexPath = indexPath;
        Options = options;
        _lock = writeLock;
        _directory = directory;
        _reader = new DocumentReader(options.Reader);
        _pipeline = new DocumentPipeline(options);
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>The options in force.</summary>
    public IndexBuilderOptions Options { get; }

    /// <summary>Opens (or creates) the index at <paramref name="indexPath"/> for writing.</summary>
    /// <exception cref="IndexLockedException">Another writer holds the index.</exception>
    public static IndexBuilder Open(string indexPath, IndexBuilderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        var fullPath = System.IO.Path.GetFullPath(indexPath);
        var writeLock = IndexWriteLock.Acquire(fullPath);
        try
        {
            var directory = FSDirectory.Open(new DirectoryInfo(fullPath));
            return new IndexBuilder(fullPath, options ?? IndexBuilderOptions.Default, writeLock, directory);
        }
        catch
        {
            writeLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings the index in line with the files under <paramref name="seedsFolder"/>: adds new files, replaces
    /// changed ones, removes documents whose file is gone. A file that is rejected keeps its previously indexed
    /// version, if any.
    /// </summary>
    /// <param name="seedsFolder">The folder of article files (searched recursively).</param>
    /// <param name="full">Rebuild from scratch instead of updating.</param>
    /// <param name="progress">Receives progress reports; may be null.</param>
    /// <param name="cancellationToken">Cancels the update; the index then stays at its last commit.</param>
    /// <exception cref="DirectoryNotFoundException">The seeds folder does not exist.</exception>
    /// <exception cref="IndexUnavailableException">The index folder holds something that is not an index, or a damaged index (use <paramref name="full"/>).</exception>
    public IndexUpdateResult UpdateFromFolder(
        string seedsFolder,
        bool full = false,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedsFolder);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!System.IO.Directory.Exists(seedsFolder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{seedsFolder}' does not exist.");
        }

        var stopwatch = Stopwatch.StartNew();
        var (existing, rebuildReason) = LoadExistingState(full);
        var rebuild = full || rebuildReason is not null;
        if (rebuild)
        {
            existing.Clear();
        }

        var files = SeedFolderScanner.Scan(seedsFolder, Options.FilePattern);
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var addedHashes = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var rejected = new ConcurrentBag<RejectedFile>();
        int added = 0, updated = 0, unchanged = 0, processed = 0;
        var lastCommit = Stopwatch.GetTimestamp();

        var writer = OpenWriter(rebuild);
        try
        {
            if (rebuild)
            {
                writer.DeleteAll();
            }

            var parallel = new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = Math.Max(1, Options.MaxParallelism),
            };
            Parallel.ForEach(files, parallel, file =>
            {
                var (path, id) = file;
                var outcome = ProcessFile(writer, path, id, existing);
                if (outcome.Kind != FileOutcome.Vanished)
                {
                    seen[id] = 0;
                }

                switch (outcome.Kind)
                {
                    case FileOutcome.Added:
                        Interlocked.Increment(ref added);
                        addedHashes[outcome.Hash!] = 0;
                        break;
                    case FileOutcome.Updated: Interlocked.Increment(ref updated); break;
                    case FileOutcome.Unchanged: Interlocked.Increment(ref unchanged); break;
                    case FileOutcome.Rejected: rejected.Add(new RejectedFile(id, outcome.Error!)); break;
                }

                var done = Interlocked.Increment(ref processed);
                if ((Options.CommitInterval > 0 && done % Options.CommitInterval == 0) || CommitIsDue(ref lastCommit))
                {
                    // Progress survives a crash: the next run starts from here instead of from the last full commit.
                    Commit(writer);
                }

                if (progress is not null && (done % 50 == 0 || done == files.Count))
                {
                    progress.Report(new IndexProgress(done, files.Count, id));
                }
            });

            int deleted = 0, renamed = 0;
            foreach (var (id, entry) in existing)
            {
                if (seen.ContainsKey(id))
                {
                    continue;
                }

                writer.DeleteDocuments(new Term(IndexSchema.Id, id));
                if (entry.Hash.Length > 0 && addedHashes.TryRemove(entry.Hash, out _))
                {
                    renamed++;
                }
                else
                {
                    deleted++;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            Commit(writer);
            return new IndexUpdateResult
            {
                Added = added - renamed,
                Updated = updated,
                Deleted = deleted,
                Renamed = renamed,
                Unchanged = unchanged,
                Rejected = [.. rejected.OrderBy(r => r.Path, StringComparer.Ordinal)],
                FullRebuild = rebuild,
                RebuildReason = full ? null : rebuildReason,
                TotalDocuments = writer.NumDocs,
                Took = stopwatch.Elapsed,
            };
        }
        catch (Exception ex)
        {
            RollBack(writer);
            throw WriteError(ex);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// Keeps the index in line with <paramref name="seedsFolder"/> until cancelled: updates once at the start,
    /// then again shortly after files appear, change or disappear (file-system events, collected for
    /// <paramref name="settleTime"/> into one batch), and at least every <paramref name="rescanInterval"/> as a
    /// safety net for events the file system does not report.
    /// </summary>
    /// <param name="seedsFolder">The folder of article files.</param>
    /// <param name="onUpdate">Called after every update that changed something or rejected a file (and after the first).</param>
    /// <param name="rescanInterval">Longest time between two scans; default 30 seconds.</param>
    /// <param name="settleTime">How long to wait for more events before updating; default 500 ms.</param>
    /// <param name="cancellationToken">Ends watching; an update in progress is rolled back.</param>
    public void Watch(
        string seedsFolder,
        Action<IndexUpdateResult> onUpdate,
        TimeSpan? rescanInterval = null,
        TimeSpan? settleTime = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onUpdate);
        var rescan = rescanInterval ?? TimeSpan.FromSeconds(30);
        var settle = settleTime ?? TimeSpan.FromMilliseconds(500);
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(System.IO.Path.GetFullPath(seedsFolder))
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

        onUpdate(UpdateFromFolder(seedsFolder, cancellationToken: cancellationToken));
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

            var result = UpdateFromFolder(seedsFolder, cancellationToken: cancellationToken);
            if (result.Added + result.Updated + result.Deleted + result.Renamed + result.Rejected.Count > 0)
            {
                onUpdate(result);
            }
        }
    }

    /// <summary>
    /// Adds documents given as objects, replacing any document with the same id whose content differs, and commits.
    /// Actors and locations left empty are extracted from the text.
    /// </summary>
    /// <returns>Counts of added, updated and unchanged documents.</returns>
    public IndexUpdateResult AddOrUpdate(IEnumerable<NewsDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var stopwatch = Stopwatch.StartNew();
        var (existing, rebuildReason) = LoadExistingState(full: false);
        int added = 0, updated = 0, unchanged = 0;
        using var writer = OpenWriter(create: rebuildReason is not null);
        try
        {
            foreach (var given in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(given);
                ArgumentException.ThrowIfNullOrWhiteSpace(given.Id, nameof(documents));
                var document = given.ContentHash.Length > 0 ? given : given with { ContentHash = DocumentReader.HashText(given) };
                var known = existing.TryGetValue(document.Id, out var entry);
                if (known && entry.Hash == document.ContentHash)
                {
                    unchanged++;
                    continue;
                }

                if (document.Actors.Count == 0 && document.Locations.Count == 0)
                {
                    document = _pipeline.Enrich(document);
                }

                writer.UpdateDocument(new Term(IndexSchema.Id, document.Id), LuceneDocumentBuilder.ForThisThread.Build(document));
                existing[document.Id] = new IndexedEntry(document.ContentHash, -1, -1);
                if (known)
                {
                    updated++;
                }
                else
                {
                    added++;
                }
            }

            Commit(writer);
            return new IndexUpdateResult
            {
                Added = added,
                Updated = updated,
                Unchanged = unchanged,
                FullRebuild = rebuildReason is not null,
                RebuildReason = rebuildReason,
                TotalDocuments = writer.NumDocs,
                Took = stopwatch.Elapsed,
            };
        }
        catch (Exception ex)
        {
            RollBack(writer);
            throw WriteError(ex);
        }
    }

    /// <summary>Deletes the documents with the given ids (unknown ids are ignored) and commits.</summary>
    /// <returns>The number of documents deleted.</returns>
    public int Delete(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var (existing, _) = LoadExistingState(full: false);
        using var writer = OpenWriter(create: false);
        var deleted = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (existing.ContainsKey(id))
            {
                writer.DeleteDocuments(new Term(IndexSchema.Id, id));
                deleted++;
            }
        }

        try
        {
            Commit(writer);
        }
        catch (Exception ex)
        {
            RollBack(writer);
            throw WriteError(ex);
        }

        return deleted;
    }

    /// <summary>Releases the writer lock.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _directory.Dispose();
        _lock.Dispose();
    }

    private (FileOutcome Kind, string? Error, string? Hash) ProcessFile(IndexWriter writer, string path, string id, IReadOnlyDictionary<string, IndexedEntry> existing)
    {
        long size, time;
        try
        {
            var info = new FileInfo(path);
            size = info.Length;
            time = info.LastWriteTimeUtc.Ticks;
        }
        catch (FileNotFoundException)
        {
            return (FileOutcome.Vanished, null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (FileOutcome.Rejected, $"cannot read file: {ex.Message}", null);
        }

        var known = existing.TryGetValue(id, out var entry);
        if (known && entry.Size == size && entry.Time == time)
        {
            return (FileOutcome.Unchanged, null, null);
        }

        var read = _reader.ReadFile(path, id);
        if (!read.IsSuccess)
        {
            return File.Exists(path) ? (FileOutcome.Rejected, read.Error, null) : (FileOutcome.Vanished, null, null);
        }

        var document = read.Document!;
        if (known && entry.Hash == document.ContentHash)
        {
            // Touched but not changed: remember the new size and time so the next run skips the file unread.
            writer.UpdateNumericDocValue(new Term(IndexSchema.Id, id), IndexSchema.FileSize, size);
            writer.UpdateNumericDocValue(new Term(IndexSchema.Id, id), IndexSchema.FileTime, time);
            return (FileOutcome.Unchanged, null, null);
        }

        document = _pipeline.Enrich(document);
        var luceneDocument = LuceneDocumentBuilder.ForThisThread.Build(document, size, time);
        if (known)
        {
            writer.UpdateDocument(new Term(IndexSchema.Id, id), luceneDocument);
        }
        else
        {
            // Not in the index (the state holds every live id): a plain add spares the delete-by-id every flush
            // would otherwise apply against every segment.
            writer.AddDocument(luceneDocument);
        }

        return (known ? FileOutcome.Updated : FileOutcome.Added, null, document.ContentHash);
    }

    private (Dictionary<string, IndexedEntry> Existing, string? RebuildReason) LoadExistingState(bool full)
    {
        var existing = new Dictionary<string, IndexedEntry>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(_directory))
        {
            var foreign = System.IO.Directory.EnumerateFileSystemEntries(IndexPath)
                .Select(System.IO.Path.GetFileName)
                .Where(name => name is not null && !ForeignFilesAllowed.Contains(name) && !IsLuceneFile(name))
                .ToList();
            if (foreign.Count > 0)
            {
                throw new IndexUnavailableException(IndexPath,
                    $"'{IndexPath}' is not a search index: it holds other files ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", …" : "")}). Choose an empty folder or an existing index.");
            }

            return (existing, null);
        }

        try
        {
            using var reader = DirectoryReader.Open(_directory);
            reader.IndexCommit.UserData.TryGetValue(IndexSchema.VersionKey, out var version);
            if (version != IndexSchema.Version)
            {
                return (existing, $"the index was built by another version of the program (schema {version ?? "unknown"}, now {IndexSchema.Version})");
            }

            reader.IndexCommit.UserData.TryGetValue(IndexSchema.SettingsKey, out var settings);
            if (settings is not null && settings != _pipeline.Fingerprint)
            {
                return (existing, "the boilerplate rules or the actor, location or alias lists changed since the last build");
            }

            if (full)
            {
                return (existing, null);
            }

            existing = IndexSchema.ReadEntries(reader);
            return (existing, null);
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            if (full)
            {
                // The damaged commit cannot be read, so nothing of it can be kept: remove Lucene's files and start afresh.
                DeleteIndexFiles();
                return (existing, null);
            }

            throw new IndexUnavailableException(IndexPath,
                $"The index at '{IndexPath}' is damaged ({ex.Message}). Rebuild it with 'search index --full'.", ex);
        }
    }

    private IndexWriterConfig CreateWriterConfig(bool create) => new(Analysis.GermanAnalyzers.Version, IndexSchema.IndexAnalyzer)
    {
        OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
        Similarity = IndexSchema.Similarity,
        RAMBufferSizeMB = 64,
    };

    /// <summary>Files Lucene writes (segment files, left behind by a run that died before its first commit).</summary>
    private static bool IsLuceneFile(string name) => name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal);

    private void DeleteIndexFiles()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(IndexPath))
        {
            var name = System.IO.Path.GetFileName(file);
            if (IsLuceneFile(name))
            {
                File.Delete(file);
            }
        }
    }

    private IndexWriter OpenWriter(bool create)
    {
        try
        {
            return new IndexWriter(_directory, CreateWriterConfig(create));
        }
        catch (Exception ex)
        {
            throw WriteError(ex);
        }
    }

    /// <summary>
    /// True once <see cref="IndexBuilderOptions.CommitEvery"/> has passed since <paramref name="lastCommit"/>; then
    /// moves it to now, so of several threads asking at once only one is told to commit.
    /// </summary>
    private bool CommitIsDue(ref long lastCommit)
    {
        if (Options.CommitEvery <= TimeSpan.Zero)
        {
            return false;
        }

        var last = Interlocked.Read(ref lastCommit);
        var now = Stopwatch.GetTimestamp();
        return Stopwatch.GetElapsedTime(last, now) >= Options.CommitEvery && Interlocked.CompareExchange(ref lastCommit, now, last) == last;
    }

    private void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexSchema.VersionKey] = IndexSchema.Version,
            [IndexSchema.SettingsKey] = _pipeline.Fingerprint,
        });
        writer.Commit();
    }

    private static void RollBack(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The rollback only discards uncommitted work; the last commit on disk is untouched either way.
        }
    }

    private Exception WriteError(Exception ex) => DescribeWriteError(IndexPath, ex);

    /// <summary>A write failure (full disk, read-only folder) as an error a person can act on; other errors as they are.</summary>
    internal static Exception DescribeWriteError(string indexPath, Exception ex)
    {
        // Parallel work reports its failures wrapped; the first write failure is the one to explain.
        if (ex is AggregateException aggregate)
        {
            var inner = aggregate.Flatten().InnerExceptions;
            ex = inner.FirstOrDefault(e => e is IOException or UnauthorizedAccessException) ?? (inner.Count == 1 ? inner[0] : ex);
        }

        return ex switch
        {
            IOException or UnauthorizedAccessException when ex is not FileNotFoundException =>
                new SearchException($"Cannot write the index at '{indexPath}': {ex.Message}. The index is left as it was after its last complete update.", ex),
            _ => ex,
        };
    }

    private enum FileOutcome
    {
        Added,
        Updated,
        Unchanged,
        Rejected,
        Vanished,
    }

}
