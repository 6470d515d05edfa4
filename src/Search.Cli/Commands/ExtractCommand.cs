using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Cli.Commands;

/// <summary><c>search extract</c>: parse files and extract date, title and entities without touching the index.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (folders are searched recursively for *.txt).", Arity = ArgumentArity.OneOrMore };
        var json = CliOptions.Json();
        var config = CliOptions.Config(
            "Folder of your own settings: boilerplate.txt, actors.txt, locations.txt, aliases.txt (default: the nearest .search folder beside each file or above it, as 'search index' uses SEEDS/.search).");
        var command = new Command("extract", "Read article files and print their date, title, actors and locations.") { paths, json, config };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(config);
            return Run(env, parse.GetValue(paths) ?? [], parse.GetValue(json), folder is null ? null : IndexSettings.Load(folder));
        });
        return command;
    }

    /// <summary>Reads and extracts every file; with <paramref name="options"/> null each file gets the settings of its nearest <c>.search</c> folder.</summary>
    public static int Run(CliEnvironment env, IReadOnlyList<string> paths, bool json, IndexBuilderOptions? options = null)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            env.Error.WriteLine($"search: no such file or folder: {string.Join(", ", missing)}");
            return ExitCodes.Usage;
        }

        var readers = new Dictionary<string, (DocumentReader Reader, EntityExtractor Extractor)>(StringComparer.Ordinal);
        var rejected = 0;
        foreach (var (path, id, root) in Expand(paths))
        {
            var (reader, extractor) = ReaderFor(root, options, readers);
            var result = reader.ReadFile(path, id);
            if (!result.IsSuccess)
            {
                rejected++;
                env.Out.WriteLine(json ? JsonOutput.ExtractError(id, path, result.Error!) : $"{id}: rejected: {result.Error}");
                continue;
            }

            var found = extractor.Extract(result.Document!.Title, result.Document.Body);
            var document = result.Document with { Actors = found.Actors, Locations = found.Locations };
            if (json)
            {
                env.Out.WriteLine(JsonOutput.Extracted(document, path, result.Notice));
                continue;
            }

            env.Out.WriteLine($"{id}");
            if (result.Notice is not null)
            {
                env.Out.WriteLine($"  notice:    {result.Notice}");
            }

            env.Out.WriteLine($"  date:      {document.Date:yyyy-MM-dd}");
            env.Out.WriteLine($"  title:     {document.Title}");
            env.Out.WriteLine($"  actors:    {string.Join(", ", document.Actors)}");
            env.Out.WriteLine($"  locations: {string.Join(", ", document.Locations)}");
        }

        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    /// <summary>
    /// The reader and extractor for the files of <paramref name="root"/> (a folder given, or the folder of a file given):
    /// of the given options, or of the nearest settings folder in or above it (one pair per settings folder).
    /// </summary>
    private static (DocumentReader, EntityExtractor) ReaderFor(string root, IndexBuilderOptions? given, Dictionary<string, (DocumentReader, EntityExtractor)> cache)
    {
        var folder = given is null ? IndexSettings.NearestFolder(root) ?? "" : "--config";
        if (!cache.TryGetValue(folder, out var pair))
        {
            var options = given ?? (folder.Length > 0 ? IndexSettings.Load(folder) : IndexBuilderOptions.Default);
            pair = (new DocumentReader(options.Reader), options.Entities is null ? EntityExtractor.Default : EntityExtractor.Create(options.Entities));
            cache[folder] = pair;
        }

        return pair;
    }

    /// <summary>The files to read, each with its id and the folder whose settings apply (the folder given, or the file's folder).</summary>
    private static IEnumerable<(string Path, string Id, string Root)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, Path.GetFileName(path), Path.GetDirectoryName(Path.GetFullPath(path))!);
                continue;
            }

            foreach (var file in DocumentReader.FindFiles(path))
            {
                // The path as the user wrote the folder ("w/seeds/a.txt"), as a file given by itself keeps its path.
                yield return (Path.Combine(path, file.Id), file.Id, path);
            }
        }
    }
}
