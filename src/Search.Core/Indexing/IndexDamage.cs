using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>Which failures of reading an index's files mean that the files are damaged.</summary>
internal static class IndexDamage
{
    /// <summary>
    /// Whether <paramref name="error"/>, thrown while Lucene.Net opened or read a commit, says its files are damaged:
    /// unreadable or cut short (<see cref="IOException"/>, end of file), failing their checks
    /// (<see cref="CorruptIndexException"/>, a format too old or too new), or holding offsets beyond their
    /// end (Lucene.Net throws <see cref="ArgumentException"/> and <see cref="IndexOutOfRangeException"/> for those, as
    /// for a compound file cut short).
    /// </summary>
    public static bool Is(Exception error) =>
        error is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or ArgumentException or IndexOutOfRangeException;
}
