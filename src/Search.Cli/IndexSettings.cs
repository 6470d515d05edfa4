using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Cli;

/// <summary>
/// The user's own indexing settings, read from a folder (by default <c>SEEDS/.search</c>): <c>boilerplate.txt</c>
/// (one <c>START ... END</c> rule a line, added to the built-in rules), <c>actors.txt</c> and <c>locations.txt</c>
/// (one name a line) and <c>aliases.txt</c> (<c>variant = canonical</c> a line). Every file is optional.
/// </summary>
internal static class IndexSettings
{
    public const string FolderName = ".search";

    /// <summary>The settings folder to use: the one given, or SEEDS/.search.</summary>
    public static string FolderFor(string seeds, string? given) => given ?? Path.Combine(seeds, FolderName);

    /// <summary>
    /// The settings folder that applies to article files read on their own (<c>search extract</c>) from
    /// <paramref name="folder"/>: the nearest <c>.search</c> folder in it or above it, as <c>search index</c> uses
    /// SEEDS/.search for every file of its seeds folder. The search stops at the root of a git repository (a folder
    /// holding <c>.git</c>) and at the file-system root; null when there is none.
    /// </summary>
    public static string? NearestFolder(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Builds the index options from the folder; a missing folder gives the defaults.</summary>
    /// <exception cref="FormatException">A file has a malformed line (the message names file and line).</exception>
    public static IndexBuilderOptions Load(string folder, IndexBuilderOptions? baseOptions = null)
    {
        var options = baseOptions ?? IndexBuilderOptions.Default;
        if (!Directory.Exists(folder))
        {
            return options;
        }

        string? File(string name)
        {
            var path = Path.Combine(folder, name);
            return System.IO.File.Exists(path) ? path : null;
        }

        var boilerplate = File("boilerplate.txt");
        if (boilerplate is not null)
        {
            options = options with
            {
                Reader = options.Reader with { Boilerplate = [.. BoilerplateRule.Defaults, .. BoilerplateRule.Load(boilerplate)] },
            };
        }

        var (actors, locations, aliases) = (File("actors.txt"), File("locations.txt"), File("aliases.txt"));
        if (actors is not null || locations is not null || aliases is not null)
        {
            options = options with { Entities = EntityExtractorOptions.FromFiles(actors, locations, aliases) };
        }

        return options;
    }
}
