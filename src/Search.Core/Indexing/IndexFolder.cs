namespace Search.Core.Indexing;

/// <summary>
/// What an index folder may hold: Lucene's files, the writer lock and a few harmless extras. A folder holding
/// anything else is not an index and is refused before anything is written into it (not even a lock file).
/// </summary>
internal static class IndexFolder
{
    private static readonly HashSet<string> ForeignFilesAllowed = new(StringComparer.Ordinal)
    {
        "README.md", ".gitkeep", IndexWriteLock.FileName, "write.lock",
    };

    /// <summary>Throws when <paramref name="indexPath"/> exists, holds no index and holds other files.</summary>
    /// <exception cref="IndexUnavailableException">The folder is not an index (<see cref="IndexProblem.NotAnIndex"/>).</exception>
    public static void EnsureIndexOrEmpty(string indexPath)
    {
        if (File.Exists(indexPath))
        {
            throw new IndexUnavailableException(indexPath, IndexProblem.NotAnIndex,
                $"'{indexPath}' is a file, not a search index: choose a folder (an empty one, or an existing index).");
        }

        if (!Directory.Exists(indexPath))
        {
            return;
        }

        var names = Directory.EnumerateFileSystemEntries(indexPath).Select(Path.GetFileName).OfType<string>().ToList();
        if (names.Any(name => name.StartsWith("segments_", StringComparison.Ordinal)))
        {
            return; // an index (readable or not: opening it tells)
        }

        var foreign = names.Where(name => !ForeignFilesAllowed.Contains(name) && !IsLuceneFile(name)).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
        {
            throw new IndexUnavailableException(indexPath, IndexProblem.NotAnIndex,
                $"'{indexPath}' is not a search index: it holds other files ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", …" : "")}). Choose an empty folder or an existing index.");
        }
    }

    /// <summary>Files Lucene writes (segment files, left behind by a run that died before its first commit).</summary>
    public static bool IsLuceneFile(string name) => name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal);

    /// <summary>Removes Lucene's files (of a damaged index that is rebuilt), nothing else.</summary>
    public static void DeleteIndexFiles(string indexPath)
    {
        foreach (var file in Directory.EnumerateFiles(indexPath))
        {
            if (IsLuceneFile(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }
}
