using System.IO.Enumeration;
using System.Runtime.InteropServices;

namespace Search.Core.Documents;

/// <summary>
/// Lists the document files under a seeds folder: files matching the pattern in every sub-folder, hidden files
/// and folders (names starting with a dot) left out. Symbolic links are followed, but a link back to a folder
/// already being walked (a loop) is skipped, so a scan always ends.
/// </summary>
internal static class SeedFolderScanner
{
    /// <summary>The files with their ids, ordered by id.</summary>
    public static List<(string Path, string Id)> Scan(string seedsFolder, string pattern)
    {
        var (files, _) = Walk(seedsFolder, pattern, withStatus: false, skip: null, unlisted: null);
        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return files.ConvertAll(f => (f.Path, f.Id));
    }

    /// <summary>
    /// The files with their ids, sizes and last write times (UTC ticks), in no particular order. Each file's status
    /// (what a <see cref="FileInfo"/> reports) is read once and no file is opened. A file whose status cannot be read
    /// (it vanished during the scan) has size and time -1.
    /// </summary>
    /// <remarks>
    /// Where the folder listing carries sizes and times (Windows), they are taken from it. Elsewhere every file costs a
    /// status call of its own (<see cref="FileStatusReader"/>), and for a large folder those calls are most of an update
    /// (a million files: about 3 s of kernel time on one core); there the names are listed first and the status calls
    /// run on <paramref name="parallelism"/> threads, on Linux in the order of the files' inode numbers (the kernel
    /// finds their entries faster in that order than in the folder's: a tenth less time).
    /// </remarks>
    /// <param name="seedsFolder">The folder to scan.</param>
    /// <param name="pattern">Which files are documents.</param>
    /// <param name="parallelism">Threads for the status calls (0: one per processor).</param>
    /// <param name="skip">A folder (full path) not to walk: the index's own, when it lies inside the seeds folder.</param>
    /// <param name="unlisted">
    /// Receives the folders below the seeds folder whose files could not be listed, as paths relative to it with
    /// <c>/</c> separators: a folder that cannot be opened (no permission, a disk error, a name that is not valid
    /// UTF-8) or a link that points nowhere (a folder on a share that is not mounted). What they held is unknown,
    /// not gone.
    /// </param>
    public static List<SeedFile> ScanWithStatus(string seedsFolder, string pattern, int parallelism = 0, string? skip = null, List<string>? unlisted = null)
    {
        if (OperatingSystem.IsWindows())
        {
            return Walk(seedsFolder, pattern, withStatus: true, skip, unlisted).Files;
        }

        var (files, inodes) = Walk(seedsFolder, pattern, withStatus: false, skip, unlisted);
        if (inodes is not null)
        {
            CollectionsMarshal.AsSpan(inodes).Sort(CollectionsMarshal.AsSpan(files));
        }

        ReadStatus(files, parallelism > 0 ? parallelism : Environment.ProcessorCount);
        return files;
    }

    /// <summary>Files per batch of status calls.</summary>
    internal const int StatusBatch = 2048;

    private static void ReadStatus(List<SeedFile> files, int parallelism)
    {
        // One batch (a small folder) runs on the calling thread.
        var batches = (files.Count + StatusBatch - 1) / StatusBatch;
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, batch =>
        {
            var all = CollectionsMarshal.AsSpan(files);
            for (int i = batch * StatusBatch, end = Math.Min(all.Length, i + StatusBatch); i < end; i++)
            {
                all[i] = Status(all[i].Root, all[i].Id, withStatus: true);
            }
        });
    }

    /// <summary>The files under the seeds folder, and their inode numbers when every folder was listed with them.</summary>
    private static (List<SeedFile> Files, List<ulong>? Inodes) Walk(string seedsFolder, string pattern, bool withStatus, string? skip, List<string>? unlisted)
    {
        var root = Path.GetFullPath(seedsFolder);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false, // a folder that cannot be listed is reported (unlisted), not taken as empty
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var simplePattern = pattern.IndexOfAny(['/', '\\']) < 0;
        var files = new List<SeedFile>();
        var inodes = !withStatus && simplePattern && UnixFolderListing.IsAvailable ? new List<ulong>() : null;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Canonical)>();
        pending.Push((root, Canonical(new DirectoryInfo(root), root)));
        while (pending.Count > 0)
        {
            var (dir, canonical) = pending.Pop();
            if (!visited.Add(canonical))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, dir).Replace('\\', '/');
            try
            {
                var prefix = relative == "." ? "" : relative + "/";
                if (relative != "." && relative.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    unlisted?.Add(relative); // a name that is not valid UTF-8 cannot be opened by the name .NET reads for it
                    continue;
                }

                if (inodes is null || !UnixFolderListing.TryAddFiles(root, dir, prefix, pattern, files, inodes, unlisted))
                {
                    inodes = null;
                    if (simplePattern)
                    {
                        files.AddRange(Files(root, dir, prefix, pattern, options, withStatus));
                    }
                    else
                    {
                        foreach (var file in Directory.EnumerateFiles(dir, pattern, options))
                        {
                            files.Add(Status(root, Path.GetRelativePath(root, file).Replace('\\', '/'), withStatus));
                        }
                    }
                }

                foreach (var sub in Directory.EnumerateDirectories(dir, "*", options))
                {
                    if (skip is not null && string.Equals(Path.TrimEndingDirectorySeparator(sub), skip, StringComparison.Ordinal))
                    {
                        continue; // the index's own folder
                    }

                    var info = new DirectoryInfo(sub);
                    var subCanonical = Canonical(info, Path.Combine(canonical, info.Name));
                    if (subCanonical.Length == 0 || IsAncestorOrSelf(subCanonical, canonical) || visited.Contains(subCanonical))
                    {
                        continue;
                    }

                    pending.Push((sub, subCanonical));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder that vanished holds no documents; one that is there but cannot be listed holds unknown ones.
                if (relative != "." && Directory.Exists(dir))
                {
                    unlisted?.Add(relative);
                }
            }
        }

        return (files, inodes is not null && inodes.Count == files.Count ? inodes : null);
    }

    /// <summary>The matching files of one folder, their status read from the folder entry (no second look-up by path).</summary>
    private static FileSystemEnumerable<SeedFile> Files(string root, string dir, string prefix, string pattern, EnumerationOptions options, bool withStatus) =>
        new(dir, (ref FileSystemEntry entry) =>
        {
            var id = prefix + entry.FileName.ToString();
            if (!withStatus)
            {
                return new SeedFile(root, id, -1, -1);
            }

            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                // A link's entry describes the link; the update compares the file it points to.
                var (size, time) = FileStatusReader.Read(root, id);
                return new SeedFile(root, id, size, time);
            }

            try
            {
                return new SeedFile(root, id, entry.Length, entry.LastWriteTimeUtc.UtcDateTime.Ticks);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new SeedFile(root, id, -1, -1);
            }
        }, options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName, ignoreCase: true),
        };

    private static SeedFile Status(string root, string id, bool withStatus)
    {
        if (!withStatus)
        {
            return new SeedFile(root, id, -1, -1);
        }

        var (size, time) = FileStatusReader.Read(root, id);
        return new SeedFile(root, id, size, time);
    }

    private static string Canonical(DirectoryInfo info, string fallback)
    {
        if (info.LinkTarget is null)
        {
            return fallback;
        }

        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? "" : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static bool IsAncestorOrSelf(string candidate, string path) =>
        path.Equals(candidate, StringComparison.Ordinal)
        || path.StartsWith(candidate.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
