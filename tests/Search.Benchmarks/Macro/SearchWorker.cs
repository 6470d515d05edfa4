using System.Diagnostics;
using System.Text.Json;
using Search.Core.Searching;

namespace Search.Benchmarks.Macro;

/// <summary>Timings of one query over the timed rounds, in milliseconds.</summary>
internal sealed record QueryTiming(string Query, int Hits, double[] Ms);

/// <summary>A set of requests, each timed over the same number of rounds.</summary>
internal sealed record QuerySet(string Name, string Description, List<QueryTiming> Queries, double AllocatedBytesPerRequest = 0)
{
    /// <summary>Median over the queries of each query's p50 (the peer script's summary figure).</summary>
    public double MedianP50 => Stats.Median(Queries.Select(q => Stats.P50(q.Ms)));

    /// <summary>p95 of all timings of all queries.</summary>
    public double PooledP95 => Stats.P95(Queries.SelectMany(q => q.Ms));

    /// <summary>p50 of all timings of all queries.</summary>
    public double PooledP50 => Stats.P50(Queries.SelectMany(q => q.Ms));
}

/// <summary>What the searching child process reports.</summary>
internal sealed record WorkerResult(int Docs, double OpenMs, double FirstQueryMs, List<QuerySet> Sets, long PeakRssKb, long RssKb, long GcHeapBytes);

/// <summary>
/// The searching process of the macro benchmark: opens the index with the library, runs every request set
/// (warm-up rounds, then timed rounds, round-robin over the queries as the peer does), then reports its own memory.
/// Prints one JSON object.
/// </summary>
internal static class SearchWorker
{
    public static int Run(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--index", "--queries", "--rounds", "--warmup", "--full-rounds" });
        var queries = QueryForms.Read(options.Require("--queries"));
        var rounds = options.Int("--rounds", 50);
        var warmup = options.Int("--warmup", 10);
        var fullRounds = options.Int("--full-rounds", 15);

        var open = Stopwatch.StartNew();
        using var index = SearchIndex.Open(options.Require("--index"));
        var openMs = open.Elapsed.TotalMilliseconds;
        var first = Stopwatch.StartNew();
        var docs = index.Search(new SearchRequest { Text = queries[0], FacetSize = 0, MaxSnippets = 0 }).TotalHits;
        var firstMs = first.Elapsed.TotalMilliseconds;
        docs = index.Search(new SearchRequest { Text = "", Take = 0, FacetSize = 0, MaxSnippets = 0 }).TotalHits;

        static SearchRequest Plain(string text) => new() { Text = text, Take = 10, FacetSize = 0, MaxSnippets = 0 };
        var specs = new (string Name, string Description, IReadOnlyList<string> Queries, Func<string, SearchRequest> Request, int Rounds, int Warmup)[]
        {
            ("plain-anded", "plain (words ANDed as the peer does)", queries, q => Plain(QueryForms.Anded(q)), rounds, warmup),
            ("plain-typed", "plain, as typed (our default operator)", queries, q => Plain(q), rounds, warmup),
            ("plain-allplus", "plain, '+' before every word (no ranking bonuses)", queries, q => Plain(QueryForms.AllPlus(q)), rounds, warmup),
            ("full", "full request (3 facet dims + 10 hits x 1 snippet)", queries,
                q => new SearchRequest { Text = q, Take = 10, FacetSize = 10, MaxSnippets = 1 }, fullRounds, Math.Min(warmup, 3)),
            ("full-default", "default request (3 facet dims + 10 hits x 2 snippets)", queries,
                q => new SearchRequest { Text = q }, fullRounds, Math.Min(warmup, 3)),
            ("matchall-facets", "match-all, facet counts (FacetSize 10, no snippets)", [""],
                q => new SearchRequest { Text = q, Take = 10, FacetSize = 10, MaxSnippets = 0 }, rounds, warmup),
            ("matchall-nofacets", "match-all, no facet counts (FacetSize 0)", [""],
                q => new SearchRequest { Text = q, Take = 10, FacetSize = 0, MaxSnippets = 0 }, rounds, warmup),
        };

        // Warm the whole process first (JIT tiers settle, caches fill), so the set timed first is not the one that
        // pays for it; then time every set.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var spec in specs)
            {
                Time(index, spec.Name, spec.Description, spec.Queries, spec.Request, 0, spec.Warmup);
            }

            // Let the runtime finish in the background what the warm-up started (re-compiling hot methods with
            // full optimisation, a collection of the warm-up's garbage) before the next pass and the timing.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(1000);
        }

        var sets = specs.Select(spec => Time(index, spec.Name, spec.Description, spec.Queries, spec.Request, spec.Rounds, spec.Warmup)).ToList();

        var result = new WorkerResult(
            docs,
            openMs,
            firstMs,
            sets,
            ChildProcess.ReadOwnStatusKb("VmHWM"),
            ChildProcess.ReadOwnStatusKb("VmRSS"),
            GC.GetGCMemoryInfo().HeapSizeBytes);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static QuerySet Time(SearchIndex index, string name, string description, IReadOnlyList<string> queries, Func<string, SearchRequest> request, int rounds, int warmup)
    {
        var requests = queries.Select(request).ToArray();
        var ms = new double[queries.Count][];
        var hits = new int[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            ms[i] = new double[rounds];
        }

        long allocatedBefore = 0;
        for (var round = -warmup; round < rounds; round++)
        {
            if (round == 0)
            {
                allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            }

            for (var i = 0; i < requests.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var results = index.Search(requests[i]);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (round >= 0)
                {
                    ms[i][round] = elapsed;
                    hits[i] = results.TotalHits;
                }
            }
        }

        // Bytes allocated by this thread per timed request (the searches run on it), stopwatch reads included.
        var allocated = rounds == 0 ? 0 : (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)(rounds * requests.Length);
        return new QuerySet(name, description, [.. queries.Select((q, i) => new QueryTiming(requests[i].Text, hits[i], ms[i]))], allocated);
    }
}
