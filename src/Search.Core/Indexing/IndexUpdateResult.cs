namespace Search.Core.Indexing;

/// <summary>What an index update did.</summary>
public sealed record IndexUpdateResult
{
    /// <summary>Documents new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Documents whose content changed and were replaced.</summary>
    public int Updated { get; init; }

    /// <summary>Documents removed because their file is gone.</summary>
    public int Deleted { get; init; }

    /// <summary>Documents whose file moved to another path with the same content (counted neither as added nor as deleted).</summary>
    public int Renamed { get; init; }

    /// <summary>Documents whose file did not change.</summary>
    public int Unchanged { get; init; }

    /// <summary>Files that could not be indexed, with reasons, ordered by path.</summary>
    public IReadOnlyList<RejectedFile> Rejected { get; init; } = [];

    /// <summary>Files that were indexed with a notice (for example read as Windows-1252 because they were not UTF-8), ordered by path.</summary>
    public IReadOnlyList<FileNotice> Notices { get; init; } = [];

    /// <summary>True when the whole index was rebuilt.</summary>
    public bool FullRebuild { get; init; }

    /// <summary>Why a full rebuild happened, when it was not asked for (for example a new schema version).</summary>
    public string? RebuildReason { get; init; }

    /// <summary>The kind of <see cref="RebuildReason"/>, or null when it is null.</summary>
    public RebuildCause? RebuildCause { get; init; }

    /// <summary>Documents in the index after the update.</summary>
    public int TotalDocuments { get; init; }

    /// <summary>Wall time of the update.</summary>
    public TimeSpan Took { get; init; }
}
