namespace Search.Core.Indexing;

/// <summary>What is wrong with a folder that was opened as an index (see <see cref="IndexUnavailableException"/>).</summary>
public enum IndexProblem
{
    /// <summary>There is no index in the folder (or no folder).</summary>
    Missing,

    /// <summary>The folder holds other files and no index; it is left alone.</summary>
    NotAnIndex,

    /// <summary>The index cannot be read; a full rebuild replaces it.</summary>
    Damaged,

    /// <summary>
    /// There is no index yet because another program is building it: its first commit has not come yet (a long build
    /// commits every minute). Try again then.
    /// </summary>
    BeingBuilt,
}
