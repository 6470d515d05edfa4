using System.CommandLine;
using System.Globalization;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tui;

namespace Search.Cli.Commands;

/// <summary><c>search tui</c> (and <c>search</c> alone): the terminal UI.</summary>
internal static class TuiCommand
{
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
        var rejected = new List<(string Path, string Reason)>();
        if (!Directory.Exists(index) || !Directory.EnumerateFiles(index, "segments*").Any())
        {
            var code = Build(env, index, seeds, rejected);
            if (code != ExitCodes.Success)
            {
                return code;
            }
        }
        else if (updateFirst && Directory.Exists(seeds))
        {
            Update(env, index, seeds, rejected);
        }

        if (Console.IsInputRedirected || (Console.IsOutputRedirected && !print))
        {
            env.Error.WriteLine("search: the terminal UI needs a terminal; use 'search query' to search from a script.");
            return ExitCodes.Usage;
        }

        SearchIndex searchIndex;
        try
        {
            searchIndex = SearchIndex.Open(index);
        }
        catch (IndexUnavailableException ex)
        {
            env.Error.WriteLine($"search: {ex.Message}");
            return ExitCodes.Usage;
        }

        TuiOutcome outcome;
        using (searchIndex)
        {
            outcome = TuiApp.Run(searchIndex, new TuiOptions { Rejected = rejected, HistoryFile = Tui.ViewModels.QueryHistory.FileFor(index), Print = print });
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

    /// <summary>Writes index progress on one line of standard error, synchronously (reports come from worker threads).</summary>
    private sealed class ProgressLine(TextWriter error, string label) : IProgress<IndexProgress>
    {
        private readonly Lock _lock = new();
        private bool _stopped;

        public void Report(IndexProgress value)
        {
            lock (_lock)
            {
                if (!_stopped)
                {
                    error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label}: {value.Processed}/{value.Total} files "));
                }
            }
        }

        public void Stop()
        {
            lock (_lock)
            {
                _stopped = true;
            }
        }
    }

    /// <summary>
    /// Brings an existing index up to date with the seeds folder before the UI opens (quick when nothing changed).
    /// Never keeps the UI from opening: when another process is writing the index, or the update fails, it says so
    /// and the index is shown as it is.
    /// </summary>
    private static void Update(CliEnvironment env, string index, string seeds, List<(string Path, string Reason)> rejected)
    {
        try
        {
            using var builder = IndexBuilder.Open(index, IndexSettings.Load(IndexSettings.FolderFor(seeds, null)));
            var progress = new ProgressLine(env.Error, $"Updating the index from '{seeds}'");
            var result = builder.UpdateFromFolder(seeds, full: false, env.Interactive ? progress : null);
            progress.Stop();
            rejected.AddRange(result.Rejected.Select(r => (r.Path, r.Reason)));
            var changed = result.Added + result.Updated + result.Deleted + result.Renamed;
            if (changed > 0 || result.RebuildReason is not null)
            {
                env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(env.Interactive ? "\r\u001b[K" : "")}Updated the index from '{seeds}': {result.Added} added, {result.Updated} updated, {result.Deleted} deleted{(result.RebuildReason is null ? "" : $" (rebuilt: {result.RebuildReason})")}."));
            }
            else if (env.Interactive)
            {
                env.Error.Write("\r\u001b[K");
            }
        }
        catch (Core.SearchException ex)
        {
            env.Error.WriteLine($"search: {ex.Message} Showing the index as it is.");
        }
    }

    /// <summary>Builds the missing index from the seeds folder, with a progress line; explains an unusable seeds folder.</summary>
    private static int Build(CliEnvironment env, string index, string seeds, List<(string Path, string Reason)> rejected)
    {
        if (!Directory.Exists(seeds))
        {
            env.Error.WriteLine($"search: there is no index at '{index}', and the seeds folder '{seeds}' to build it from does not exist.");
            env.Error.WriteLine("Put article files (UTF-8 text starting with 'date YYYY-MM-DD') into it, or name another folder with --seeds DIR.");
            return ExitCodes.Usage;
        }

        if (Core.Documents.DocumentReader.FindFiles(seeds).Count == 0)
        {
            env.Error.WriteLine($"search: there is no index at '{index}', and the seeds folder '{seeds}' is empty (no *.txt article files).");
            env.Error.WriteLine("Put article files (UTF-8 text starting with 'date YYYY-MM-DD') into it, or name another folder with --seeds DIR.");
            return ExitCodes.Usage;
        }

        var created = !Directory.Exists(index);
        IndexUpdateResult result;
        try
        {
            using var builder = IndexBuilder.Open(index, IndexSettings.Load(IndexSettings.FolderFor(seeds, null)));
            env.Error.Write(env.Interactive ? $"Building the index from '{seeds}' …" : "");
            var progress = new ProgressLine(env.Error, $"Building the index from '{seeds}'");
            result = builder.UpdateFromFolder(seeds, full: false, env.Interactive ? progress : null);
            progress.Stop();
        }
        catch (IndexLockedException ex)
        {
            if (env.Interactive)
            {
                env.Error.WriteLine();
            }

            env.Error.WriteLine($"search: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (IndexUnavailableException ex)
        {
            if (env.Interactive)
            {
                env.Error.WriteLine();
            }

            env.Error.WriteLine($"search: {ex.Message}");
            return ExitCodes.Usage;
        }

        env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(env.Interactive ? "\r\u001b[K" : "")}Built the index from '{seeds}': {result.TotalDocuments} documents, {result.Rejected.Count} files rejected ({result.Took.TotalSeconds:0.0} s)."));
        rejected.AddRange(result.Rejected.Select(r => (r.Path, r.Reason))); // the UI's status bar counts them (F2 lists them)
        foreach (var file in result.Rejected.Take(5))
        {
            env.Error.WriteLine($"  rejected {file.Path}: {file.Reason}");
        }

        if (result.Rejected.Count > 5)
        {
            env.Error.WriteLine($"  … and {result.Rejected.Count - 5} more; 'search index' lists them all.");
        }

        if (result.TotalDocuments == 0)
        {
            if (created)
            {
                Directory.Delete(index, recursive: true); // the next start tries again
            }

            env.Error.WriteLine($"search: no file in '{seeds}' could be indexed, so there is nothing to search.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
}
