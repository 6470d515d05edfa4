namespace Search.Core.Documents;

/// <summary>
/// Lists the document files under a seeds folder: files matching the pattern in every sub-folder, hidden files
/// and folders (names starting with a dot) left out. Symbolic links are followed, but a link back to a folder
/// already being walked (a loop) is skipped, so a scan always ends.
/// </summary>
internal static class SeedFolderScanner
{
    public static List<(string Path, string Id)> Scan(string seedsFolder, string pattern)
    {
        var root = Path.GetFullPath(seedsFolder);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = new List<(string Path, string Id)>();
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

            try
            {
                foreach (var file in Directory.EnumerateFiles(dir, pattern, options))
                {
                    files.Add((file, Path.GetRelativePath(root, file).Replace('\\', '/')));
                }

                foreach (var sub in Directory.EnumerateDirectories(dir, "*", options))
                {
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
                // A folder that vanished or cannot be listed holds no documents we can read.
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return files;
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
