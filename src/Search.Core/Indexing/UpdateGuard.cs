namespace Search.Core.Indexing;

/// <summary>
/// Refuses an update from a seeds folder that would lose most of the index before anything is written: one that
/// finds no file at all while the index holds documents, or one that would delete more than half of them.
/// </summary>
internal static class UpdateGuard
{
    /// <param name="indexPath">The index folder (for the message).</param>
    /// <param name="options">The builder's options (what is allowed).</param>
    /// <param name="requested">The seeds folder and pattern of this update.</param>
    /// <param name="state">What the last commit holds.</param>
    /// <param name="files">How many files the seeds folder holds.</param>
    /// <param name="known">How many of them the index holds a document for.</param>
    /// <param name="rebuild">Whether the index is rebuilt from scratch.</param>
    /// <exception cref="IndexUpdateRefusedException">The update would empty the index or delete most of it.</exception>
    public static void Check(string indexPath, IndexBuilderOptions options, SeedsOrigin requested, IndexState state, int files, int known, bool rebuild)
    {
        if (state.Documents == 0)
        {
            return;
        }

        if (files == 0)
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

        // Ids are unique on both sides, so the documents whose file was not found are those not matched.
        var wouldDelete = state.Existing.Count - known;
        if (wouldDelete * 2L > state.Documents)
        {
            throw new IndexUpdateRefusedException(indexPath, UpdateRefusal.MostDeleted, requested, state.Origin, files, state.Documents, wouldDelete);
        }
    }
}
