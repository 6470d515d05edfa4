using System.CommandLine;
using Search.Cli.Commands;

namespace Search.Cli;

/// <summary>The <c>search</c> command line: verbs, options and exit codes as in docs/DESIGN.md.</summary>
internal static class CliApp
{
    /// <summary>Builds the root command for the given environment.</summary>
    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand("Full-text search with facets for German news. Without a verb, brings ./index up to date with ./seeds (building it if missing) and opens the terminal UI.");
        var index = CliOptions.Index();
        var seeds = CliOptions.Seeds();
        root.Options.Add(index);
        root.Options.Add(seeds);
        root.SetAction(parse => TuiCommand.Run(env, parse.GetValue(index)!, parse.GetValue(seeds)!, updateFirst: true));
        root.Subcommands.Add(IndexCommand.Create(env));
        root.Subcommands.Add(QueryCommand.Create(env));
        root.Subcommands.Add(ExtractCommand.Create(env));
        root.Subcommands.Add(StatsCommand.Create(env));
        root.Subcommands.Add(TuiCommand.Create(env));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        var root = Build(env);
        var parse = root.Parse(args);
        var errors = parse.Errors.Select(e => e.Message).ToList();
        if (UnknownOptions.Find(parse.CommandResult.Command, args) is { } unknown)
        {
            // A mistyped option named with the nearest one; the parser's own words for it (and for the value after it,
            // "--patern x") say less.
            errors.RemoveAll(e => e.StartsWith("Unrecognized command or argument", StringComparison.Ordinal));
            errors.Insert(0, unknown);
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                env.Error.WriteLine($"search: {error}");
            }

            var verb = args.FirstOrDefault(a => !a.StartsWith('-'));
            env.Error.WriteLine(root.Subcommands.Any(c => c.Name == verb) ? $"Try 'search {verb} --help'." : "Try 'search --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Core.SearchException ex)
        {
            env.Error.WriteLine($"search: {CliMessages.For(ex)}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine("search: cancelled; the index is left as it was after its last commit.");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            env.Error.WriteLine($"search: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}
