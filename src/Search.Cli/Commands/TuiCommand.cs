using System.CommandLine;
using Search.Core;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tui;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search tui</c> (and <c>search</c> alone): the terminal UI. What it says on the terminal before the window opens and
/// after it closes is German, as the window is (<see cref="GermanLaunchText"/>).
/// </summary>
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
        else if (updateFirst)
        {
            env.Error.WriteLine($"search: {GermanLaunchText.NoSeedsToUpdateFrom(seeds)}");
        }

        // With --print the paths go to standard output, which may then be a pipe; the UI draws on the terminal.
        if (!env.Terminal && !(print && !Console.IsInputRedirected))
        {
            env.Error.WriteLine($"search: {GermanLaunchText.NoTerminal}");
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
            // The window said so; the terminal keeps it after the window is gone.
            env.Error.WriteLine($"search: {GermanLaunchText.ForFailure(ex)}");
            return ExitCodes.Usage;
        }

        if (outcome.Failure is { } failure)
        {
            env.Error.WriteLine("search: " + (failure is IOException or InvalidOperationException or PlatformNotSupportedException
                ? GermanLaunchText.CouldNotRun(failure)
                : GermanLaunchText.Crashed(failure)));
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
    /// saying what changed on standard error (in German, as the UI speaks). Never keeps the UI from opening: when another process is writing the
    /// index, or the update fails or is refused, it says so and the index is shown as it is.
    /// </summary>
    private static IndexUpdateResult? Update(CliEnvironment env, IndexRunSettings settings)
    {
        try
        {
            var result = IndexCommand.Update(env, settings, showProgress: true, GermanLaunchText.Updating(settings.Seeds));
            if (result.Added + result.Updated + result.Deleted + result.Renamed + result.Rejected.Count + result.Notices.Count > 0 || result.RebuildCause is not null)
            {
                WriteSummary(env, result, settings);
            }

            return result;
        }
        catch (Exception ex) when (ex is SearchException or FormatException)
        {
            env.Error.WriteLine($"search: {GermanLaunchText.UpdateFailed(ex)}");
            return null;
        }
    }

    /// <summary>Builds the missing index from the seeds folder; explains an unusable seeds folder (in German).</summary>
    private static int Build(CliEnvironment env, IndexRunSettings settings, List<RejectedFile> rejected)
    {
        if (!Directory.Exists(settings.Seeds))
        {
            env.Error.WriteLine($"search: {GermanLaunchText.NoSeedsFolder(settings.Index, settings.Seeds)}");
            env.Error.WriteLine(GermanLaunchText.SeedsAdvice);
            return ExitCodes.Usage;
        }

        if (DocumentReader.FindFiles(settings.Seeds, settings.Pattern).Count == 0)
        {
            env.Error.WriteLine($"search: {GermanLaunchText.EmptySeedsFolder(settings.Index, settings.Seeds, settings.Pattern)}");
            env.Error.WriteLine(GermanLaunchText.SeedsAdvice);
            return ExitCodes.Usage;
        }

        var created = !Directory.Exists(settings.Index);
        IndexUpdateResult result;
        try
        {
            result = IndexCommand.Update(env, settings, showProgress: true, GermanLaunchText.Building(settings.Seeds));
        }
        catch (Exception ex) when (ex is SearchException or FormatException)
        {
            env.Error.WriteLine($"search: {GermanLaunchText.ForFailure(ex)}");
            return ExitCodes.Usage;
        }

        WriteSummary(env, result, settings);
        rejected.AddRange(result.Rejected);
        if (result.TotalDocuments == 0)
        {
            if (created)
            {
                Directory.Delete(settings.Index, recursive: true); // the next start tries again
            }

            env.Error.WriteLine($"search: {GermanLaunchText.NothingIndexed(settings.Seeds)}");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }

    private static void WriteSummary(CliEnvironment env, IndexUpdateResult result, IndexRunSettings settings)
    {
        foreach (var line in GermanLaunchText.Summary(result, settings.Seeds, ListedFiles))
        {
            env.Error.WriteLine(line);
        }
    }
}
