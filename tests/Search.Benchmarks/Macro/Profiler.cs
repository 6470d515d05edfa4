using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.De;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Searching.Queries;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Search.Benchmarks.Macro;

/// <summary>
/// Stopwatch breakdowns of the two slow paths, using the library's internals step by step (the same steps, in the
/// same order, as <c>SearchIndex.Search</c> and <c>IndexBuilder</c>), each next to a bare Lucene.Net baseline doing
/// the Java peer's work in this process.
/// </summary>
internal static class Profiler
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>profile-query --index DIR --queries FILE [--rounds N]</c>.</summary>
    public static int Query(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--index", "--queries", "--rounds" });
        var queries = QueryForms.Read(options.Require("--queries")).Select(QueryForms.Anded).ToList();
        var rounds = options.Int("--rounds", 30);
        using var directory = FSDirectory.Open(new DirectoryInfo(options.Require("--index")));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = IndexSchema.Similarity };
        using var index = SearchIndex.Open(options.Require("--index"));
        string[] steps = ["lucene baseline (peer's work)", "parse (query text to query, minimum words)", "bonus query built", "search: query alone, best 20 + count",
            "bonus: rescore the best 20", "hit list: 10 hits from doc values", "10 hits with titles marked and 1 snippet (article text)", "facet counting (extra)",
            "SearchIndex.Search plain", "SearchIndex.Search full",
            "alt: bonus weight only (term look-ups)", "alt: query alone, best 10 + count", "alt: 10 hits read from stored fields",
            "alt: 10 article texts read (doc value; stored field in a schema 9 index)", "alt: 10 hits' matches from postings (title + body)"];
        var times = steps.ToDictionary(s => s, _ => new List<double>());
        var allocated = steps.ToDictionary(s => s, _ => new List<double>()); // KB per step and query, this thread
        var ids = new BytesRef();
        var plainRequest = new SearchRequest { Text = "", Take = 10, FacetSize = 0, MaxSnippets = 0 };
        var snippetRequest = new SearchRequest { Text = "", Take = 10, FacetSize = 0, MaxSnippets = 1 };
        for (var round = -5; round < rounds; round++)
        {
            foreach (var text in queries)
            {
                var t = Stopwatch.GetTimestamp();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var lapBytes = 0L;
                double Lap()
                {
                    var now = Stopwatch.GetTimestamp();
                    var ms = Stopwatch.GetElapsedTime(t, now).TotalMilliseconds;
                    var nowBytes = GC.GetAllocatedBytesForCurrentThread();
                    lapBytes = nowBytes - bytes;
                    t = now;
                    bytes = nowBytes;
                    return ms;
                }

                void Add(string step, double ms)
                {
                    if (round >= 0)
                    {
                        times[step].Add(ms);
                        allocated[step].Add(lapBytes / 1024.0);
                    }
                }

                // Baseline: what the peer does per query, with Lucene.Net on our index (body field, query analyzer, AND).
                var parser = new Lucene.Net.QueryParsers.Classic.QueryParser(LuceneVersion.LUCENE_48, IndexSchema.Body, IndexSchema.QueryAnalyzer) { DefaultOperator = Operator.AND };
                var plainQuery = parser.Parse(text);
                var top = TopScoreDocCollector.Create(10, true);
                searcher.Search(plainQuery, top);
                foreach (var sd in top.GetTopDocs().ScoreDocs)
                {
                    var leaf = reader.Leaves[ReaderUtil.SubIndex(sd.Doc, reader.Leaves)];
                    leaf.AtomicReader.GetSortedDocValues(IndexSchema.Id)?.Get(sd.Doc - leaf.DocBase, ids);
                }

                Add(steps[0], Lap());

                // The steps of SearchIndex.Search for a plain relevance-ranked request, in its order.
                var parsed = Search.Core.Searching.Queries.QueryParser.Parse(text);
                var words = parsed.IsPlain ? new PlainWordQueries(parsed) : null;
                var baseQuery = words is not null ? words.Matching(words.Minimum) : parsed.Root is { } root ? LuceneQueryBuilder.Build(root) : null;
                var query = baseQuery ?? new MatchAllDocsQuery();
                Add(steps[1], Lap());
                var bonus = words?.Bonus();
                Add(steps[2], Lap());
                var collector = TopScoreDocCollector.Create(PlainWordQueries.RescoreWindow, true);
                searcher.Search(query, collector);
                var best = collector.GetTopDocs().ScoreDocs;
                Add(steps[3], Lap());
                var ranked = bonus is null ? best : SearchExecution.AddBonus(searcher, bonus, best);
                Add(steps[4], Lap());
                var page = ranked.Take(10).ToArray();
                foreach (var d in page)
                {
                    SearchExecution.ToHit(searcher, d, baseQuery, plainRequest);
                }

                Add(steps[5], Lap());
                foreach (var d in page)
                {
                    SearchExecution.ToHit(searcher, d, baseQuery, snippetRequest);
                }

                Add(steps[6], Lap());
                var request = new SearchRequest { Text = text, Take = 10, FacetSize = 10, MaxSnippets = 1 };
                var counting = new FacetCollector(reader, TopScoreDocCollector.Create(PlainWordQueries.RescoreWindow, true), RequestFilters.For(request), count: true);
                searcher.Search(query, counting);
                counting.Finish(10);
                var withCounts = Lap();
                Add(steps[7], 0);
                if (round >= 0)
                {
                    // Counting pass minus the plain collection pass of the same query.
                    times[steps[7]][^1] = Math.Max(0, withCounts - times[steps[3]][^1]);
                }

                index.Search(request with { FacetSize = 0, MaxSnippets = 0 });
                Add(steps[8], Lap());
                index.Search(request);
                Add(steps[9], Lap());

                if (bonus is not null)
                {
                    searcher.CreateNormalizedWeight(bonus);
                }

                Add(steps[10], Lap());
                var ten = TopScoreDocCollector.Create(10, true);
                searcher.Search(query, ten);
                Add(steps[11], Lap());
                foreach (var d in page)
                {
                    searcher.Doc(d.Doc);
                }

                Add(steps[12], Lap());
                foreach (var d in page)
                {
                    BodyValue.Read(reader, d.Doc);
                }

                Add(steps[13], Lap());
                foreach (var d in page)
                {
                    var leaf = reader.Leaves[ReaderUtil.SubIndex(d.Doc, reader.Leaves)];
                    new IndexedHit(leaf.AtomicReader, d.Doc - leaf.DocBase).Matches(baseQuery ?? query);
                }

                Add(steps[14], Lap());
            }
        }

        // Match-all with facet counts, step by step.
        string[] facetSteps = ["match-all: count only (TotalHitCountCollector)", "match-all: top 10 by date (TopFieldCollector, as SearchIndex)",
            "match-all: + FacetCollector, counting off", "match-all: + FacetCollector, counting on (3 dims)", "match-all: counting only actor values (SortedSetDocValues walk)", "SearchIndex.Search match-all, FacetSize 10"];
        var facetTimes = facetSteps.ToDictionary(s => s, _ => new List<double>());
        var matchAll = new SearchRequest { Text = "", Take = 10, FacetSize = 10, MaxSnippets = 0 };
        var dateSort = new Sort(new SortField(IndexSchema.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE);
        for (var round = -3; round < rounds; round++)
        {
            var t = Stopwatch.GetTimestamp();
            void Step(int i)
            {
                var now = Stopwatch.GetTimestamp();
                if (round >= 0)
                {
                    facetTimes[facetSteps[i]].Add(Stopwatch.GetElapsedTime(t, now).TotalMilliseconds);
                }

                t = now;
            }

            searcher.Search(new MatchAllDocsQuery(), new TotalHitCountCollector());
            Step(0);
            searcher.Search(new MatchAllDocsQuery(), TopFieldCollector.Create(dateSort, 10, null, true, true, false, true));
            Step(1);
            searcher.Search(new MatchAllDocsQuery(), new FacetCollector(reader, TopFieldCollector.Create(dateSort, 10, null, true, true, false, true), RequestFilters.For(matchAll), count: false));
            Step(2);
            var counting = new FacetCollector(reader, TopFieldCollector.Create(dateSort, 10, null, true, true, false, true), RequestFilters.For(matchAll), count: true);
            searcher.Search(new MatchAllDocsQuery(), counting);
            counting.Finish(10);
            Step(3);
            long values = 0;
            foreach (var leaf in reader.Leaves)
            {
                var dv = leaf.AtomicReader.GetSortedSetDocValues(IndexSchema.Actor);
                if (dv is null)
                {
                    continue;
                }

                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    dv.SetDocument(doc);
                    while (dv.NextOrd() != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        values++;
                    }
                }
            }

            Step(4);
            index.Search(matchAll);
            Step(5);
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Query profile: {reader.NumDocs:N0} documents, {reader.Leaves.Count} segments, {queries.Count} queries (ANDed form) x {rounds} rounds; p50 and mean over all timings of all queries");
        void Table(string heading, string[] rows, Dictionary<string, List<double>> timings, Dictionary<string, List<double>>? kilobytes = null)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {heading} | p50 ms | mean ms |{(kilobytes is null ? "" : " KB allocated (mean) |")}");
            sb.AppendLine(kilobytes is null ? "|---|---|---|" : "|---|---|---|---|");
            foreach (var row in rows)
            {
                var memory = kilobytes is null ? "" : string.Create(CultureInfo.InvariantCulture, $" {kilobytes[row].Average():0} |");
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {row} | {Stats.P50(timings[row]):0.000} | {timings[row].Average():0.000} |{memory}");
            }
        }

        Table("step", steps, times, allocated);
        Table("match-all step (each line includes the work of the lines above it, except the actor walk)", facetSteps, facetTimes);

        Console.WriteLine(sb.ToString());
        return 0;
    }

    /// <summary><c>profile-index --corpus DIR [--docs N]</c>: single-threaded stage timings over the first N files.</summary>
    public static int Index(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--corpus", "--docs" });
        var corpus = options.Require("--corpus");
        var count = options.Int("--docs", 2000);
        var files = System.IO.Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var rows = new List<(string Step, double Seconds)>();

        // Warm up every stage once on a few files (JIT, lazily loaded data such as dictionaries and models).
        var reader = new DocumentReader();
        var pipeline = new DocumentPipeline(IndexBuilderOptions.Default);
        foreach (var file in files.Take(20))
        {
            var warm = reader.ReadFile(file, Path.GetFileName(file)).Document!;
            Micro.AnalysisBenchmarks.AllFieldTokens(pipeline.Enrich(warm), null);
        }

        var stopwatch = Stopwatch.StartNew();
        var documents = files.Select(f => reader.ReadFile(f, Path.GetFileName(f))).Where(r => r.IsSuccess).Select(r => r.Document!).ToList();
        rows.Add(("read + parse + clean (DocumentReader)", stopwatch.Elapsed.TotalSeconds));

        stopwatch.Restart();
        var enriched = documents.Select(pipeline.Enrich).ToList();
        var entities = enriched.Sum(d => d.Actors.Count + d.Locations.Count);
        rows.Add(($"entity extraction (DocumentPipeline.Enrich; {entities:N0} actors and locations)", stopwatch.Elapsed.TotalSeconds));

        stopwatch.Restart();
        var perField = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var tokens = enriched.Sum(d => Micro.AnalysisBenchmarks.AllFieldTokens(d, perField));
        rows.Add(($"analysis only, all fields ({tokens:N0} tokens)", stopwatch.Elapsed.TotalSeconds));
        foreach (var (field, time) in perField)
        {
            rows.Add(($"analysis only, field `{field}`", time.TotalSeconds));
        }

        stopwatch.Restart();
        using (var stock = new GermanAnalyzer(LuceneVersion.LUCENE_48))
        {
            var stockTokens = enriched.Sum(d => Micro.AnalysisBenchmarks.Tokens(stock, IndexSchema.Body, d.Title + "\n\n" + d.Body));
            rows.Add(($"baseline: analysis only, stock GermanAnalyzer over title+body ({stockTokens:N0} tokens)", stopwatch.Elapsed.TotalSeconds));
        }

        stopwatch.Restart();
        var lucene = enriched.Select(d => IndexSchema.ToLucene(d)).ToList();
        rows.Add(("build Lucene documents", stopwatch.Elapsed.TotalSeconds));

        var ours = Write(lucene, () => new IndexWriterConfig(LuceneVersion.LUCENE_48, IndexSchema.IndexAnalyzer) { Similarity = IndexSchema.Similarity, RAMBufferSizeMB = 64 }, out var ourBytes);
        rows.Add(("IndexWriter.AddDocument x N + commit (analysis, inversion, stored fields, doc values)", ours));

        var peerDocs = documents.Select(d =>
        {
            var doc = new Document
            {
                new StringField("name", d.Id, Field.Store.YES),
                new SortedDocValuesField("name", new BytesRef(d.Id)),
                new StringField("date", IndexSchema.FormatDate(d.Date), Field.Store.YES),
                new Int32Field("day", IndexSchema.EncodeDate(d.Date), Field.Store.NO),
                new TextField("body", d.Title + "\n\n" + d.Body, Field.Store.YES),
            };
            return doc;
        }).ToList();
        var baseline = Write(peerDocs, () => new IndexWriterConfig(LuceneVersion.LUCENE_48, new GermanAnalyzer(LuceneVersion.LUCENE_48)) { RAMBufferSizeMB = 256 }, out var baselineBytes);
        rows.Add(("baseline: the peer's schema and GermanAnalyzer in Lucene.Net, AddDocument x N + commit", baseline));

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Index profile: {documents.Count:N0} documents, {bytes / 1e6:0.0} MB, one thread; index {ourBytes / 1e6:0.0} MB (baseline {baselineBytes / 1e6:0.0} MB)");
        sb.AppendLine();
        sb.AppendLine("| stage | s | docs/s | share of our pipeline |");
        sb.AppendLine("|---|---|---|---|");
        var total = rows.Where(r => !r.Step.StartsWith("analysis only", StringComparison.Ordinal) && !r.Step.StartsWith("baseline", StringComparison.Ordinal)).Sum(r => r.Seconds);
        foreach (var (step, seconds) in rows)
        {
            var share = step.StartsWith("baseline", StringComparison.Ordinal) ? "—"
                : step.StartsWith("analysis only", StringComparison.Ordinal) ? "(part of IndexWriter)" : (seconds / total).ToString("P0", Inv);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {seconds:0.00} | {documents.Count / seconds:0} | {share} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"| our pipeline, one thread (sum) | {total:0.00} | {documents.Count / total:0} | 100% |");
        Console.WriteLine(sb.ToString());
        return 0;
    }

    /// <summary>
    /// <c>profile-build --corpus DIR [--docs N]</c>: full builds through <see cref="IndexBuilder"/> (the CLI's code)
    /// with the default options and with fewer commits / one thread, to show what the options cost.
    /// </summary>
    public static int Build(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--corpus", "--docs", "--passes" });
        var corpus = options.Require("--corpus");
        var count = options.Int("--docs", 20000);
        var passes = Math.Max(2, options.Int("--passes", 2));
        var files = System.IO.Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToList();
        var seeds = Path.Combine(Path.GetTempPath(), "search-bench", $"profile-seeds-{Environment.ProcessId}");
        System.IO.Directory.CreateDirectory(seeds);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)), overwrite: true);
        }

        var variants = new (string Name, IndexBuilderOptions Options)[]
        {
            ("default (commit once a minute, 2 threads)", IndexBuilderOptions.Default),
            ("without entity extraction", IndexBuilderOptions.Default with { ExtractEntities = false }),
            ("commit every 2,000 files (the old default)", IndexBuilderOptions.Default with { CommitInterval = 2000 }),
            ("one thread", IndexBuilderOptions.Default with { MaxParallelism = 1 }),
            ("one thread, without entity extraction", IndexBuilderOptions.Default with { MaxParallelism = 1, ExtractEntities = false }),
        };
        var seconds = variants.ToDictionary(v => v.Name, _ => new List<double>());
        try
        {
            // Pass 1 warms the process (JIT, analysis and entity data, per-word caches) and is not counted; the
            // variants then alternate pass by pass, so a slow spell of the machine hits them alike.
            for (var pass = 1; pass <= passes; pass++)
            {
                foreach (var (name, variant) in variants)
                {
                    var path = Path.Combine(Path.GetTempPath(), "search-bench", $"profile-build-{Guid.NewGuid():N}");
                    System.IO.Directory.CreateDirectory(path);
                    try
                    {
                        using var builder = IndexBuilder.Open(path, variant);
                        var result = builder.UpdateFromFolder(seeds, full: true);
                        if (pass > 1)
                        {
                            seconds[name].Add(result.Took.TotalSeconds);
                        }

                        Console.Error.WriteLine($"pass {pass}, {name}: {result.Took.TotalSeconds:0.00} s");
                    }
                    finally
                    {
                        System.IO.Directory.Delete(path, recursive: true);
                    }
                }
            }
        }
        finally
        {
            System.IO.Directory.Delete(seeds, recursive: true);
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Build profile: {files.Count:N0} documents through IndexBuilder.UpdateFromFolder(full: true), {Environment.ProcessorCount} cores, median of {passes - 1} pass(es) after a warm-up pass");
        sb.AppendLine();
        sb.AppendLine("| variant | s (median) | docs/s | vs default |");
        sb.AppendLine("|---|---|---|---|");
        var baseline = Stats.Median(seconds[variants[0].Name]);
        foreach (var (name, _) in variants)
        {
            var median = Stats.Median(seconds[name]);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {median:0.00} | {files.Count / median:0} | {baseline / median:0.00}x docs/s |");
        }

        Console.WriteLine(sb.ToString());
        return 0;
    }

    private static double Write(List<Document> documents, Func<IndexWriterConfig> config, out long size)
    {
        var path = Path.Combine(Path.GetTempPath(), "search-bench", $"profile-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(path);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            using (LuceneDirectory directory = FSDirectory.Open(new DirectoryInfo(path)))
            using (var writer = new IndexWriter(directory, config()))
            {
                foreach (var document in documents)
                {
                    writer.AddDocument(document);
                }

                writer.Commit();
            }

            var seconds = stopwatch.Elapsed.TotalSeconds;
            size = System.IO.Directory.EnumerateFiles(path).Sum(f => new FileInfo(f).Length);
            return seconds;
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
