using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Search.Benchmarks.Macro;

/// <summary>
/// <c>ab-queries</c>: two builds' searching processes (<see cref="SearchServe"/>), each warm and on its own index,
/// take turns every few rounds, so both see the same load of a shared machine; per query the p50 of each and their
/// ratio. A build that lacks the <c>search-serve</c> verb can be measured with this benchmark program built against
/// its Search.Core (copy this folder into its checkout).
/// </summary>
internal static class AbRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--queries", "--a", "--b", "--alternations", "--rounds", "--out" });
        var queries = options.Require("--queries");
        var sides = new[] { Side.Parse(options.Require("--a")), Side.Parse(options.Require("--b")) };
        var alternations = options.Int("--alternations", 20);
        var rounds = options.Int("--rounds", 3);
        var processes = sides.Select(s => Start(s, queries)).ToArray();
        try
        {
            // Warm-up: both processes, three times, each followed by a pause (.NET re-compiles hot methods with full
            // optimisation in the background once calls quiet down).
            for (var pass = 0; pass < 3; pass++)
            {
                foreach (var process in processes)
                {
                    Turn(process, 10);
                }

                Thread.Sleep(1000);
            }

            var times = sides.Select(_ => new Dictionary<string, List<double>>(StringComparer.Ordinal)).ToArray();
            var allocated = sides.Select(_ => new List<double>()).ToArray();
            var loads = new List<double>();
            for (var i = 0; i < alternations; i++)
            {
                foreach (var k in i % 2 == 0 ? new[] { 0, 1 } : [1, 0])
                {
                    var turn = Turn(processes[k], rounds);
                    foreach (var (query, ms) in turn.Times)
                    {
                        (times[k].TryGetValue(query, out var list) ? list : times[k][query] = []).AddRange(ms);
                    }

                    allocated[k].Add(turn.AllocatedBytesPerRequest);
                }

                loads.Add(LoadAverage());
            }

            var report = Report(sides, times, allocated, loads, alternations, rounds);
            Console.Write(report);
            if (options.Get("--out") is { } output)
            {
                File.WriteAllText(output, report);
            }

            return 0;
        }
        finally
        {
            foreach (var process in processes)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(10_000))
                {
                    process.Kill();
                }

                process.Dispose();
            }
        }
    }

    private static Process Start(Side side, string queries)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { side.Program, "search-serve", "--index", side.Index, "--queries", queries })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new UsageException($"cannot start {side.Program}");
    }

    private static ServeTurn Turn(Process process, int rounds)
    {
        process.StandardInput.WriteLine($"go {rounds}");
        process.StandardInput.Flush();
        var line = process.StandardOutput.ReadLine() ?? throw new UsageException("a searching process ended early (is its program a Search.Benchmarks with search-serve?)");
        return JsonSerializer.Deserialize<ServeTurn>(line) ?? throw new UsageException("a searching process wrote no timings");
    }

    private static string Report(Side[] sides, Dictionary<string, List<double>>[] times, List<double>[] allocated, List<double> loads, int alternations, int rounds)
    {
        var (a, b) = (sides[0].Label, sides[1].Label);
        var text = new StringBuilder();
        text.AppendLine(Inv, $"{alternations} alternations of {rounds} rounds each, load average {loads.Min():F1}–{loads.Max():F1}");
        text.AppendLine();
        text.AppendLine(Inv, $"| query (plain, words ANDed; p50 ms) | {a} | {b} | {b} / {a} |");
        text.AppendLine("|---|---|---|---|");
        var p50s = new List<(double A, double B)>();
        foreach (var query in times[0].Keys)
        {
            var (pa, pb) = (Stats.P50(times[0][query]), Stats.P50(times[1][query]));
            p50s.Add((pa, pb));
            text.AppendLine(Inv, $"| `{query.Replace("|", "\\|", StringComparison.Ordinal)}` | {pa:F3} | {pb:F3} | {pb / pa:F2} |");
        }

        var (ma, mb) = (Stats.Median(p50s.Select(p => p.A)), Stats.Median(p50s.Select(p => p.B)));
        text.AppendLine(Inv, $"| median of per-query p50 | {ma:F3} | {mb:F3} | {mb / ma:F2} |");
        text.AppendLine(Inv, $"| bytes allocated per request | {Stats.Median(allocated[0]):F0} | {Stats.Median(allocated[1]):F0} | {Stats.Median(allocated[1]) / Stats.Median(allocated[0]):F2} |");
        return text.ToString();
    }

    private static double LoadAverage()
    {
        var first = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "NaN";
        return double.Parse(first, Inv);
    }

    /// <summary>One side: a label, a Search.Benchmarks program with <c>search-serve</c>, and its index.</summary>
    private sealed record Side(string Label, string Program, string Index)
    {
        /// <summary>Reads <c>LABEL=PROGRAM:INDEX</c>.</summary>
        public static Side Parse(string text)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var colon = text.LastIndexOf(':');
            return equals > 0 && colon > equals + 1 && colon < text.Length - 1
                ? new Side(text[..equals], text[(equals + 1)..colon], text[(colon + 1)..])
                : throw new UsageException($"--a and --b take LABEL=PROGRAM:INDEX, not '{text}'");
        }
    }
}
