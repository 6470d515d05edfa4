namespace Search.Core.Indexing;

/// <summary>Why an update from a seeds folder was refused (see <see cref="IndexUpdateRefusedException"/>).</summary>
public enum UpdateRefusal
{
    /// <summary>
    /// The seeds folder holds no file matching the pattern, so the update would empty an index that holds documents.
    /// Allowed with <see cref="IndexBuilderOptions.AllowEmptySeeds"/>.
    /// </summary>
    NoFiles,

    /// <summary>
    /// The update would delete more than half of the documents, because their files are not in the seeds folder.
    /// Allowed with <see cref="IndexBuilderOptions.AllowMassDeletion"/> or by a full rebuild.
    /// </summary>
    MostDeleted,
}
