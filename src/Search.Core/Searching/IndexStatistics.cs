namespace Search.Core.Searching;

/// <summary>Figures about an open index.</summary>
/// <param name="Documents">Documents in the index.</param>
/// <param name="Segments">Lucene segments.</param>
/// <param name="SizeBytes">Size of the index files on disk.</param>
/// <param name="OldestDate">Earliest publication date, or null for an empty index.</param>
/// <param name="NewestDate">Latest publication date, or null for an empty index.</param>
/// <param name="DistinctActors">Distinct actor values of live documents, as the facets count them (merged names and spellings once).</param>
/// <param name="DistinctLocations">Distinct location values of live documents, as the facets count them.</param>
/// <param name="LastCommit">When the index was last written (file time of the commit, UTC), if known.</param>
/// <param name="Seeds">The seeds folder and file pattern of the last update from a folder, if the index remembers them.</param>
public sealed record IndexStatistics(
    int Documents,
    int Segments,
    long SizeBytes,
    DateOnly? OldestDate,
    DateOnly? NewestDate,
    long DistinctActors,
    long DistinctLocations,
    DateTimeOffset? LastCommit,
    Indexing.SeedsOrigin? Seeds = null)
{
    /// <summary>
    /// True when another version of the program wrote the index, one that analysed text otherwise (its schema differs):
    /// searches run, but a word may not meet its forms as this version would have it until the next update rebuilds
    /// the index.
    /// </summary>
    public bool FromAnotherVersion { get; init; }
}
