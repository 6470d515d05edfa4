using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Search.Benchmarks.Micro;

/// <summary>Runs the BenchmarkDotNet benchmarks: short runs, in process (no per-benchmark rebuild), with allocations.</summary>
internal static class MicroRunner
{
    public static int Run(string[] args)
    {
        var sample = MicroData.Articles(AnalysisBenchmarks.SampleSize);
        Console.WriteLine($"micro: corpus {MicroData.CorpusFolder}; analysis/entity sample {sample.Length} articles, "
            + $"{sample.Sum(d => d.Title.Length + d.Body.Length) / 1024.0:0.0} K characters");
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroRunner).Assembly)
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
