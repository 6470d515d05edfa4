namespace Search.Core.Indexing;

/// <summary>
/// Refuses an update from a seeds folder that would lose most of the index before anything is deleted: one that
/// finds no file at all while the index holds documents, or one that would delete more than half of them (files moved
/// to another name or folder with the same content are renamed documents, not deleted ones).
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

        // Ids are unique on both sides, so the documents whose file was not found are those not matched. Each new file
        // may turn out to be one of them moved (a renamed folder): only the deletions no new file can explain count
        // here; the rest is checked once the new files are read (CheckDeleted).
        var wouldDelete = state.Existing.Count - known;
        var newFiles = Math.Max(0, files - known);
        var surely = wouldDelete - Math.Min(wouldDelete, newFiles);
        if (surely * 2L > state.Documents)
        {
            throw new IndexUpdateRefusedException(indexPath, UpdateRefusal.MostDeleted, requested, state.Origin, files, state.Documents, wouldDelete);
        }
    }

    /// <summary>
    /// The check of <see cref="Check"/> once renamed files are known: refuses (before the commit) an update whose
    /// documents without a file, less those moved to a new name, are more than half of the index.
    /// </summary>
    /// <param name="indexPath">The index folder (for the message).</param>
    /// <param name="options">The builder's options (what is allowed).</param>
    /// <param name="requested">The seeds folder and pattern of this update.</param>
    /// <param name="state">What the last commit holds.</param>
    /// <param name="files">How many files the seeds folder holds.</param>
    /// <param name="deleted">Documents the update would delete (not counting those renamed).</param>
    /// <param name="rebuild">Whether the index is rebuilt from scratch.</param>
    /// <exception cref="IndexUpdateRefusedException">The update would delete most of the index.</exception>
    public static void CheckDeleted(string indexPath, IndexBuilderOptions options, SeedsOrigin requested, IndexState state, int files, int deleted, bool rebuild)
    {
        var allowed = rebuild || (files == 0 ? options.AllowEmptySeeds : options.AllowMassDeletion);
        if (state.Documents > 0 && !allowed && deleted * 2L > state.Documents)
        {
            throw new IndexUpdateRefusedException(indexPath, UpdateRefusal.MostDeleted, requested, state.Origin, files, state.Documents, deleted);
        }
    }
}
