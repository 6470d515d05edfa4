namespace Search.Core.Indexing;

/// <summary>What the index knows of a document's source: content hash, file size and file time (ticks, UTC); -1 when not from a file.</summary>
internal readonly record struct IndexedEntry(string Hash, long Size, long Time);
