using System.Text.Json;

namespace Search.Benchmarks.Macro;

/// <summary>The Java peer's figures: index build (in-JVM time) and per-query timings.</summary>
internal sealed record PeerResult(int Docs, long Bytes, double IndexSeconds, long IndexBytes, string Lucene, List<QueryTiming> Queries, TimeSpan Wall)
{
    public int Runs { get; init; } = 1;

    public double DocsPerSecond => Docs / IndexSeconds;

    public double MedianP50 => Stats.Median(Queries.Select(q => Stats.P50(q.Ms)));

    public double PooledP95 => Stats.P95(Queries.SelectMany(q => q.Ms));
}

/// <summary>Runs ../shared/bench/run-lucene-peer.sh (Apache Lucene 8, GermanAnalyzer) and reads its results.</summary>
internal static class PeerRunner
{
    public static string DefaultScript => Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "bench", "run-lucene-peer.sh"));

    /// <summary>Several runs as one: the median index time, every query's timings of all runs pooled.</summary>
    public static PeerResult Pool(IReadOnlyList<PeerResult> results)
    {
        var median = results.OrderBy(r => r.IndexSeconds).ElementAt(results.Count / 2);
        var pooled = median.Queries.Select((q, i) => q with { Ms = [.. results.SelectMany(r => r.Queries[i].Ms)] }).ToList();
        return median with { Queries = pooled, Runs = results.Count };
    }

    public static PeerResult Run(string script, string corpus, string queries, string work)
    {
        if (!File.Exists(script))
        {
            throw new UsageException($"the peer script '{script}' does not exist (--peer-script)");
        }

        Directory.CreateDirectory(work);
        var run = ChildProcess.Run("bash", [script, corpus, queries, work]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the peer script failed (exit {run.ExitCode}):\n{run.Stderr}\n{run.Stdout}");
        }

        var indexLine = run.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith("{\"peer\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the peer printed no index figures:\n{run.Stdout}");
        using var index = JsonDocument.Parse(indexLine);
        var root = index.RootElement;
        using var query = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "queries.json")));
        var timings = new List<QueryTiming>();
        foreach (var q in query.RootElement.GetProperty("queries").EnumerateArray())
        {
            var us = q.GetProperty("us").EnumerateArray().Select(v => v.GetDouble() / 1000.0).ToArray();
            timings.Add(new QueryTiming(q.GetProperty("q").GetString() ?? "", q.GetProperty("hits").GetInt32(), us));
        }

        return new PeerResult(
            root.GetProperty("docs").GetInt32(),
            root.GetProperty("bytes").GetInt64(),
            root.GetProperty("index_s").GetDouble(),
            root.GetProperty("index_bytes").GetInt64(),
            root.GetProperty("lucene").GetString() ?? "",
            timings,
            run.Wall);
    }
}
