namespace Search.Core.Indexing;

/// <summary>A file that was indexed, with something its owner should know (for example that it was read as Windows-1252).</summary>
/// <param name="Path">The file's id (path relative to the seeds folder).</param>
/// <param name="Message">What happened, in words a person can act on (English).</param>
public sealed record FileNotice(string Path, string Message)
{
    /// <summary>What kind of notice it is.</summary>
    public FileNoticeKind Kind { get; init; } = FileNoticeKind.ReadAsWindows1252;
}
