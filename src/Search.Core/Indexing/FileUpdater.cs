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
    public (FileOutcome Kind, string? Error, string? Hash, string? Notice) Process(IndexWriter writer, string path, string id, IndexedEntries existing)
    {
        // The same status the scan reads (a link counts as its target).
        var (size, time) = FileStatusReader.Read(path);
        if (size < 0 && !File.Exists(path))
        {
            return (FileOutcome.Vanished, null, null, null);
        }

        var known = existing.TryGet(id, out var entry);
        if (known && size >= 0 && entry.Size == size && entry.Time == time)
        {
            return (FileOutcome.Unchanged, null, null, null);
        }

        var read = reader.ReadFile(path, id);
        if (!read.IsSuccess)
        {
            return File.Exists(path) ? (FileOutcome.Rejected, read.Error, null, null) : (FileOutcome.Vanished, null, null, null);
        }

        var document = read.Document!;
        if (known && existing.HashAt(entry.Position) == document.ContentHash)
        {
            // Touched but not changed: remember the new size and time so the next run skips the file unread.
            writer.UpdateNumericDocValue(new Term(IndexSchema.Id, id), IndexSchema.FileSize, size);
            writer.UpdateNumericDocValue(new Term(IndexSchema.Id, id), IndexSchema.FileTime, time);
            return (FileOutcome.Unchanged, null, null, read.Notice);
        }

        document = pipeline.Enrich(document);
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

        return (known ? FileOutcome.Updated : FileOutcome.Added, null, document.ContentHash, read.Notice);
    }
}
