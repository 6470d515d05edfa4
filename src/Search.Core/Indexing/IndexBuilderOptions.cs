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
    public DocumentReaderOptions Reader { get; init => field = value ?? throw new ArgumentNullException(nameof(Reader), "Reader cannot be null."); } = DocumentReaderOptions.Default;

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

    /// <summary>
    /// Which files in the seeds folder are documents (a file-name pattern, searched in all sub-folders, such as
    /// <c>*.txt</c> or <c>2024/*.txt</c>). Default <c>*.txt</c>. Not empty, and not a path that leaves the folder
    /// (absolute, or with a <c>..</c> part).
    /// </summary>
    public string FilePattern { get; init => field = CheckedPattern(value); } = "*.txt";

    /// <summary>
    /// Commit after this many files read during a long update (0: not by count; files whose size and time are
    /// unchanged are not read and not counted). Default 0: updates commit by time
    /// (see <see cref="CommitEvery"/>) and at their end.
    /// </summary>
    public int CommitInterval { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(CommitInterval), value, "CommitInterval is a number of files (0: not by count); it cannot be negative."); }

    /// <summary>
    /// Commit when this much time has passed since the last commit during a long update, so a crash loses at most
    /// this much work; readers then see the update in steps (<see cref="TimeSpan.Zero"/>: not by time). Default one
    /// minute. Each commit writes the buffered documents as new segments that later have to be merged, so
    /// frequent commits slow a large build down (committing every 2,000 files cost about a quarter of the time of
    /// a 20,000-file build).
    /// </summary>
    public TimeSpan CommitEvery { get; init => field = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(CommitEvery), value, "CommitEvery is a time (TimeSpan.Zero: not by time); it cannot be negative."); } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether an update from a seeds folder that holds no matching file may empty an index that holds documents.
    /// Default false: such an update (usually an empty or mistyped folder, or a pattern that matches nothing) is
    /// refused with <see cref="IndexUpdateRefusedException"/> and the index is left as it was.
    /// </summary>
    public bool AllowEmptySeeds { get; init; }

    /// <summary>
    /// Whether an update from a seeds folder may delete more than half of the documents (because their files are not
    /// there). Default false: such an update is refused with <see cref="IndexUpdateRefusedException"/> and the index is
    /// left as it was. A full rebuild needs no permission for this.
    /// </summary>
    public bool AllowMassDeletion { get; init; }

    /// <summary>How many files are analysed at once (at least 1). Default: the number of processors.</summary>
    public int MaxParallelism { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxParallelism), value, "MaxParallelism is how many files are analysed at once; it must be at least 1."); } = Environment.ProcessorCount;

    private static string CheckedPattern(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("FilePattern names the files to index, such as *.txt; it cannot be empty.", nameof(FilePattern));
        }

        if (Path.IsPathRooted(value) || value.Split('/', '\\').Contains(".."))
        {
            throw new ArgumentException($"FilePattern '{value}' leaves the seeds folder; a pattern names files inside it, such as *.txt or 2024/*.txt (the folder is the one given to UpdateFromFolder).", nameof(FilePattern));
        }

        return value;
    }
}
