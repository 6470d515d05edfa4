using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Search.Cli.Output;
using Search.Core.Indexing;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search index</c>: build or update the index from the seeds folder. Also the one path by which the terminal UI
/// builds or updates its index before it opens (<see cref="Update"/> and <see cref="WriteSummary"/>).
/// </summary>
internal static class IndexCommand
{
    public static Command Create(CliEnvironment env)
    {
        var seeds = CliOptions.Seeds();
        var index = CliOptions.Index();
        var full = new Option<bool>("--full") { Description = "Rebuild the index from scratch instead of updating it." };
        var json = CliOptions.Json();
        var watch = new Option<bool>("--watch") { Description = "Keep running and apply changes as files appear, change or disappear (Ctrl+C stops)." };
        var pattern = CliOptions.Pattern();
        var config = CliOptions.Config("Folder of your own settings: boilerplate.txt, actors.txt, locations.txt, aliases.txt (default: SEEDS/.search).");
        var prune = new Option<bool>("--prune") { Description = "Allow the update to delete more than half of the documents (their files are gone)." };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Allow a seeds folder without article files to empty the index." };
        var command = new Command("index", "Build or update the index from the article files in the seeds folder.")
        {
            seeds, index, full, json, watch, pattern, config, prune, allowEmpty,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new IndexRunSettings(
                parse.GetValue(seeds)!,
                parse.GetValue(index)!,
                parse.GetValue(full),
                parse.GetValue(pattern)!,
                parse.GetValue(config),
                parse.GetValue(prune),
                parse.GetValue(allowEmpty));
            return Task.FromResult(parse.GetValue(watch)
                ? Watch(env, settings, parse.GetValue(json), cancellationToken)
                : Run(env, settings, parse.GetValue(json), cancellationToken));
        });
        return command;
    }

    /// <param name="env">Where to write.</param>
    /// <param name="settings">The folders and options.</param>
    /// <param name="json">One JSON object per update instead of a line.</param>
    /// <param name="cancellationToken">Ends watching (Ctrl+C).</param>
    /// <param name="rescan">The safety scan's interval (tests; default 30 seconds).</param>
    public static int Watch(CliEnvironment env, IndexRunSettings settings, bool json, CancellationToken cancellationToken, TimeSpan? rescan = null)
    {
        if (!SeedsExist(env, settings))
        {
            return ExitCodes.Usage;
        }

        using var builder = IndexBuilder.Open(settings.Index, settings.BuilderOptions());
        if (!json)
        {
            env.Error.WriteLine($"Watching {settings.Seeds} for changes; Ctrl+C stops.");
        }

        // --full rebuilds first; the watch's own first update then usually finds nothing to do, and is not printed.
        var report = new WatchReport(rebuiltFirst: settings.Full);
        if (settings.Full)
        {
            var rebuilt = builder.UpdateFromFolder(settings.Seeds, full: true, cancellationToken: cancellationToken);
            report.Printed(rebuilt);
            Print(rebuilt);
        }

        builder.Watch(settings.Seeds, result =>
        {
            if (report.ShouldPrint(result))
            {
                Print(result);
            }
        }, rescanInterval: rescan, cancellationToken: cancellationToken);
        return ExitCodes.Success;

        void Print(IndexUpdateResult result)
        {
            if (json)
            {
                env.Out.WriteLine(JsonOutput.Index(result));
            }
            else
            {
                env.Out.Write(DateTime.Now.ToString("HH:mm:ss ", CultureInfo.InvariantCulture));
                WriteSummary(env.Out, result, settings);
            }

            env.Out.Flush();
        }
    }

    public static int Run(CliEnvironment env, IndexRunSettings settings, bool json, CancellationToken cancellationToken = default)
    {
        if (!SeedsExist(env, settings))
        {
            return ExitCodes.Usage;
        }

        // The first Ctrl+C stops the update at its next step (it rolls back to the last commit) and says so; a second
        // one ends the process at once. Without this, Ctrl+C ended the process with 130 and no word.
        using var interrupt = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, interrupt.Token);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            if (!interrupt.IsCancellationRequested)
            {
                context.Cancel = true;
                interrupt.Cancel();
            }
        });
        IndexUpdateResult result;
        try
        {
            result = Update(env, settings, showProgress: !json, "indexing", stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            env.Error.WriteLine("search: interrupted; the index is left as it was after its last commit (a long update commits every minute). Run 'search index' again to go on.");
            return ExitCodes.Interrupted;
        }

        if (json)
        {
            env.Out.WriteLine(JsonOutput.Index(result));
        }
        else
        {
            WriteSummary(env.Out, result, settings);
        }

        if (result.TotalDocuments == 0 && result.Added + result.Updated + result.Unchanged + result.Rejected.Count == 0 && !settings.AllowEmpty)
        {
            // Nothing matched and the index is empty: a mistyped pattern or folder, not an index anyone wants.
            env.Error.WriteLine(
                $"search: no file in '{settings.Seeds}' matches --pattern '{settings.Pattern}', so the index at '{settings.Index}' is empty. " +
                "A pattern names files in the seeds folder and in every folder below it, as '*.txt' or '2024/*.txt' do " +
                "('**' and '{a,b}' are not supported). Put article files there, or pass --allow-empty to keep an empty index.");
            return ExitCodes.Usage;
        }

        return result.Rejected.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    /// <summary>
    /// Runs one update with a progress line on standard error (when it is a terminal and <paramref name="showProgress"/>),
    /// the line cleared afterwards.
    /// </summary>
    /// <exception cref="Core.SearchException">The index is locked, unusable, or the update was refused.</exception>
    public static IndexUpdateResult Update(CliEnvironment env, IndexRunSettings settings, bool showProgress, string label, CancellationToken cancellationToken = default)
    {
        using var builder = IndexBuilder.Open(settings.Index, settings.BuilderOptions());
        var progress = env.Interactive && showProgress ? new ProgressLine(env.Error, label) : null;
        try
        {
            return builder.UpdateFromFolder(settings.Seeds, settings.Full, progress, cancellationToken);
        }
        finally
        {
            progress?.Stop();
        }
    }

    /// <summary>Says that the seeds folder does not exist, and returns false, when it does not.</summary>
    public static bool SeedsExist(CliEnvironment env, IndexRunSettings settings)
    {
        if (Directory.Exists(settings.Seeds))
        {
            return true;
        }

        env.Error.WriteLine(File.Exists(settings.Seeds)
            ? $"search: the seeds folder '{settings.Seeds}' is a file; name the folder that holds the article files."
            : $"search: the seeds folder '{settings.Seeds}' does not exist.");
        return false;
    }

    /// <summary>
    /// The counts of an update, the files read with a notice and the rejected files with their reasons (at most
    /// <paramref name="listAtMost"/> of each, then how many more).
    /// </summary>
    public static void WriteSummary(TextWriter output, IndexUpdateResult result, IndexRunSettings settings, int listAtMost = int.MaxValue)
    {
        if (result.RebuildReason is not null)
        {
            output.WriteLine($"Rebuilt the whole index: {result.RebuildReason}.");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {settings.Seeds} into {settings.Index}: {result.Added} added, {result.Updated} updated, {result.Deleted} deleted, {result.Renamed} renamed, {result.Unchanged} unchanged, {result.Rejected.Count} rejected ({result.Took.TotalMilliseconds:0} ms)."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.TotalDocuments} {(result.TotalDocuments == 1 ? "document" : "documents")} in the index."));
        List(output, "notice", result.Notices.Select(n => (n.Path, n.Message)).ToList(), listAtMost);
        List(output, "rejected", result.Rejected.Select(r => (r.Path, r.Reason)).ToList(), listAtMost);
    }

    private static void List(TextWriter output, string label, List<(string Path, string Text)> files, int listAtMost)
    {
        foreach (var (path, text) in files.Take(listAtMost))
        {
            output.WriteLine($"{label} {TextOutput.OneLine(path)}: {TextOutput.OneLine(text)}");
        }

        if (files.Count > listAtMost)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {files.Count - listAtMost} more {label}; 'search index' lists them all."));
        }
    }
}
