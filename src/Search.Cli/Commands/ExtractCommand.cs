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
        var config = new Option<string>("--config")
        {
            Description = "Folder of your own settings: boilerplate.txt, actors.txt, locations.txt, aliases.txt.",
            HelpName = "DIR",
        };
        var command = new Command("extract", "Read article files and print their date, title, actors and locations.") { paths, json, config };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(config);
            var options = folder is null ? IndexBuilderOptions.Default : IndexSettings.Load(folder);
            return Run(env, parse.GetValue(paths) ?? [], parse.GetValue(json), options);
        });
        return command;
    }

    public static int Run(CliEnvironment env, IReadOnlyList<string> paths, bool json, IndexBuilderOptions? options = null)
    {
        options ??= IndexBuilderOptions.Default;
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            env.Error.WriteLine($"search: no such file or folder: {string.Join(", ", missing)}");
            return ExitCodes.Usage;
        }

        var reader = new DocumentReader(options.Reader);
        var extractor = options.Entities is null ? EntityExtractor.Default : EntityExtractor.Create(options.Entities);
        var rejected = 0;
        foreach (var (path, id) in Expand(paths))
        {
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
                env.Out.WriteLine(JsonOutput.Extracted(document, path));
                continue;
            }

            env.Out.WriteLine($"{id}");
            env.Out.WriteLine($"  date:      {document.Date:yyyy-MM-dd}");
            env.Out.WriteLine($"  title:     {document.Title}");
            env.Out.WriteLine($"  actors:    {string.Join(", ", document.Actors)}");
            env.Out.WriteLine($"  locations: {string.Join(", ", document.Locations)}");
        }

        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static IEnumerable<(string Path, string Id)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, Path.GetFileName(path));
                continue;
            }

            foreach (var file in DocumentReader.FindFiles(path))
            {
                yield return (file.Path, file.Id);
            }
        }
    }
}
