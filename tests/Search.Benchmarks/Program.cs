using Search.Benchmarks;
using Search.Benchmarks.Macro;
using Search.Benchmarks.Micro;

// Entry point: `micro` (BenchmarkDotNet hot paths), `macro` (whole-program figures against the Java peer),
// `search-worker` (the searching child process that `macro` starts; not meant to be run by hand), `ab-queries` (two
// builds' searching processes taking turns) and its child `search-serve`.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage.Text);
    return args.Length == 0 ? 2 : 0;
}

try
{
    return args[0] switch
    {
        "micro" => MicroRunner.Run(args[1..]),
        "macro" => MacroRunner.Run(args[1..]),
        "search-worker" => SearchWorker.Run(args[1..]),
        "search-serve" => SearchServe.Run(args[1..]),
        "ab-queries" => AbRunner.Run(args[1..]),
        "profile-query" => Profiler.Query(args[1..]),
        "profile-index" => Profiler.Index(args[1..]),
        "profile-build" => Profiler.Build(args[1..]),
        "compare-snippets" => SnippetComparison.Run(args[1..]),
        _ => Usage.Fail($"unknown verb '{args[0]}'"),
    };
}
catch (UsageException ex)
{
    return Usage.Fail(ex.Message);
}
