namespace Search.Core.Indexing;

/// <summary>
/// Loads what indexing a document needs, the entity extractor (tagger model, word lists, clusters) and the analysis
/// of the indexed fields (decompounder grammar and dictionary, person nouns), on two pool threads at once, as soon as
/// an update knows it has files to read: about half a second of loading that an update of a few changed files used to
/// pay one part after the other (issue 16). Everything it touches is loaded once per process and thread-safe; the
/// first document waits for the same lazy values. Not started before the plan: an update that finds nothing to read
/// would only slow its own scan on a machine with few cores.
/// </summary>
internal static class IndexingWarmUp
{
    /// <summary>Starts both loads; returns at once.</summary>
    public static void Start(DocumentPipeline pipeline)
    {
        ThreadPool.UnsafeQueueUserWorkItem(static p => Run(p.WarmUp), pipeline, preferLocal: false);
        ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(static () => new LuceneDocumentBuilder()), (object?)null, preferLocal: false);
    }

    private static void Run(Action load)
    {
        try
        {
            load();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the document that needs these loads them itself and reports what goes wrong.
        }
    }
}
