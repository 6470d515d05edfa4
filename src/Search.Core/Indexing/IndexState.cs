namespace Search.Core.Indexing;

/// <summary>What an update learns from the index's last commit before it writes anything.</summary>
/// <param name="Existing">The live documents by id (empty when the index is rebuilt); the caller disposes it.</param>
/// <param name="RebuildReason">Why the index must be rebuilt although no full rebuild was asked for, or null.</param>
/// <param name="RebuildCause">The kind of <paramref name="RebuildReason"/>, or null.</param>
/// <param name="Documents">Live documents in the last commit.</param>
/// <param name="Origin">The seeds folder and pattern the last commit remembers, or null.</param>
internal sealed record IndexState(IndexedEntries Existing, string? RebuildReason, RebuildCause? RebuildCause, int Documents, SeedsOrigin? Origin);
