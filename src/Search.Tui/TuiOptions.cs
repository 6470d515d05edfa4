using Search.Core.Indexing;

namespace Search.Tui;

/// <summary>How the terminal UI is opened.</summary>
public sealed record TuiOptions
{
    /// <summary>Files the index build before the UI refused, with the reason; the status bar counts them and a key lists them.</summary>
    public IReadOnlyList<RejectedFile> Rejected { get; init; } = [];

    /// <summary>The file keeping the query history of this index, or null for no history.</summary>
    public string? HistoryFile { get; init; }

    /// <summary>Whether the paths of the marked articles are wanted on exit (<c>search tui --print</c>).</summary>
    public bool Print { get; init; }
}
