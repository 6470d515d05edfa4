namespace Search.Core.Indexing;

/// <summary>What an update did with one file (see <see cref="FileUpdater"/>).</summary>
internal enum FileOutcome
{
    Added,
    Updated,
    Unchanged,
    Rejected,
    Vanished,
}
