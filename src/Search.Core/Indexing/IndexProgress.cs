namespace Search.Core.Indexing;

/// <summary>Progress of an index update.</summary>
/// <param name="Processed">Files looked at so far.</param>
/// <param name="Total">Files found in the seeds folder.</param>
/// <param name="CurrentId">The document last processed.</param>
public sealed record IndexProgress(int Processed, int Total, string CurrentId);
