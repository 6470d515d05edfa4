using Lucene.Net.Analysis.De;
using Search.Core.Indexing;
using Search.Core.Searching.Queries;

namespace Search.Core.Searching;

/// <summary>
/// Loads what reading a query needs (the query analyzers with the person-noun lexicon and the stop words, the parser)
/// on a pool thread while <see cref="SearchIndex.Open"/> opens the reader on the caller's, so a fresh process's first
/// search does not wait for both one after the other (issue 16: a one-shot <c>search query</c>). Everything it touches
/// is loaded once per process and thread-safe; a search that comes first simply waits for the same lazy value.
/// </summary>
internal static class QueryWarmUp
{
    private static int _started;

    /// <summary>Starts the warm-up once per process; returns at once.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);
        }
    }

    private static void Run()
    {
        try
        {
            _ = new PlainWordQueries(QueryParser.Parse("Regierung"));
            foreach (var field in new[] { IndexSchema.Exact, IndexSchema.Prefix })
            {
                _ = LuceneQueryBuilder.Analyze(field, "Regierung");
            }

            _ = GermanAnalyzer.DefaultStopSet.Count;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the search that needs these loads them itself and reports what goes wrong.
        }
    }
}
