namespace Search.Core.Documents;

/// <summary>The outcome of reading one file: a document, or the reason it was rejected.</summary>
public sealed record DocumentReadResult
{
    private DocumentReadResult(string id, NewsDocument? document, string? error, string? notice, FileProblem? problem = null, string? detail = null)
    {
        Id = id;
        Document = document;
        Error = error;
        Notice = notice;
        Problem = problem;
        ProblemDetail = detail;
    }

    /// <summary>The document id (path relative to the seeds folder).</summary>
    public string Id { get; }

    /// <summary>The document, when the file could be read.</summary>
    public NewsDocument? Document { get; }

    /// <summary>Why the file was rejected, in words a person can act on; null on success.</summary>
    public string? Error { get; }

    /// <summary>
    /// Something the reader did that the file's owner should know although the file was read, in words a person can
    /// act on (for example that it was not UTF-8 and was read as Windows-1252); null when there is nothing to say.
    /// </summary>
    public string? Notice { get; }

    /// <summary>The kind of <see cref="Error"/>, for programs and for text in other languages; null on success.</summary>
    public FileProblem? Problem { get; }

    /// <summary>
    /// What <see cref="Error"/> names, where that is no English word: the date as the file writes it, the size in bytes,
    /// the system's message for an unreadable file; otherwise null.
    /// </summary>
    public string? ProblemDetail { get; }

    /// <summary>True when <see cref="Document"/> is set.</summary>
    public bool IsSuccess => Document is not null;

    internal static DocumentReadResult Success(NewsDocument document, string? notice = null) => new(document.Id, document, null, notice);

    internal static DocumentReadResult Failure(string id, FileProblem problem, string error, string? detail = null) => new(id, null, error, null, problem, detail);

    /// <summary>
    /// The failure for a file that is not at <paramref name="path"/>: removed; or, when the path holds U+FFFD, a file
    /// whose name is not valid UTF-8, listed under the name .NET reads for it, which cannot open it.
    /// </summary>
    internal static DocumentReadResult Missing(string id, string path) => path.Contains('\uFFFD', StringComparison.Ordinal)
        ? Failure(id, FileProblem.InvalidName, "the file name is not valid UTF-8, so the file cannot be opened by it: rename the file")
        : Failure(id, FileProblem.NotFound, "file not found (it may have been removed while indexing)");
}
