namespace Search.Core.Documents;

/// <summary>A file of a seeds folder as a scan found it.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Id">The document id: the path relative to the seeds folder, with <c>/</c> separators.</param>
/// <param name="Size">The file's length in bytes, or -1 when its status could not be read.</param>
/// <param name="Time">The file's last write time (UTC ticks), or -1 when its status could not be read.</param>
internal readonly record struct SeedFile(string Path, string Id, long Size, long Time);
