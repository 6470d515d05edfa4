namespace Search.Cli;

/// <summary>The process exit codes of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A query found nothing.</summary>
    public const int NothingFound = 1;

    /// <summary>Usage error or unusable input; the message is on standard error.</summary>
    public const int Usage = 2;

    /// <summary>The index was updated, but some files were rejected.</summary>
    public const int SomeRejected = 3;

    /// <summary>Interrupted by Ctrl+C (SIGINT), as shells number it (128 + 2).</summary>
    public const int Interrupted = 130;
}
