namespace Search.Core.Documents;

/// <summary>A file of a seeds folder as a scan found it.</summary>
/// <remarks>
/// Holds the folder and the id rather than the full path: a scan of a million files keeps a million ids for the
/// update plan, and the full paths, needed only for the few files that are read, would double what stays in memory.
/// </remarks>
/// <param name="Root">The seeds folder (full path) the scan started from.</param>
/// <param name="Id">The document id: the path relative to the seeds folder, with <c>/</c> separators.</param>
/// <param name="Size">The file's length in bytes, or -1 when its status could not be read.</param>
/// <param name="Time">The file's last write time (UTC ticks), or -1 when its status could not be read.</param>
internal readonly record struct SeedFile(string Root, string Id, long Size, long Time)
{
    /// <summary>The file's full path.</summary>
    public string Path => System.IO.Path.Join(Root, System.IO.Path.DirectorySeparatorChar == '/' ? Id : Id.Replace('/', System.IO.Path.DirectorySeparatorChar));
}
