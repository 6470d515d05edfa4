namespace Search.Core.Documents;

/// <summary>
/// Why a file could not be read as an article: the kind, so that a program can act on it and a user interface can
/// say it in its own language (<see cref="DocumentReadResult.Problem"/>, <see cref="Indexing.RejectedFile.Problem"/>).
/// </summary>
public enum FileProblem
{
    /// <summary>The file could not be opened or read (its detail: the system's message).</summary>
    Unreadable,

    /// <summary>The file is gone (it was removed while indexing).</summary>
    NotFound,

    /// <summary>Not a regular file but a named pipe, a socket or a device.</summary>
    NotRegularFile,

    /// <summary>Larger than <see cref="DocumentReaderOptions.MaxFileBytes"/> (its detail: the size in bytes).</summary>
    TooLarge,

    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>Only white space.</summary>
    OnlyWhiteSpace,

    /// <summary>
    /// Binary, or text in neither UTF-8 (nor UTF-16 with a byte-order mark) nor Windows-1252. <see
    /// cref="Indexing.RejectedFile.Detail"/> tells which: null for binary content, <c>UTF-16</c> for invalid UTF-16,
    /// otherwise the one-based position of the first byte that is not UTF-8.
    /// </summary>
    NotText,

    /// <summary>The first line is not a date line (<c>date YYYY-MM-DD</c>).</summary>
    NoDateHeader,

    /// <summary>The date line holds no date, or one not written YYYY-MM-DD (its detail: what it holds).</summary>
    MalformedDate,

    /// <summary>A date no calendar has, such as 2025-02-30 (its detail: the date).</summary>
    ImpossibleDate,

    /// <summary>A date before 1800 or more than a year after today (its detail: the date).</summary>
    ImplausibleDate,

    /// <summary>No article text after the date line.</summary>
    NoText,

    /// <summary>
    /// The file's name is not valid UTF-8, so it cannot be opened by the name .NET reads for it (its id shows the bytes
    /// it could not read as U+FFFD).
    /// </summary>
    InvalidName,
}
