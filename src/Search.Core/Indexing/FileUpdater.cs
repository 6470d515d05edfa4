using Lucene.Net.Index;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// Brings one file of a seeds folder into the index: skips it when its size and time (or, after reading, its content
/// hash) are unchanged, otherwise reads, enriches and adds or replaces its document.
/// </summary>
/// <remarks>Thread-safe: the update calls it from several threads at once.</remarks>
internal sealed class FileUpdater(DocumentReader reader, DocumentPipeline pipeline)
{
    /// <summary>Reads, enriches and writes one file (<see cref="Prepare"/>, then <see cref="Write"/>).</summary>
    public (FileOutcome Kind, DocumentReadResult? Failure, string? Hash, string? Notice) Process(IndexWriter writer, string path, string id, IndexedEntries existing) =>
        Write(writer, Prepare(writer, path, id, existing));

    /// <summary>
    /// Everything before the write: the status check, reading, the content check and the enrichment (entity
    /// extraction). A batch of files prepared one after the other, then written one after the other, keeps each
    /// step's data in the processor's caches.
    /// </summary>
    public Prepared Prepare(IndexWriter writer, string path, string id, IndexedEntries existing)
    {
        // The same status the scan reads (a link counts as its target).
        var (size, time) = FileStatusReader.Read(path);
        if (size < 0 && !File.Exists(path))
        {
            return Gone(id, path);
        }

        var known = existing.TryGet(id, out var entry);
        if (known && size >= 0 && entry.Size == size && entry.Time == time)
        {
            return new Prepared(FileOutcome.Unchanged);
        }

        var read = reader.ReadFile(path, id);
        if (!read.IsSuccess)
        {
            return File.Exists(path) ? new Prepared(FileOutcome.Rejected, read) : Gone(id, path);
        }

        var document = read.Document!;
        if (known && existing.HashAt(entry.Position) == document.ContentHash)
        {
            // Touched but not changed: remember the new size and time so the next run skips the file unread.
            writer.UpdateNumericDocValue(new Term(IndexSchema.Id, id), IndexSchema.FileSize, size);
            writer.UpdateNumericDocValue(new Term(IndexSchema.Id, id), IndexSchema.FileTime, time);
            return new Prepared(FileOutcome.Unchanged, Notice: read.Notice);
        }

        return new Prepared(known ? FileOutcome.Updated : FileOutcome.Added, null, read.Notice, pipeline.Enrich(document), size, time);
    }

    /// <summary>Adds or replaces the prepared document, if there is one; the outcome of the file.</summary>
    public (FileOutcome Kind, DocumentReadResult? Failure, string? Hash, string? Notice) Write(IndexWriter writer, Prepared prepared)
    {
        if (prepared.Document is not { } document)
        {
            return (prepared.Kind, prepared.Failure, null, prepared.Notice);
        }

        var luceneDocument = LuceneDocumentBuilder.ForThisThread.Build(document, prepared.Size, prepared.Time);
        if (prepared.Kind == FileOutcome.Updated)
        {
            writer.UpdateDocument(new Term(IndexSchema.Id, document.Id), luceneDocument);
        }
        else
        {
            // Not in the index (the state holds every live id): a plain add spares the delete-by-id every flush
            // would otherwise apply against every segment.
            writer.AddDocument(luceneDocument);
        }

        return (prepared.Kind, null, document.ContentHash, prepared.Notice);
    }

    /// <summary>
    /// The outcome of a listed file that is not there: vanished since the scan; or a file whose name is not valid UTF-8,
    /// listed under a name that cannot open it (<see cref="DocumentReadResult.Missing"/>), rejected instead of lost
    /// without a word.
    /// </summary>
    private static Prepared Gone(string id, string path) => DocumentReadResult.Missing(id, path) is { Problem: FileProblem.InvalidName } invalid
        ? new Prepared(FileOutcome.Rejected, invalid)
        : new Prepared(FileOutcome.Vanished);

    /// <summary>A file read and enriched, not yet written; without a document, its final outcome.</summary>
    internal readonly record struct Prepared(FileOutcome Kind, DocumentReadResult? Failure = null, string? Notice = null, NewsDocument? Document = null, long Size = 0, long Time = 0);
}
