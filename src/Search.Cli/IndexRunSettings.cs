using Search.Core.Indexing;

namespace Search.Cli;

/// <summary>What one run of the indexer is asked to do, from the command line.</summary>
/// <param name="Seeds">The seeds folder.</param>
/// <param name="Index">The index folder.</param>
/// <param name="Full">Rebuild from scratch.</param>
/// <param name="Pattern">Which files are articles.</param>
/// <param name="Config">The settings folder given with --config, or null for SEEDS/.search.</param>
/// <param name="Prune">Allow deleting more than half of the documents (--prune).</param>
/// <param name="AllowEmpty">Allow a seeds folder without articles to empty the index (--allow-empty).</param>
internal sealed record IndexRunSettings(
    string Seeds,
    string Index,
    bool Full = false,
    string Pattern = "*.txt",
    string? Config = null,
    bool Prune = false,
    bool AllowEmpty = false)
{
    /// <summary>The builder options: the user's settings folder, the pattern and the permissions.</summary>
    /// <exception cref="FormatException">A settings file has a malformed line.</exception>
    public IndexBuilderOptions BuilderOptions() => IndexSettings.Load(
        IndexSettings.FolderFor(Seeds, Config),
        IndexBuilderOptions.Default with { FilePattern = Pattern, AllowMassDeletion = Prune, AllowEmptySeeds = AllowEmpty });
}
