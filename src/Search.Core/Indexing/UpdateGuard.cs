namespace Search.Core.Indexing;

/// <summary>
/// Refuses an update from a seeds folder that would lose most of the index before anything is written: one that
/// finds no file at all while the index holds documents, or one that would delete more than half of them.
/// </summary>
internal static class UpdateGuard
{
    /// <exception cref="IndexUpdateRefusedException">The update would empty the index or delete most of it.</exception>
    public static void Check(string indexPath, IndexBuilderOptions options, SeedsOrigin requested, IndexState state, IReadOnlyList<(string Path, string Id)> files, bool rebuild)
    {
        if (state.Documents == 0)
        {
            return;
        }

        if (files.Count == 0)
        {
            if (!options.AllowEmptySeeds)
            {
                throw new IndexUpdateRefusedException(indexPath, UpdateRefusal.NoFiles, requested, state.Origin, 0, state.Documents, state.Documents);
            }

            return;
        }

        // A rebuild (asked for, or forced by a new schema) replaces the index with what the folder holds.
        if (rebuild || options.AllowMassDeletion)
        {
            return;
        }

        var found = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var (_, id) in files)
        {
            found.Add(id);
        }

        var wouldDelete = state.Existing.Keys.Count(id => !found.Contains(id));
        if (wouldDelete * 2L > state.Documents)
        {
            throw new IndexUpdateRefusedException(indexPath, UpdateRefusal.MostDeleted, requested, state.Origin, files.Count, state.Documents, wouldDelete);
        }
    }
}
