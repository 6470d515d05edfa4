using System.CommandLine;
using Search.Core;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tui;

namespace Search.Cli.Commands;

/// <summary><c>search tui</c> (and <c>search</c> alone): the terminal UI.</summary>
internal static class TuiCommand
{
    private const int ListedFiles = 5;

    public static Command Create(CliEnvironment env)
    {
        var index = CliOptions.Index();
        var seeds = CliOptions.Seeds();
        var print = new Option<bool>("--print") { Description = "On exit, print the paths of the marked articles (m), or of the selected one, to standard output." };
        var command = new Command("tui", "Open the terminal UI (builds the index from the seeds folder first when it is missing).") { index, seeds, print };
        command.SetAction(parse => Run(env, parse.GetValue(index)!, parse.GetValue(seeds)!, print: parse.GetValue(print)));
        return command;
    }

    /// <summary>Opens the UI; builds a missing index first and, with <paramref name="updateFirst"/>, brings an existing one up to date.</summary>
    public static int Run(CliEnvironment env, string index, string seeds, bool updateFirst = false, bool print = false)
    {
        TuiWarmUp.Start(); // Terminal.Gui sets itself up on the other core while the index is checked and opened
        var settings = new IndexRunSettings(seeds, index);
        var rejected = new List<RejectedFile>();
        if (!SearchIndex.Exists(index))
        {
            var code = Build(env, settings, rejected);
            if (code != ExitCodes.Success)
            {
                return code;
            }
        }
        else if (updateFirst && Directory.Exists(seeds))
        {
            rejected.AddRange(Update(env, settings)?.Rejected ?? []);
        }

        // With --print the paths go to standard output, which may then be a pipe; the UI draws on the terminal.
        if (!env.Terminal && !(print && !Console.IsInputRedirected))
        {
            env.Error.WriteLine("search: the terminal UI needs a terminal; use 'search query' to search from a script.");
            return ExitCodes.Usage;
        }

        // The index opens on a pool thread while the window is set up and drawn; the first search waits for it.
        var opening = Task.Run(() => SearchIndex.Open(index));
        var outcome = TuiApp.Run(opening, new TuiOptions { Rejected = rejected, HistoryFile = Tui.ViewModels.QueryHistory.FileFor(index), Print = print });
        try
        {
            opening.GetAwaiter().GetResult().Dispose();
        }
        catch (IndexUnavailableException ex)
        {
            // The window said so in German; the command line says it as the other commands do.
            env.Error.WriteLine($"search: {CliMessages.For(ex)}");
            return ExitCodes.Usage;
        }

        if (outcome.Failure is { } failure)
        {
            env.Error.WriteLine(failure is IOException or InvalidOperationException or PlatformNotSupportedException
                ? $"search: the terminal UI could not run ({failure.Message}); 'search query' works without it."
                : $"search: the terminal UI stopped after an unexpected error: {failure}");
            return ExitCodes.Usage;
        }

        if (print)
        {
            foreach (var path in outcome.Chosen)
            {
                env.Out.WriteLine(path);
            }
        }

        return outcome.Cancelled && print ? 130 : ExitCodes.Success;
    }

    /// <summary>
    /// Brings an existing index up to date with the seeds folder before the UI opens (quick when nothing changed),
    /// saying what changed on standard error. Never keeps the UI from opening: when another process is writing the
    /// index, or the update fails or is refused, it says so and the index is shown as it is.
    /// </summary>
    private static IndexUpdateResult? Update(CliEnvironment env, IndexRunSettings settings)
    {
        try
        {
            var result = IndexCommand.Update(env, settings, showProgress: true, $"Updating the index from '{settings.Seeds}':");
            if (result.Added + result.Updated + result.Deleted + result.Renamed + result.Rejected.Count + result.Notices.Count > 0 || result.RebuildReason is not null)
            {
                IndexCommand.WriteSummary(env.Error, result, settings, ListedFiles);
            }

            return result;
        }
        catch (Exception ex) when (ex is SearchException or FormatException)
        {
            env.Error.WriteLine($"search: {(ex is SearchException error ? CliMessages.For(error) : ex.Message)} Showing the index as it is.");
            return null;
        }
    }

    /// <summary>Builds the missing index from the seeds folder; explains an unusable seeds folder.</summary>
    private static int Build(CliEnvironment env, IndexRunSettings settings, List<RejectedFile> rejected)
    {
        const string Advice = "Put article files (UTF-8 text starting with 'date YYYY-MM-DD') into it, or name another folder with --seeds DIR.";
        if (!Directory.Exists(settings.Seeds))
        {
            env.Error.WriteLine($"search: there is no index at '{settings.Index}', and the seeds folder '{settings.Seeds}' to build it from does not exist.");
            env.Error.WriteLine(Advice);
            return ExitCodes.Usage;
        }

        if (DocumentReader.FindFiles(settings.Seeds, settings.Pattern).Count == 0)
        {
            env.Error.WriteLine($"search: there is no index at '{settings.Index}', and the seeds folder '{settings.Seeds}' is empty (no {settings.Pattern} article files).");
            env.Error.WriteLine(Advice);
            return ExitCodes.Usage;
        }

        var created = !Directory.Exists(settings.Index);
        IndexUpdateResult result;
        try
        {
            result = IndexCommand.Update(env, settings, showProgress: true, $"Building the index from '{settings.Seeds}':");
        }
        catch (Exception ex) when (ex is SearchException or FormatException)
        {
            env.Error.WriteLine($"search: {(ex is SearchException error ? CliMessages.For(error) : ex.Message)}");
            return ExitCodes.Usage;
        }

        IndexCommand.WriteSummary(env.Error, result, settings, ListedFiles);
        rejected.AddRange(result.Rejected);
        if (result.TotalDocuments == 0)
        {
            if (created)
            {
                Directory.Delete(settings.Index, recursive: true); // the next start tries again
            }

            env.Error.WriteLine($"search: no file in '{settings.Seeds}' could be indexed, so there is nothing to search.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
}
