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

    /// <summary>
    /// What shows that the files of an opened <paramref name="reader"/> are damaged, given <paramref name="error"/>
    /// thrown while searching it; null when they are not (the error is then not the files' fault).
    /// </summary>
    /// <remarks>
    /// Bytes damaged inside a file are mostly not seen when the index is opened (Lucene checks only some files'
    /// checksums then): they surface later as whatever the decoding of wrong bytes throws (an invalid number, an
    /// index out of range, a <c>LuceneSystemException</c>). So an error that does not say by its kind that a file is
    /// damaged is checked against the files: every segment's checksums are read (all its files, once, and only after
    /// an error). A search that fails for another reason on sound files keeps its own error.
    /// </remarks>
    public static Exception? Found(IndexReader reader, Exception error)
    {
        if (error is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            return error;
        }

        try
        {
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
        }
        catch (Exception check) when (check is not OutOfMemoryException)
        {
            return check;
        }

        return null;
    }
}
