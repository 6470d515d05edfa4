namespace Search.Core.Indexing;

/// <summary>
/// What the index knows of a document's source: its position in <see cref="IndexedEntries"/> (where the content hash
/// is read), the file size and the file time (ticks, UTC); size and time are -1 when it did not come from a file.
/// </summary>
internal readonly record struct IndexedEntry(int Position, long Size, long Time);
