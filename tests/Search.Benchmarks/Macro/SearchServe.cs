using System.Diagnostics;
using System.Text.Json;
using Search.Core.Searching;

namespace Search.Benchmarks.Macro;

/// <summary>
/// The warm searching process of <c>ab-queries</c>: opens the index once, then for each line <c>go N</c> on standard
/// input runs N rounds round-robin over the queries (plain requests, words ANDed as the peer does: the macro
/// benchmark's plain-anded set) and prints one JSON line: each query's timings in milliseconds and the bytes the
/// thread allocated per request.
/// </summary>
internal static class SearchServe
{
    public static int Run(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--index", "--queries" });
        var queries = QueryForms.Read(options.Require("--queries")).Select(QueryForms.Anded).ToList();
        using var index = SearchIndex.Open(options.Require("--index"));
        string? line;
        while ((line = Console.ReadLine()) is not null)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[0] != "go" || !int.TryParse(parts[1], out var rounds) || rounds < 1)
            {
                throw new UsageException($"search-serve reads lines 'go N', not '{line}'");
            }

            var times = queries.Distinct().ToDictionary(q => q, _ => new List<double>());
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var query in queries)
                {
                    var start = Stopwatch.GetTimestamp();
                    index.Search(new SearchRequest { Text = query, Take = 10, FacetSize = 0, MaxSnippets = 0 });
                    times[query].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            var perRequest = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)(rounds * queries.Count);
            Console.WriteLine(JsonSerializer.Serialize(new ServeTurn(times, perRequest)));
        }

        return 0;
    }
}

/// <summary>One turn of <see cref="SearchServe"/>: timings per query (ms) and allocated bytes per request.</summary>
internal sealed record ServeTurn(Dictionary<string, List<double>> Times, double AllocatedBytesPerRequest);
