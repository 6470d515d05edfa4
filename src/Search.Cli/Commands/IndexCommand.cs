using System.CommandLine;
using System.Globalization;
using Search.Cli.Output;
using Search.Core.Indexing;

namespace Search.Cli.Commands;

/// <summary><c>search index</c>: build or update the index from the seeds folder.</summary>
internal static class IndexCommand
{
    public static Command Create(CliEnvironment env)
    {
        var seeds = CliOptions.Seeds();
        var index = CliOptions.Index();
        var full = new Option<bool>("--full") { Description = "Rebuild the index from scratch instead of updating it." };
        var json = CliOptions.Json();
        var watch = new Option<bool>("--watch") { Description = "Keep running and apply changes as files appear, change or disappear (Ctrl+C stops)." };
        var pattern = new Option<string>("--pattern") { Description = "Which files are articles.", DefaultValueFactory = _ => "*.txt", HelpName = "GLOB" };
        var config = new Option<string>("--config")
        {
            Description = "Folder of your own settings: boilerplate.txt, actors.txt, locations.txt, aliases.txt (default: SEEDS/.search).",
            HelpName = "DIR",
        };
        var command = new Command("index", "Build or update the index from the article files in the seeds folder.")
        {
            seeds, index, full, json, watch, pattern, config,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = IndexSettings.FolderFor(parse.GetValue(seeds)!, parse.GetValue(config));
            var options = IndexSettings.Load(folder, IndexBuilderOptions.Default with { FilePattern = parse.GetValue(pattern)! });
            return Task.FromResult(parse.GetValue(watch)
                ? Watch(env, parse.GetValue(seeds)!, parse.GetValue(index)!, parse.GetValue(json), options, cancellationToken)
                : Run(env, parse.GetValue(seeds)!, parse.GetValue(index)!, parse.GetValue(full), parse.GetValue(json), cancellationToken, options));
        });
        return command;
    }

    public static int Watch(CliEnvironment env, string seeds, string index, bool json, IndexBuilderOptions options, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(seeds))
        {
            env.Error.WriteLine($"search: the seeds folder '{seeds}' does not exist.");
            return ExitCodes.Usage;
        }

        using var builder = IndexBuilder.Open(index, options);
        if (!json)
        {
            env.Error.WriteLine($"Watching {seeds} for changes; Ctrl+C stops.");
        }

        builder.Watch(seeds, result =>
        {
            if (json)
            {
                env.Out.WriteLine(JsonOutput.Index(result));
            }
            else
            {
                env.Out.Write(DateTime.Now.ToString("HH:mm:ss ", CultureInfo.InvariantCulture));
                WriteSummary(env.Out, result, seeds, index);
            }

            env.Out.Flush();
        }, cancellationToken: cancellationToken);
        return ExitCodes.Success;
    }

    public static int Run(CliEnvironment env, string seeds, string index, bool full, bool json, CancellationToken cancellationToken = default, IndexBuilderOptions? options = null)
    {
        if (!Directory.Exists(seeds))
        {
            env.Error.WriteLine($"search: the seeds folder '{seeds}' does not exist.");
            return ExitCodes.Usage;
        }

        using var builder = IndexBuilder.Open(index, options);
        var progress = env.Interactive && !json ? new Progress<IndexProgress>(p =>
            env.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rindexing {p.Processed}/{p.Total} "))) : null;
        var result = builder.UpdateFromFolder(seeds, full, progress, cancellationToken);
        if (progress is not null)
        {
            env.Error.Write("\r\u001b[K");
        }

        if (json)
        {
            env.Out.WriteLine(JsonOutput.Index(result));
        }
        else
        {
            WriteSummary(env.Out, result, seeds, index);
        }

        return result.Rejected.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static void WriteSummary(TextWriter output, IndexUpdateResult result, string seeds, string index)
    {
        if (result.RebuildReason is not null)
        {
            output.WriteLine($"Rebuilt the whole index: {result.RebuildReason}.");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {seeds} into {index}: {result.Added} added, {result.Updated} updated, {result.Deleted} deleted, {result.Renamed} renamed, {result.Unchanged} unchanged, {result.Rejected.Count} rejected ({result.Took.TotalMilliseconds:0} ms)."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.TotalDocuments} {(result.TotalDocuments == 1 ? "document" : "documents")} in the index."));
        foreach (var rejected in result.Rejected)
        {
            output.WriteLine($"rejected {rejected.Path}: {rejected.Reason}");
        }
    }
}
