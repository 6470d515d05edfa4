using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Search.Benchmarks.Macro;

/// <summary>One run of `search index`: what it reported and what it cost.</summary>
internal sealed record IndexRun(double TookMs, TimeSpan Wall, long PeakRssKb, int Added, int Updated, int Unchanged, int Rejected);

/// <summary>
/// Whole-program figures on a corpus: full build and one-file update through the `search` CLI (child processes,
/// peak RSS from the kernel), query timings and memory from a separate searching process (this program in
/// `search-worker` mode, which uses the library), and optionally the Java peer on the same corpus and queries.
/// </summary>
internal static class MacroRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = new Options(args,
            new HashSet<string> { "--peer" },
            new HashSet<string> { "--corpus", "--queries", "--out", "--index", "--cli", "--rounds", "--warmup", "--full-rounds", "--repeat", "--update-runs", "--peer-work", "--peer-script", "--built" });
        var corpus = Path.GetFullPath(options.Require("--corpus"));
        var queries = Path.GetFullPath(options.Require("--queries"));
        if (!Directory.Exists(corpus))
        {
            throw new UsageException($"the corpus '{corpus}' does not exist (make one with scale-corpus.py)");
        }

        if (!File.Exists(queries))
        {
            throw new UsageException($"the queries file '{queries}' does not exist");
        }

        var name = Path.GetFileName(corpus.TrimEnd('/'));
        var work = Path.Combine(Path.GetTempPath(), "search-bench");
        var index = Path.GetFullPath(options.Get("--index") ?? Path.Combine(work, $"index-{name}"));
        var peerWork = Path.GetFullPath(options.Get("--peer-work") ?? Path.Combine(work, $"peer-{name}"));
        var rounds = options.Int("--rounds", 50);
        var warmup = options.Int("--warmup", 10);
        var fullRounds = options.Int("--full-rounds", 15);
        var repeat = options.Int("--repeat", 1);
        var updateRuns = options.Int("--update-runs", 3);
        var root = RepositoryRoot.Find();
        var cli = options.Get("--cli") ?? BuildCli(root);

        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Log($"corpus {corpus}: {files.Count} files, {bytes / 1e6:0.0} MB; index {index}; cli {cli}");

        // Each repetition: a full build, the searching process on it, the peer (same corpus and queries) right after,
        // so that each ours/peer ratio is taken within a few minutes on an equally loaded machine.
        var builds = new List<IndexRun>();
        var workers = new List<WorkerResult>();
        var peers = new List<PeerResult>();
        long indexBytes = 0;
        for (var run = 0; run < repeat; run++)
        {
            IndexRun build;
            if (options.Get("--built") is { } builtRecord)
            {
                // The index was built before (a build of a million files takes longer than a benchmark session):
                // its figures come from the record of that build, the index is used as it is.
                build = JsonSerializer.Deserialize<IndexRun>(File.ReadAllText(builtRecord))
                    ?? throw new UsageException($"--built: '{builtRecord}' holds no build record");
                Log($"[{run + 1}/{repeat}] full build taken from {builtRecord}, index {index} kept");
            }
            else
            {
                if (Directory.Exists(index))
                {
                    Directory.Delete(index, recursive: true);
                }

                Directory.CreateDirectory(index);
                build = Index(cli, corpus, index, full: true);
            }

            Log($"[{run + 1}/{repeat}] full build: {build.Added} added, {build.Rejected} rejected, {build.TookMs / 1000:0.00} s in process, {build.Wall.TotalSeconds:0.00} s wall, peak RSS {build.PeakRssKb / 1024.0:0} MB");
            builds.Add(build);
            indexBytes = Directory.EnumerateFiles(index).Sum(f => new FileInfo(f).Length);

            Log($"[{run + 1}/{repeat}] searching process: {rounds} rounds (+{warmup} warm-up) per plain query, {fullRounds} per full request ...");
            var worker = RunWorker(index, queries, rounds, warmup, fullRounds);
            Log($"[{run + 1}/{repeat}] searching process: plain p50 {worker.Sets[0].MedianP50:0.000} ms; peak RSS {worker.PeakRssKb / 1024.0:0} MB, RSS {worker.RssKb / 1024.0:0} MB, GC heap {worker.GcHeapBytes / 1e6:0} MB");
            workers.Add(worker);

            if (options.Has("--peer"))
            {
                var peer = PeerRunner.Run(options.Get("--peer-script") ?? PeerRunner.DefaultScript, corpus, queries, peerWork);
                Log($"[{run + 1}/{repeat}] peer: {peer.Docs} docs in {peer.IndexSeconds:0.00} s ({peer.DocsPerSecond:0} docs/s); plain query p50 {peer.MedianP50:0.000} ms");
                peers.Add(peer);
            }
        }

        // One changed file (on the last build).
        var updates = UpdateOneFile(cli, corpus, index, files[files.Count / 2], updateRuns);

        var report = Report(root, corpus, files.Count, bytes, indexBytes, builds, workers, updates, peers, rounds, warmup, fullRounds);

        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Get("--out") is { } outFile)
        {
            File.WriteAllText(outFile, report);
            File.WriteAllText(outFile + ".json", JsonSerializer.Serialize(new { corpus, docs = files.Count, bytes, indexBytes, builds, updates, workers, peers }));
            Log($"wrote {outFile} and {outFile}.json");
        }

        return 0;
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static string BuildCli(string root)
    {
        var project = Path.Combine(root, "src", "Search.Cli", "Search.Cli.csproj");
        Log("building the search CLI (Release) ...");
        var build = ChildProcess.Run("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"]);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the CLI failed:\n{build.Stdout}\n{build.Stderr}");
        }

        var dll = Path.Combine(root, "src", "Search.Cli", "bin", "Release", "net10.0", "search.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"the CLI build left no {dll}");
    }

    private static IndexRun Index(string cli, string corpus, string index, bool full)
    {
        var args = new List<string>();
        var file = cli;
        if (cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            file = "dotnet";
            args.Add(cli);
        }

        args.AddRange(["index", "--seeds", corpus, "--index", index, "--json"]);
        if (full)
        {
            args.Add("--full");
        }

        var run = ChildProcess.Run(file, args);
        if (run.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException($"search index failed (exit {run.ExitCode}):\n{run.Stderr}\n{run.Stdout}");
        }

        var line = run.Stdout.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        return new IndexRun(
            r.GetProperty("tookMs").GetDouble(),
            run.Wall,
            run.PeakRssKb,
            r.GetProperty("added").GetInt32(),
            r.GetProperty("updated").GetInt32(),
            r.GetProperty("unchanged").GetInt32(),
            r.GetProperty("rejected").GetArrayLength());
    }

    private static List<IndexRun> UpdateOneFile(string cli, string corpus, string index, string file, int runs)
    {
        var original = File.ReadAllBytes(file);
        var changed = original.Concat(Encoding.UTF8.GetBytes("\nNachtrag: Die Polizei bestätigte die Angaben am Abend.\n")).ToArray();
        var updates = new List<IndexRun>();
        try
        {
            for (var run = 0; run < runs; run++)
            {
                File.WriteAllBytes(file, run % 2 == 0 ? changed : original);
                var update = Index(cli, corpus, index, full: false);
                Log($"one changed file {run + 1}/{runs} ({Path.GetFileName(file)}): {update.Updated} updated, {update.Unchanged} unchanged; {update.Wall.TotalSeconds:0.00} s wall, {update.TookMs:0} ms in process");
                if (update.Updated != 1)
                {
                    throw new InvalidOperationException($"expected one updated document, got {update.Updated}");
                }

                updates.Add(update);
            }
        }
        finally
        {
            if (!File.ReadAllBytes(file).AsSpan().SequenceEqual(original))
            {
                File.WriteAllBytes(file, original);
                Index(cli, corpus, index, full: false);
            }
        }

        return updates;
    }

    private static WorkerResult RunWorker(string index, string queries, int rounds, int warmup, int fullRounds)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var args = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            args.Add(typeof(MacroRunner).Assembly.Location);
        }

        args.AddRange(["search-worker", "--index", index, "--queries", queries,
            "--rounds", rounds.ToString(Inv), "--warmup", warmup.ToString(Inv), "--full-rounds", fullRounds.ToString(Inv)]);
        var run = ChildProcess.Run(self, args);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the searching process failed (exit {run.ExitCode}):\n{run.Stderr}\n{run.Stdout}");
        }

        var line = run.Stdout.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
        return JsonSerializer.Deserialize<WorkerResult>(line) ?? throw new InvalidOperationException("the searching process printed no result");
    }

    private static string Report(string root, string corpus, int docs, long bytes, long indexBytes, List<IndexRun> builds, List<WorkerResult> workers, List<IndexRun> updates, List<PeerResult> peers, int rounds, int warmup, int fullRounds)
    {
        var worker = Pool(workers);
        var peer = peers.Count == 0 ? null : PeerRunner.Pool(peers);
        var runDocsRatios = peers.Count == 0 ? [] : builds.Zip(peers, (b, p) => docs / (b.TookMs / 1000) / p.DocsPerSecond).ToList();
        var runPlainRatios = peers.Count == 0 ? [] : workers.Zip(peers, (w, p) => w.Sets.Single(s => s.Name == "plain-anded").MedianP50 / p.MedianP50).ToList();
        string Runs(List<double> ratios) => ratios.Count > 1 ? " (runs: " + string.Join(", ", ratios.Select(r => r.ToString("0.00", Inv))) + ")" : "";
        var at100k = docs >= 90_000;
        var at20k = docs <= 22_000;
        QuerySet Set(string name) => worker.Sets.Single(s => s.Name == name);
        var buildMs = Stats.Median(builds.Select(b => b.TookMs));
        var buildWall = Stats.Median(builds.Select(b => b.Wall.TotalSeconds));
        var buildRss = Stats.Median(builds.Select(b => (double)b.PeakRssKb));
        var docsPerS = docs / (buildMs / 1000);
        var mbPerS = bytes / 1e6 / (buildMs / 1000);
        var plain = Set("plain-anded");
        var full = Set("full");
        var matchAll = Set("matchall-facets");
        var updateWall = Stats.Median(updates.Select(u => u.Wall.TotalSeconds));

        var rows = new List<string[]>();
        void Row(string figure, string ours, string peerValue = "—", string ratio = "—", string goal = "—", string met = "—") =>
            rows.Add([figure, ours, peerValue, ratio, goal, met]);
        static string Met(bool? ok) => ok is null ? "n/a" : ok.Value ? "**yes**" : "**no**";
        string F(double v, string format) => v.ToString(format, Inv);

        var docsRatio = peer is null ? (double?)null : Stats.Median(runDocsRatios);
        Row("full index build, docs/s (in-process time)", F(docsPerS, "0"), peer is null ? "—" : F(peer.DocsPerSecond, "0"),
            docsRatio is null ? "—" : F(docsRatio.Value, "0.00") + "x" + Runs(runDocsRatios), "≥ 1.0x peer", Met(docsRatio is null ? null : docsRatio >= 1.0));
        Row("full index build, MB/s", F(mbPerS, "0.00"), peer is null ? "—" : F(peer.Bytes / 1e6 / peer.IndexSeconds, "0.00"),
            peer is null ? "—" : F(mbPerS / (peer.Bytes / 1e6 / peer.IndexSeconds), "0.00") + "x");
        Row("full index build, s (in-process / wall incl. start-up)", $"{F(buildMs / 1000, "0.00")} / {F(buildWall, "0.00")}", peer is null ? "—" : F(peer.IndexSeconds, "0.00"));
        Row("full index build, peak RSS of the process, MB", F(buildRss / 1024, "0"));
        Row("index size on disk, MB", F(indexBytes / 1e6, "0.0"), peer is null ? "—" : F(peer.IndexBytes / 1e6, "0.0"),
            peer is null ? "—" : F((double)indexBytes / peer.IndexBytes, "0.00") + "x");
        var plainRatio = peer is null ? (double?)null : Stats.Median(runPlainRatios);
        Row("plain query p50, ms (words ANDed like the peer; median of per-query p50)", F(plain.MedianP50, "0.000"), peer is null ? "—" : F(peer.MedianP50, "0.000"),
            plainRatio is null ? "—" : F(plainRatio.Value, "0.00") + "x" + Runs(runPlainRatios), "≤ 1.5x peer", Met(plainRatio is null ? null : plainRatio <= 1.5));
        Row("plain query p95, ms (all timings)", F(plain.PooledP95, "0.000"), peer is null ? "—" : F(peer.PooledP95, "0.000"),
            peer is null ? "—" : F(plain.PooledP95 / peer.PooledP95, "0.00") + "x");
        var typed = Set("plain-typed");
        Row("plain query as typed (our operator) p50 / p95, ms", $"{F(typed.MedianP50, "0.000")} / {F(typed.PooledP95, "0.000")}");
        var allPlus = Set("plain-allplus");
        Row("plain query, '+' on every word (no ranking bonus) p50 / p95, ms", $"{F(allPlus.MedianP50, "0.000")} / {F(allPlus.PooledP95, "0.000")}", peer is null ? "—" : F(peer.MedianP50, "0.000"),
            peer is null ? "—" : F(allPlus.MedianP50 / peer.MedianP50, "0.00") + "x");
        var fullGoal = at20k ? 3.0 : at100k ? 15.0 : (double?)null;
        Row("full request p50 / p95, ms (3 facet dims + 10 hits x 1 snippet)", $"{F(full.MedianP50, "0.00")} / {F(full.PooledP95, "0.00")}", goal: fullGoal is null ? "≤ 3 ms @20k, ≤ 15 ms @100k" : $"p50 ≤ {fullGoal} ms",
            met: Met(fullGoal is null ? null : full.MedianP50 <= fullGoal));
        var fullDefault = Set("full-default");
        Row("default request p50 / p95, ms (3 facet dims + 10 hits x 2 snippets)", $"{F(fullDefault.MedianP50, "0.00")} / {F(fullDefault.PooledP95, "0.00")}");
        var noFacets = Set("matchall-nofacets");
        Row("match-all with facet counts p50 / p95, ms", $"{F(matchAll.MedianP50, "0.00")} / {F(matchAll.PooledP95, "0.00")}", goal: "≤ 30 ms @100k", met: Met(at100k ? matchAll.MedianP50 <= 30 : null));
        Row("match-all without facet counts p50, ms (baseline)", F(noFacets.MedianP50, "0.00"));
        Row("one changed file, whole `search index` wall, s (median)", $"{F(updateWall, "0.00")} (in process {F(Stats.Median(updates.Select(u => u.TookMs)) / 1000, "0.00")})",
            goal: "≤ 2 s @100k", met: Met(at100k ? updateWall <= 2 : null));
        Row("one changed file, peak RSS, MB", F(Stats.Median(updates.Select(u => (double)u.PeakRssKb)) / 1024, "0"));
        Row("searching process after the query run: peak RSS / RSS, MB (max over runs)", $"{F(worker.PeakRssKb / 1024.0, "0")} / {F(worker.RssKb / 1024.0, "0")}", goal: "≤ 400 MB @100k",
            met: Met(at100k ? worker.PeakRssKb / 1024.0 <= 400 : null));
        Row("searching process: index open / first query, ms", $"{F(worker.OpenMs, "0")} / {F(worker.FirstQueryMs, "0")}");

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"### {docs:N0} documents ({bytes / 1e6:0.0} MB), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores (nproc), {CpuModel()}, {MemTotal()}; .NET {Environment.Version}; commit {Commit(root)}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Corpus `{corpus}`; queries: {plain.Queries.Count}; plain: {rounds} timed rounds (+{warmup} warm-up), full requests: {fullRounds} rounds; repetitions: {builds.Count}; one-file updates: {updates.Count}. Ours and peer alternate (build, queries, peer) in each of {builds.Count} repetition(s); ours = median over runs (query timings pooled), ratio = median of the per-run ratios.");
        if (peer is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Peer: Apache Lucene {peer.Lucene} (Java, GermanAnalyzer, single-threaded writer, 256 MB buffer), same corpus and queries, same run; median index time over {peer.Runs} run(s), query timings pooled.");
        }

        sb.AppendLine();
        sb.AppendLine("| figure | ours | peer | ratio (ours/peer) | goal | met |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            sb.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        sb.AppendLine();
        sb.AppendLine("Per query, plain (ANDed form) — ours p50 / peer p50 (ms), hits ours / peer:");
        sb.AppendLine();
        sb.AppendLine("| query (ours) | ours p50 | peer p50 | ratio | hits ours | hits peer |");
        sb.AppendLine("|---|---|---|---|---|---|");
        for (var i = 0; i < plain.Queries.Count; i++)
        {
            var q = plain.Queries[i];
            var p = peer?.Queries.ElementAtOrDefault(i);
            var ours = Stats.P50(q.Ms);
            var theirs = p is null ? double.NaN : Stats.P50(p.Ms);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| `{q.Query}` | {F(ours, "0.000")} | {(p is null ? "—" : F(theirs, "0.000"))} | {(p is null ? "—" : F(ours / theirs, "0.00") + "x")} | {q.Hits} | {(p is null ? "—" : p.Hits.ToString(Inv))} |");
        }

        return sb.ToString();
    }

    /// <summary>Several searching processes as one: every query's timings pooled, the largest memory figures, median open times.</summary>
    private static WorkerResult Pool(List<WorkerResult> workers)
    {
        var first = workers[0];
        var sets = first.Sets.Select((set, k) => set with
        {
            Queries = [.. set.Queries.Select((q, i) => q with { Ms = [.. workers.SelectMany(w => w.Sets[k].Queries[i].Ms)] })],
        }).ToList();
        return new WorkerResult(
            first.Docs,
            Stats.Median(workers.Select(w => w.OpenMs)),
            Stats.Median(workers.Select(w => w.FirstQueryMs)),
            sets,
            workers.Max(w => w.PeakRssKb),
            workers.Max(w => w.RssKb),
            workers.Max(w => w.GcHeapBytes));
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "unknown CPU" : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static string MemTotal()
    {
        var kb = 0L;
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            kb = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Inv);
        }
        catch (IOException)
        {
        }

        return $"{kb / 1024.0 / 1024.0:0} GB RAM";
    }

    private static string Commit(string root)
    {
        try
        {
            var head = ChildProcess.Run("git", ["-C", root, "rev-parse", "--short", "HEAD"]);
            var dirty = ChildProcess.Run("git", ["-C", root, "status", "--porcelain", "--untracked-files=no"]);
            return head.Stdout.Trim() + (dirty.Stdout.Trim().Length > 0 ? " (with uncommitted changes)" : "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
