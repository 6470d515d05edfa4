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
        var command = new Command("tui", "Open the terminal UI (builds the index from the seeds folder first when it is missing).") { index, seeds };
        command.SetAction(parse => Run(env, parse.GetValue(index)!, parse.GetValue(seeds)!));
        return command;
    }

    /// <summary>Opens the UI; builds a missing index first and, with <paramref name="updateFirst"/>, brings an existing one up to date.</summary>
    public static int Run(CliEnvironment env, string index, string seeds, bool updateFirst = false)
    {
        if (!Directory.Exists(index) || !Directory.EnumerateFiles(index, "segments*").Any())
        {
            var code = Build(env, index, seeds);
            if (code != ExitCodes.Success)
            {
                return code;
            }
        }
        else if (updateFirst && Directory.Exists(seeds))
        {
            Update(env, index, seeds);
        }

        if (Console.IsInputRedirected || Console.IsOutputRedirected)
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

        using (searchIndex)
        {
            try
            {
                TuiApp.Run(searchIndex);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or PlatformNotSupportedException)
            {
                env.Error.WriteLine($"search: the terminal UI could not run ({ex.Message}); 'search query' works without it.");
                return ExitCodes.Usage;
            }
        }

        return ExitCodes.Success;
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
    private static void Update(CliEnvironment env, string index, string seeds)
    {
        try
        {
            using var builder = IndexBuilder.Open(index, IndexSettings.Load(IndexSettings.FolderFor(seeds, null)));
            var progress = new ProgressLine(env.Error, $"Updating the index from '{seeds}'");
            var result = builder.UpdateFromFolder(seeds, full: false, env.Interactive ? progress : null);
            progress.Stop();
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
    private static int Build(CliEnvironment env, string index, string seeds)
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
        foreach (var rejected in result.Rejected.Take(5))
        {
            env.Error.WriteLine($"  rejected {rejected.Path}: {rejected.Reason}");
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
