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
public sealed partial class IndexBuilder : IDisposable
{
    /// <summary>Files read and enriched before they are written, at most (see the update loop).</summary>
    private const int FilesPerBatch = 64;

    /// <summary>Characters of text a batch holds at most before it writes what it has read.</summary>
    private const long MaxBatchChars = 4 << 20;

    private IndexWriteLock _lock;
    private readonly LuceneDirectory _directory;
    private readonly DocumentPipeline _pipeline;
    private readonly FileUpdater _files;
    private bool _disposed;

    private IndexBuilder(string indexPath, IndexBuilderOptions options, IndexWriteLock writeLock, LuceneDirectory directory)
    {
        IndexPath = indexPath;
        Options = options;
        _lock = writeLock;
        _directory = directory;
        _pipeline = new DocumentPipeline(options);
        _files = new FileUpdater(new DocumentReader(options.Reader), _pipeline);
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>The options in force.</summary>
    public IndexBuilderOptions Options { get; }

    /// <summary>Opens (or creates) the index at <paramref name="indexPath"/> for writing.</summary>
    /// <remarks>A folder that holds other files and no index is refused before anything is written into it.</remarks>
    /// <exception cref="IndexLockedException">Another writer holds the index.</exception>
    /// <exception cref="IndexUnavailableException">The folder holds other files and no index, or the path is a file (<see cref="IndexProblem.NotAnIndex"/>).</exception>
    /// <exception cref="SearchException">The folder cannot be written (a read-only folder or disk, no permission).</exception>
    public static IndexBuilder Open(string indexPath, IndexBuilderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        var fullPath = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(indexPath));
        IndexFolder.EnsureIndexOrEmpty(fullPath);
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
    /// version, if any. Documents given as objects (<see cref="AddOrUpdate"/>) stay, unless a file of the same id
    /// replaces them; a full rebuild (<paramref name="full"/>) starts from the folder alone. The index remembers the folder and the pattern (see <see cref="Searching.SearchIndex.GetStatistics"/>).
    /// </summary>
    /// <remarks>
    /// An update that finds no file at all while the index holds documents, or that would delete more than half of
    /// the documents, is refused with <see cref="IndexUpdateRefusedException"/> before anything is written, unless
    /// <see cref="IndexBuilderOptions.AllowEmptySeeds"/> or <see cref="IndexBuilderOptions.AllowMassDeletion"/> allow
    /// it; a full rebuild (<paramref name="full"/>) may delete any number, but not empty the index unasked.
    /// </remarks>
    /// <param name="seedsFolder">The folder of article files (searched recursively).</param>
    /// <param name="full">Rebuild from scratch instead of updating.</param>
    /// <param name="progress">Receives progress reports; may be null.</param>
    /// <param name="cancellationToken">Cancels the update; the index then stays at its last commit.</param>
    /// <exception cref="DirectoryNotFoundException">The seeds folder does not exist.</exception>
    /// <exception cref="IndexUnavailableException">The index folder holds something that is not an index, or a damaged index (use <paramref name="full"/>).</exception>
    /// <exception cref="IndexUpdateRefusedException">The update would empty the index or delete most of it; nothing was written.</exception>
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

        // The scan waits on the file system (a status look-up per file), reading the state on the CPU: side by side.
        var unlisted = new List<string>();
        var scan = Task.Run(() => SeedFolderScanner.ScanWithStatus(seedsFolder, Options.FilePattern, Math.Max(1, Options.MaxParallelism), IndexPath, unlisted), CancellationToken.None);
        var state = LoadExistingState(full);
        using var existing = state.Existing;
        var rebuild = full || state.RebuildReason is not null;
        var files = scan.GetAwaiter().GetResult();
        var plan = UpdatePlan.Make(files, existing, Math.Max(1, Options.MaxParallelism));
        var (unlistedFolders, kept) = UnlistedFolders.Keep(unlisted, existing, plan.Seen);
        var origin = new SeedsOrigin(System.IO.Path.GetFullPath(seedsFolder), Options.FilePattern);
        UpdateGuard.Check(IndexPath, Options, origin, state, files.Count, plan.Known + plan.Objects + kept, rebuild);
        if (plan.Changed.Count > 0)
        {
            IndexingWarmUp.Start(_pipeline);
        }

        var commitData = CommitData(origin);
        var outcomes = new (FileOutcome Kind, DocumentReadResult? Failure, string? Hash, string? Notice)[plan.Changed.Count];
        var processed = 0;
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
            // Files go in batches: a batch is read and enriched file by file, then written file by file, so entity
            // extraction and Lucene's indexing each find their data still in the processor's caches. Long texts end a
            // batch early; a cancellation ends it at the next file (the update is then rolled back).
            // A few files still spread over all threads: at least four batches per thread.
            var perBatch = Math.Clamp(plan.Changed.Count / (4 * parallel.MaxDegreeOfParallelism), 1, FilesPerBatch);
            var batches = (plan.Changed.Count + perBatch - 1) / perBatch;
            Parallel.For(0, batches, parallel, b =>
            {
                var from = b * perBatch;
                var to = Math.Min(from + perBatch, plan.Changed.Count);
                var prepared = new FileUpdater.Prepared[to - from];
                var written = from;
                var pending = 0L;
                for (var i = from; i < to && !cancellationToken.IsCancellationRequested; i++)
                {
                    prepared[i - from] = _files.Prepare(writer, plan.Changed[i].Path, plan.Changed[i].Id, existing);
                    pending += prepared[i - from].Document?.Body.Length ?? 0;
                    if (pending >= MaxBatchChars || i == to - 1)
                    {
                        for (; written <= i; written++)
                        {
                            Write(written);
                        }

                        pending = 0;
                    }
                }

                void Write(int i)
                {
                    outcomes[i] = _files.Write(writer, prepared[i - from]);
                    prepared[i - from] = default;
                    var done = Interlocked.Increment(ref processed);
                    if ((Options.CommitInterval > 0 && done % Options.CommitInterval == 0) || CommitIsDue(ref lastCommit))
                    {
                        // Progress survives a crash: the next run starts from here instead of from the last full commit.
                        Commit(writer, commitData);
                    }

                    if (progress is not null && (done % 50 == 0 || done == plan.Changed.Count))
                    {
                        progress.Report(new IndexProgress(plan.Unchanged + done, files.Count, plan.Changed[i].Id));
                    }
                }
            });

            var summary = plan.Summarise(outcomes, existing);
            summary.Rejected.AddRange(unlistedFolders);
            var checkDeleted = (int deleted) => UpdateGuard.CheckDeleted(IndexPath, Options, origin, state, files.Count, deleted, rebuild);
            return Complete(writer, existing, plan.Seen, summary, commitData, stopwatch, cancellationToken, checkDeleted) with
            {
                Unchanged = plan.Unchanged + summary.Unchanged,
                FullRebuild = rebuild,
                RebuildReason = full ? null : state.RebuildReason,
                RebuildCause = full ? null : state.RebuildCause,
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
    /// The end of an update from files (whole or named): deletes the documents whose file was not seen
    /// (<see cref="DeleteVanished"/>), commits, and says what was done; the caller adds how many stayed unchanged.
    /// </summary>
    private IndexUpdateResult Complete(IndexWriter writer, IndexedEntries existing, bool[] seen, UpdatePlan.Summary summary,
        Dictionary<string, string> commitData, Stopwatch stopwatch, CancellationToken cancellationToken, Action<int>? checkDeleted = null)
    {
        var (deleted, renamed) = DeleteVanished(writer, existing, seen, summary.AddedHashes);
        checkDeleted?.Invoke(deleted); // throws before the commit: the caller rolls the deletions back
        cancellationToken.ThrowIfCancellationRequested();
        Commit(writer, commitData);
        return new IndexUpdateResult
        {
            Added = summary.Added - renamed,
            Updated = summary.Updated,
            Deleted = deleted,
            Renamed = renamed,
            Rejected = summary.Rejected,
            Notices = summary.Notices,
            TotalDocuments = writer.NumDocs,
            Took = stopwatch.Elapsed,
        };
    }

    /// <summary>
    /// Deletes the documents whose file was not seen; one whose content hash a newly added file carries counts as
    /// renamed (its hash is read only then).
    /// </summary>
    private static (int Deleted, int Renamed) DeleteVanished(IndexWriter writer, IndexedEntries existing, bool[] seen, HashSet<string> addedHashes)
    {
        int deleted = 0, renamed = 0;
        for (var position = 0; position < seen.Length; position++)
        {
            if (seen[position])
            {
                continue;
            }

            writer.DeleteDocuments(new Term(IndexSchema.Id, existing.IdAt(position)));
            if (addedHashes.Count > 0 && existing.HashAt(position) is { Length: > 0 } hash && addedHashes.Remove(hash))
            {
                renamed++;
            }
            else
            {
                deleted++;
            }
        }

        return (deleted, renamed);
    }

    /// <summary>
    /// Keeps the index in line with <paramref name="seedsFolder"/> until cancelled: updates once at the start,
    /// then again shortly after files appear, change or disappear (file-system events, collected for
    /// <paramref name="settleTime"/> into one batch), and at least every <paramref name="rescanInterval"/> as a
    /// safety net for events the file system does not report.
    /// </summary>
    /// <remarks>
    /// A batch that names a few files (up to 500) updates just those files, without scanning the folder; the start,
    /// the safety net, lost events, a folder or many files named run a whole update. The safety net waits at least
    /// twenty times as long as the last whole update took (a folder of a million files: a scan of several seconds).
    /// </remarks>
    /// <param name="seedsFolder">The folder of article files.</param>
    /// <param name="onUpdate">Called after every update that changed something or rejected a file (and after the first).</param>
    /// <param name="rescanInterval">Longest time between two scans; default 30 seconds.</param>
    /// <param name="settleTime">How long to wait for more events before updating; default 500 ms.</param>
    /// <param name="cancellationToken">Ends watching: the method returns, also when an update was in progress (it is rolled back).</param>
    /// <exception cref="DirectoryNotFoundException">The seeds folder does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rescan interval is not positive, or the settle time negative.</exception>
    /// <exception cref="IndexUpdateRefusedException">An update would empty the index or delete most of it (see <see cref="UpdateFromFolder"/>); watching ends and the index is left as it was.</exception>
    public void Watch(
        string seedsFolder,
        Action<IndexUpdateResult> onUpdate,
        TimeSpan? rescanInterval = null,
        TimeSpan? settleTime = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onUpdate);
        ArgumentException.ThrowIfNullOrWhiteSpace(seedsFolder);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (rescanInterval is { } rescan && rescan <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(rescanInterval), rescan, "rescanInterval is the longest time between two scans; it must be positive.");
        }

        if (settleTime is { } settle && settle < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(settleTime), settle, "settleTime is how long to wait for more events; it cannot be negative.");
        }

        if (!System.IO.Directory.Exists(seedsFolder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{seedsFolder}' does not exist.");
        }

        FolderWatch.Run(
            seedsFolder,
            (paths, token) => (paths is null ? null : UpdatePaths(seedsFolder, paths, token)) ?? UpdateFromFolder(seedsFolder, cancellationToken: token),
            onUpdate,
            rescanInterval ?? TimeSpan.FromSeconds(30),
            settleTime ?? TimeSpan.FromMilliseconds(500),
            cancellationToken);
    }

    /// <summary>
    /// Adds documents given as objects, replacing any document with the same id whose content differs, and commits.
    /// Actors and locations left empty are extracted from the text.
    /// </summary>
    /// <returns>Counts of added, updated and unchanged documents.</returns>
    /// <remarks>Headline, text and entity values are taken in composed form (NFC), as files are read.</remarks>
    /// <exception cref="ArgumentException">A document has no id, an id of more than 1,000 characters or with half a character (a lone surrogate), a date before 1800 or more than a year ahead (as files), or an actor, person or location value of more than 1,000 characters (nothing of the call is committed).</exception>
    public IndexUpdateResult AddOrUpdate(IEnumerable<NewsDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var stopwatch = Stopwatch.StartNew();
        var state = LoadExistingState(full: false);
        using var existing = state.Existing;
        var rebuildReason = state.RebuildReason;
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        using var writer = OpenWriter(create: rebuildReason is not null);
        try
        {
            foreach (var given in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DocumentChecks.Check(given, nameof(documents), Options.Reader.Clock);
                var composed = DocumentChecks.Composed(given);
                var document = composed.ContentHash.Length > 0 ? composed : composed with { ContentHash = DocumentReader.HashText(composed) };
                // A document given twice in one call compares against the version written first.
                var known = written.TryGetValue(document.Id, out var writtenHash);
                var hash = known ? writtenHash : existing.TryGet(document.Id, out var entry) ? existing.HashAt(entry.Position) : null;
                known |= hash is not null;
                if (known && hash == document.ContentHash)
                {
                    unchanged++;
                    continue;
                }

                if (document.Actors.Count == 0 && document.Locations.Count == 0)
                {
                    document = _pipeline.Enrich(document);
                }

                writer.UpdateDocument(new Term(IndexSchema.Id, document.Id), LuceneDocumentBuilder.ForThisThread.Build(document));
                written[document.Id] = document.ContentHash;
                if (known)
                {
                    updated++;
                }
                else
                {
                    added++;
                }
            }

            Commit(writer, CommitData(state.Origin));
            return new IndexUpdateResult
            {
                Added = added,
                Updated = updated,
                Unchanged = unchanged,
                FullRebuild = rebuildReason is not null,
                RebuildReason = rebuildReason,
                RebuildCause = state.RebuildCause,
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
    /// <exception cref="ArgumentException">An id is null (nothing is deleted).</exception>
    public int Delete(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Contains(null!))
        {
            throw new ArgumentException("An id to delete is null.", nameof(ids));
        }

        var state = LoadExistingState(full: false);
        using var existing = state.Existing;
        using var writer = OpenWriter(create: false);
        var deleted = 0;
        foreach (var id in wanted)
        {
            if (existing.TryGet(id, out _))
            {
                writer.DeleteDocuments(new Term(IndexSchema.Id, id));
                deleted++;
            }
        }

        try
        {
            Commit(writer, CommitData(state.Origin));
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

    /// <param name="full">A rebuild: the entries are not read.</param>
    /// <param name="ids">When given, only the entries of these ids are read (an update of a few named files).</param>
    private IndexState LoadExistingState(bool full, IReadOnlyCollection<string>? ids = null)
    {
        var existing = IndexedEntries.Empty();
        if (!DirectoryReader.IndexExists(_directory))
        {
            IndexFolder.EnsureIndexOrEmpty(IndexPath);
            return new IndexState(existing, null, null, 0, null);
        }

        DirectoryReader? reader = null;
        try
        {
            reader = DirectoryReader.Open(_directory);
            var userData = reader.IndexCommit.UserData;
            var origin = IndexSchema.ReadOrigin(userData);
            var version = IndexSchema.ReadVersion(userData);
            if (version != IndexSchema.Version)
            {
                return new IndexState(existing, $"the index was built by another version of the program (schema {version ?? "unknown"}, now {IndexSchema.Version})", RebuildCause.SchemaVersion, reader.NumDocs, origin);
            }

            userData.TryGetValue(IndexSchema.SettingsKey, out var settings);
            if (settings is not null && settings != _pipeline.Fingerprint)
            {
                return new IndexState(existing, "the settings that shape what is indexed changed since the last build (entity extraction turned on or off, the boilerplate rules, or the actor, location or alias lists)", RebuildCause.SettingsChanged, reader.NumDocs, origin);
            }

            var documents = reader.NumDocs;
            if (!full)
            {
                // The entries keep the reader open for the few content hashes an update asks for.
                existing = ids is null ? IndexedEntries.Read(reader) : IndexedEntries.ReadIds(reader, ids);
                reader = null;
            }

            return new IndexState(existing, null, null, documents, origin);
        }
        catch (Exception ex) when (IndexDamage.Is(ex))
        {
            if (full)
            {
                // The damaged commit cannot be read, so nothing of it can be kept: remove Lucene's files and start afresh.
                IndexFolder.DeleteIndexFiles(IndexPath);
                return new IndexState(existing, null, null, 0, null);
            }

            throw new IndexUnavailableException(IndexPath, IndexProblem.Damaged,
                $"The index at '{IndexPath}' is damaged ({ex.Message}). Rebuild it with a full update (UpdateFromFolder with full: true).", ex);
        }
        finally
        {
            reader?.Dispose();
        }
    }
}
