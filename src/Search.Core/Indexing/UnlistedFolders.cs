using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// Folders of the seeds folder whose files could not be listed (no permission, a disk error, a link to a share that
/// is not mounted, a name that is not valid UTF-8): the documents the index holds from them are kept, not deleted as
/// gone, and each folder is reported with its reason, as a file that cannot be read is.
/// </summary>
internal static class UnlistedFolders
{
    /// <summary>
    /// Marks the documents below each of <paramref name="folders"/> (paths relative to the seeds folder) as
    /// <paramref name="seen"/>; returns one rejected entry per folder and how many documents were kept.
    /// </summary>
    public static (List<RejectedFile> Rejected, int Kept) Keep(IReadOnlyList<string> folders, IndexedEntries existing, bool[] seen)
    {
        if (folders.Count == 0)
        {
            return ([], 0);
        }

        var prefixes = folders.Select(f => f + "/").ToArray();
        var perFolder = new int[prefixes.Length];
        for (var position = 0; position < seen.Length; position++)
        {
            if (seen[position] || !existing.FromFile(position))
            {
                continue;
            }

            var id = existing.IdAt(position);
            for (var f = 0; f < prefixes.Length; f++)
            {
                if (id.StartsWith(prefixes[f], StringComparison.Ordinal))
                {
                    seen[position] = true;
                    perFolder[f]++;
                    break;
                }
            }
        }

        var rejected = new List<RejectedFile>(prefixes.Length);
        for (var f = 0; f < prefixes.Length; f++)
        {
            rejected.Add(new RejectedFile(
                prefixes[f],
                perFolder[f] == 0
                    ? "cannot list the folder (no permission, a disk error, a link that points nowhere, or a name that is not valid UTF-8)"
                    : $"cannot list the folder (no permission, a disk error, a link that points nowhere, or a name that is not valid UTF-8); its {perFolder[f].ToString(System.Globalization.CultureInfo.InvariantCulture)} documents in the index are kept as they were",
                FileProblem.Unreadable));
        }

        return (rejected, perFolder.Sum());
    }
}
