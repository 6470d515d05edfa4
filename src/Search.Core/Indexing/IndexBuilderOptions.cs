using Search.Core.Documents;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>Options of an <see cref="IndexBuilder"/>.</summary>
/// <remarks>Immutable; use <c>with</c> to change a value.</remarks>
public sealed record IndexBuilderOptions
{
    /// <summary>Default options.</summary>
    public static IndexBuilderOptions Default { get; } = new();

    /// <summary>How files are read and cleaned.</summary>
    public DocumentReaderOptions Reader { get; init; } = DocumentReaderOptions.Default;

    /// <summary>
    /// The user's own actor and location names and aliases, added to the built-in entity data; null for the
    /// built-in data alone. When these (or the boilerplate rules) change, the next update rebuilds the index.
    /// </summary>
    public EntityExtractorOptions? Entities { get; init; }

    /// <summary>
    /// Whether actors and locations are extracted from the text of documents read from files (and of documents
    /// given without any). Default true; false leaves the facets empty and indexes faster.
    /// </summary>
    public bool ExtractEntities { get; init; } = true;

    /// <summary>Which files in the seeds folder are documents (a file-name pattern, searched in all sub-folders). Default <c>*.txt</c>.</summary>
    public string FilePattern { get; init; } = "*.txt";

    /// <summary>
    /// Commit after this many files during a long update, so a crash loses little work (0: only at the end).
    /// Readers then see the update in steps. Default 2,000.
    /// </summary>
    public int CommitInterval { get; init; } = 2000;

    /// <summary>How many files are analysed at once. Default: the number of processors.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
