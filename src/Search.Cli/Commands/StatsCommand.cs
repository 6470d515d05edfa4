using System.CommandLine;
using System.Globalization;
using Search.Cli.Output;
using Search.Core.Searching;

namespace Search.Cli.Commands;

/// <summary><c>search stats</c>: figures about the index.</summary>
internal static class StatsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var index = CliOptions.Index();
        var json = CliOptions.Json();
        var command = new Command("stats", "Show figures about the index.") { index, json };
        command.SetAction(parse => Run(env, parse.GetValue(index)!, parse.GetValue(json)));
        return command;
    }

    public static int Run(CliEnvironment env, string indexPath, bool json)
    {
        using var index = SearchIndex.Open(indexPath);
        var stats = index.GetStatistics();
        if (json)
        {
            env.Out.WriteLine(JsonOutput.Stats(stats, index.Path));
            return ExitCodes.Success;
        }

        var c = CultureInfo.InvariantCulture;
        env.Out.WriteLine($"index:     {index.Path}");
        env.Out.WriteLine(string.Create(c, $"documents: {stats.Documents}"));
        env.Out.WriteLine(stats.OldestDate is null
            ? "dates:     none (no documents)"
            : string.Create(c, $"dates:     {stats.OldestDate:yyyy-MM-dd} to {stats.NewestDate:yyyy-MM-dd}"));
        env.Out.WriteLine(string.Create(c, $"actors:    {stats.DistinctActors} distinct"));
        env.Out.WriteLine(string.Create(c, $"locations: {stats.DistinctLocations} distinct"));
        env.Out.WriteLine(string.Create(c, $"size:      {stats.SizeBytes / 1024.0 / 1024.0:0.00} MB in {stats.Segments} segment(s)"));
        env.Out.WriteLine(string.Create(c, $"written:   {stats.LastCommit:yyyy-MM-dd HH:mm:ss} UTC"));
        env.Out.WriteLine(stats.Seeds is { } seeds ? $"seeds:     {seeds.Folder} (files matching {seeds.Pattern})" : "seeds:     unknown (no update from a seeds folder since the index began to remember it)");
        if (stats.FromAnotherVersion)
        {
            env.Out.WriteLine("version:   written by another version of this program, which analysed words otherwise; the next 'search index' rebuilds it");
        }

        return ExitCodes.Success;
    }
}
