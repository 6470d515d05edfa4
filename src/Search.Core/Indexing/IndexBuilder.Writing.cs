using System.Diagnostics;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>The writer of an <see cref="IndexBuilder"/>: its settings, when and what it commits, its lock, its errors.</summary>
public sealed partial class IndexBuilder
{
    private IndexWriterConfig CreateWriterConfig(bool create) => new(Analysis.GermanAnalyzers.Version, IndexSchema.IndexAnalyzer)
    {
        OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
        Similarity = IndexSchema.Similarity,
        // 64 MB of postings and doc values as before schema 10, plus the article texts (BodyValue): unlike stored
        // fields, which go to disk document by document, doc values wait in the buffer until it is flushed. With 64 MB
        // the writer flushed a third more often, and every further segment costs each search a little.
        RAMBufferSizeMB = 96,
    };

    /// <summary>Opens the writer of every update, after making sure this builder still holds the folder's lock.</summary>
    private IndexWriter OpenWriter(bool create)
    {
        KeepLock();
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

    /// <summary>What every commit records: the schema version, the settings fingerprint and the seeds folder and pattern.</summary>
    private Dictionary<string, string> CommitData(SeedsOrigin? origin)
    {
        var data = new Dictionary<string, string>
        {
            [IndexSchema.VersionKey] = IndexSchema.Version,
            [IndexSchema.SettingsKey] = _pipeline.Fingerprint,
        };
        if (origin is not null)
        {
            data[IndexSchema.SeedsKey] = origin.Folder;
            data[IndexSchema.PatternKey] = origin.Pattern;
        }

        return data;
    }

    private void Commit(IndexWriter writer, Dictionary<string, string> data)
    {
        // The index's identity goes from commit to commit; a new index (a folder removed and built again) gets a new one,
        // so an open SearchIndex knows its segments are not the old ones of the same names.
        data[IndexSchema.IdentityKey] = IndexSchema.ReadIdentity(writer.CommitData) ?? Guid.NewGuid().ToString("N");
        if (!writer.HasUncommittedChanges() && SameCommitData(writer.CommitData, data) && DirectoryReader.IndexExists(_directory))
        {
            // Nothing to write: no new commit. A watch's events on files that did not change (a touch, a file that is no
            // article, the index's own files when it lies inside the seeds folder) used to commit again and again.
            return;
        }

        writer.SetCommitData(data);
        writer.Commit();
        CommitSignal.Raise(IndexPath);
    }

    /// <summary>
    /// Takes the lock again when the index folder was removed while this builder held it (<c>rm -rf index</c> to start
    /// afresh, under a watch): the lock file went with the folder, and a second writer could otherwise come in.
    /// </summary>
    /// <exception cref="IndexLockedException">Another writer took the folder meanwhile.</exception>
    private void KeepLock()
    {
        if (_lock.IsIntact)
        {
            return;
        }

        _lock.Dispose();
        _lock = IndexWriteLock.Acquire(IndexPath);
    }

    private static bool SameCommitData(IDictionary<string, string>? last, Dictionary<string, string> data) =>
        last is not null && last.Count == data.Count
        && data.All(pair => last.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static void RollBack(IndexWriter writer) => IndexWriteErrors.RollBack(writer);

    private Exception WriteError(Exception ex) => IndexWriteErrors.Describe(IndexPath, ex);

    /// <summary>See <see cref="IndexWriteErrors.Describe"/>.</summary>
    internal static Exception DescribeWriteError(string indexPath, Exception ex) => IndexWriteErrors.Describe(indexPath, ex);
}
