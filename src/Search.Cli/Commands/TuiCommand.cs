using System.CommandLine;

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

    public static int Run(CliEnvironment env, string index, string seeds)
    {
        if (!Directory.Exists(index) || !Directory.EnumerateFiles(index, "segments*").Any())
        {
            var code = IndexCommand.Run(env, seeds, index, full: false, json: false);
            if (code is not (ExitCodes.Success or ExitCodes.SomeRejected))
            {
                return code;
            }
        }

        env.Error.WriteLine("search: the terminal UI is not built yet; use 'search query'.");
        return ExitCodes.Usage;
    }
}
