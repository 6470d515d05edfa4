namespace Search.Core.Indexing;

/// <summary>A file that was not indexed, with the reason.</summary>
/// <param name="Path">The file's id (path relative to the seeds folder).</param>
/// <param name="Reason">Why it was rejected, in words a person can act on.</param>
public sealed record RejectedFile(string Path, string Reason);
