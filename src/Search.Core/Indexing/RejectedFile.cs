using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>A file that was not indexed, with the reason.</summary>
/// <param name="Path">The file's id (path relative to the seeds folder).</param>
/// <param name="Reason">Why it was rejected, in English words a person can act on.</param>
/// <param name="Problem">The kind of the reason, for programs and for text in other languages.</param>
/// <param name="Detail">What the reason names where that is no English word (a date as written, a size in bytes, the system's message), or null.</param>
public sealed record RejectedFile(string Path, string Reason, FileProblem Problem = FileProblem.Unreadable, string? Detail = null)
{
    /// <summary>The path and the reason, as <c>var (path, reason) = rejected</c> read them before the kind was added.</summary>
    public void Deconstruct(out string path, out string reason)
    {
        path = Path;
        reason = Reason;
    }
}
