namespace Search.Benchmarks;

/// <summary>Command-line help of the benchmark program.</summary>
internal static class Usage
{
    public const string Text = """
        usage:
          Search.Benchmarks micro [BenchmarkDotNet options, e.g. --filter *Facet*]
              BenchmarkDotNet benchmarks of the hot paths (short runs, in process). The sample articles come from
              $SEARCH_BENCH_CORPUS (default ../shared/corpus/wikinews-de beside the repository).
          Search.Benchmarks macro --corpus DIR --queries FILE [--peer] [--out FILE] [options]
              Whole-program figures on a corpus made with scale-corpus.py: full index build (the `search` CLI as a
              child process), query latency, facet counts, incremental update of one file, memory of a searching
              process; with --peer also Apache Lucene (Java) on the same corpus and queries, and ratios.
              options: --index DIR (default /tmp/search-bench/index-<corpus name>)
                       --cli PATH (search.dll or the search executable; default: the Release build in the repository,
                                   built when missing)
                       --rounds N (timed rounds per plain query, default 50) --warmup N (default 10)
                       --full-rounds N (timed rounds per full request, default 15)
                       --repeat N (repetitions of build + queries + peer, medians reported, default 1)
                       --update-runs N (one-file updates, median reported, default 3)
                       --peer-work DIR (default /tmp/search-bench/peer-<corpus name>)
                       --peer-script PATH (default ../shared/bench/run-lucene-peer.sh beside the repository)
                       --built FILE (use the index in --index as it is; the build figures come from FILE, a JSON
                                    record {"TookMs":..,"Wall":"hh:mm:ss","PeakRssKb":..,"Added":..} of a build run
                                    before, e.g. a million files built outside the benchmark)
          Search.Benchmarks ab-queries --queries FILE --a LABEL=PROGRAM:INDEX --b LABEL=PROGRAM:INDEX [options]
              Query latency of two builds on a shared machine: PROGRAM is each build's Search.Benchmarks.dll (it
              must have the search-serve verb), INDEX its own index; both searching processes stay warm and take
              turns every few rounds (plain requests, words ANDed as the peer does), so both see the same load.
              Per query the p50 of each side and their ratio, the median of per-query p50, bytes per request.
              options: --alternations N (default 20) --rounds N (rounds over all queries per turn, default 3)
                       --out FILE (the table, Markdown)
          Search.Benchmarks profile-query --index DIR --queries FILE [--rounds N]
              Stopwatch breakdown of a request step by step (parse, bonus query, search, rescoring, hit list,
              snippets, facet counts; apart: reading the 10 hits' article texts and their matches from the
              postings) next to bare Lucene.Net doing the peer's work on the same index.
          Search.Benchmarks profile-index --corpus DIR [--docs N]
              Single-threaded stage timings of indexing (read, entities, analysis, IndexWriter) next to bare
              Lucene.Net with the peer's schema and GermanAnalyzer on the same documents.
          Search.Benchmarks profile-build --corpus DIR [--docs N] [--passes N]
              Full builds through IndexBuilder: default options, without entity extraction, committing every
              2,000 files, one thread; variants alternate over N passes (default 2) after a warm-up pass.
          Search.Benchmarks compare-snippets --corpus DIR --queries FILE [--index DIR] [--top N] [--snippets N]
              Snippets marked from the offsets in the postings against the classic highlighter (re-analysing the
              stored text) on the same hits: how many differ, examples, time. FILE: a query a line, or a TSV file
              whose second column is the query (../shared/eval/ranking-dev/queries.tsv).
        """;

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"Search.Benchmarks: {message}");
        Console.Error.WriteLine(Text);
        return 2;
    }
}

/// <summary>A command-line mistake; the message says what to fix.</summary>
internal sealed class UsageException(string message) : Exception(message);
