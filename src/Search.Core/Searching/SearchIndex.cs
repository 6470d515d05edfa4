using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Search.Core.Searching;

/// <summary>
/// An open index to search. Sees every commit made by an <see cref="IndexBuilder"/> (in this or another process)
/// at the next search, without reopening.
/// </summary>
/// <remarks>
/// Thread-safe: any number of threads may call <see cref="Search"/> at once. Dispose it when done; searches still
/// running then finish on the reader they started with.
/// </remarks>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _manager;
    private long _lastRefreshTicks;
    private bool _disposed;

    private SearchIndex(string path, LuceneDirectory directory, SearcherManager manager)
    {
        Path = path;
        _directory = directory;
        _manager = manager;
        _lastRefreshTicks = Stopwatch.GetTimestamp();
    }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    /// <summary>Opens the index in <paramref name="path"/> for searching.</summary>
    /// <exception cref="IndexUnavailableException">The folder holds no index, or a damaged one.</exception>
    public static SearchIndex Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!System.IO.Directory.Exists(fullPath))
        {
            throw new IndexUnavailableException(fullPath, $"There is no index at '{path}'. Build one with: search index --seeds DIR --index {path}");
        }

        var directory = FSDirectory.Open(new DirectoryInfo(fullPath));
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new IndexUnavailableException(fullPath, $"There is no index at '{path}'. Build one with: search index --seeds DIR --index {path}");
            }

            var manager = new SearcherManager(directory, new SearchIndexSearcherFactory());
            return new SearchIndex(fullPath, directory, manager);
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException && ex is not IndexUnavailableException)
        {
            directory.Dispose();
            throw new IndexUnavailableException(fullPath, $"The index at '{path}' cannot be read ({ex.Message}). Rebuild it with: search index --full --index {path}", ex);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs a search and returns the requested page of hits with snippets and facet counts.</summary>
    /// <exception cref="QuerySyntaxException">The query text cannot be read.</exception>
    /// <exception cref="ArgumentException">The request has invalid values (negative paging, empty date range).</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        request.Validate();
        var stopwatch = Stopwatch.StartNew();
        Query? baseQuery;
        int words;
        bool question;
        QuerySyntaxError? syntaxError = null;
        string searchedText;
        try
        {
            baseQuery = QueryBuilder.Parse(request.Text, out words, out question);
            searchedText = request.Text;
        }
        catch (QuerySyntaxException ex) when (request.OnSyntaxError == SyntaxErrorHandling.SearchWords && QueryBuilder.PlainWords(request.Text).Length > 0)
        {
            var plain = QueryBuilder.PlainWords(request.Text);
            syntaxError = new QuerySyntaxError(ex.Message, ex.Position, plain);
            baseQuery = QueryBuilder.Parse(plain, out words, out question);
            searchedText = plain;
        }

        RefreshIfDue();
        var searcher = _manager.Acquire();
        try
        {
            string? notice = null;
            var minimum = QueryBuilder.MinimumShouldMatch(words, question);
            // The bonus only reorders hits ranked by relevance.
            var ranked = baseQuery is not null && request.Sort == SearchSort.Relevance && request.Skip + request.Take > 0;
            var bonus = ranked ? QueryBuilder.Bonus(searchedText) : null;
            var run = Execute(searcher, request, QueryBuilder.Narrow(baseQuery, minimum, words), bonus);
            var strictTotal = run.Total;
            var highlightQuery = baseQuery;
            if (run.Total == 0 && baseQuery is not null && QueryBuilder.WithLastWordAsBeginning(searchedText, out var lastWord) is { } beginning)
            {
                // Nothing found, perhaps because the last word is still being typed: words that begin with it.
                var widened = Execute(searcher, request, beginning, bonus: null);
                if (widened.Total > 0)
                {
                    run = widened;
                    highlightQuery = beginning;
                    notice = $"No document contains '{lastWord}'; showing words that begin with it.";
                }
            }

            if (run.Total == 0 && words > 1 && minimum > 1)
            {
                run = Execute(searcher, request, QueryBuilder.Narrow(baseQuery, 1, words), bonus);
                if (run.Total > 0)
                {
                    notice = "No document contains all the words; showing documents that contain some of them.";
                }
            }

            var hits = new List<SearchHit>(run.Docs.Length);
            for (var i = 0; i < run.Docs.Length; i++)
            {
                var scoreDoc = run.Docs[i];
                var hit = ToHit(searcher, scoreDoc, highlightQuery, request);
                if (request.Explain && run.Query is not null)
                {
                    // Within the rescoring window a score is the query's plus the bonus; beyond it, the query's alone.
                    var explained = run.Rescored && request.Skip + i < QueryBuilder.RescoreWindow ? QueryBuilder.WithBonus(run.Query, bonus) : run.Query;
                    hit = hit with { Explanation = ExplanationFormatter.Format(searcher.Explain(explained, scoreDoc.Doc)) };
                }

                hits.Add(hit);
            }

            return new SearchResults
            {
                Request = request,
                Suggestion = strictTotal <= SuggestBelow ? Suggest(searcher, request, syntaxError?.SearchedText ?? request.Text, strictTotal) : null,
                TotalHits = run.Total,
                Hits = hits,
                Facets = run.Facets,
                Took = stopwatch.Elapsed,
                Notice = notice,
                SyntaxError = syntaxError,
            };
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Makes the newest commit visible at once (searches otherwise pick it up within 200 ms) and returns its
    /// version: a number that changes whenever the index changes, so a caller that polls can tell when to search
    /// again.
    /// </summary>
    public long Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _manager.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _lastRefreshTicks, Stopwatch.GetTimestamp());
        var searcher = _manager.Acquire();
        try
        {
            return ((DirectoryReader)searcher.IndexReader).Version;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Returns the stored document with the given id, or null.</summary>
    public NewsDocument? GetDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        RefreshIfDue();
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
            return top.TotalHits == 0 ? null : IndexSchema.FromLucene(searcher.Doc(top.ScoreDocs[0].Doc));
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Finds facet values by typed text, for example <c>Selen</c> finds "Wolodimir Selenski". Matching ignores case,
    /// accents and umlaut spelling (ü, ue, u) and works at any word position.
    /// </summary>
    /// <param name="dimension"><c>actor</c> or <c>location</c>.</param>
    /// <param name="text">Typed text; empty returns the most frequent values.</param>
    /// <param name="max">Values to return at most.</param>
    /// <returns>Matching values with the number of documents in the whole index, most frequent first.</returns>
    public IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var field = dimension switch
        {
            "actor" => IndexSchema.Actor,
            "location" => IndexSchema.Location,
            _ => throw new ArgumentException($"Unknown facet dimension '{dimension}'; use 'actor' or 'location'.", nameof(dimension)),
        };
        RefreshIfDue();
        var searcher = _manager.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var folded = FacetText.Fold(text.Trim());
            var ordinals = GlobalOrdinals.For(reader, field);
            var matches = new List<FacetValue>();
            for (var ord = 0; ord < ordinals.Labels.Length; ord++)
            {
                var label = ordinals.Labels[ord];
                if (!FacetText.Matches(ordinals.FoldedLabels[ord], folded))
                {
                    continue;
                }

                var count = reader.DocFreq(new Term(field, label));
                if (count > 0)
                {
                    matches.Add(new FacetValue(label, count));
                }
            }

            return [.. matches.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(max)];
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Figures about the index as of its last commit.</summary>
    public IndexStatistics GetStatistics()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        RefreshIfDue();
        var searcher = _manager.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            DateOnly? oldest = null, newest = null;
            foreach (var leaf in reader.Leaves)
            {
                var dates = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Date);
                var live = leaf.AtomicReader.LiveDocs;
                if (dates is null)
                {
                    continue;
                }

                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc))
                    {
                        continue;
                    }

                    var date = IndexSchema.DecodeDate(dates.Get(doc));
                    oldest = oldest is null || date < oldest ? date : oldest;
                    newest = newest is null || date > newest ? date : newest;
                }
            }

            long size = 0;
            DateTimeOffset? lastCommit = null;
            foreach (var file in reader.IndexCommit.FileNames)
            {
                var info = new FileInfo(System.IO.Path.Combine(Path, file));
                if (info.Exists)
                {
                    size += info.Length;
                }
            }

            var segmentsFile = new FileInfo(System.IO.Path.Combine(Path, reader.IndexCommit.SegmentsFileName));
            if (segmentsFile.Exists)
            {
                lastCommit = new DateTimeOffset(segmentsFile.LastWriteTimeUtc, TimeSpan.Zero);
            }

            return new IndexStatistics(
                reader.NumDocs,
                reader.Leaves.Count,
                size,
                oldest,
                newest,
                GlobalOrdinals.For(reader, IndexSchema.Actor).Labels.Length,
                GlobalOrdinals.For(reader, IndexSchema.Location).Labels.Length,
                lastCommit);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Closes the index.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _manager.Dispose();
        _directory.Dispose();
    }

    /// <summary>A search with this many hits or fewer gets a did-you-mean suggestion when one finds more.</summary>
    private const int SuggestBelow = 2;

    private static readonly Analysis.SpellingSuggester Speller = new(IndexSchema.QueryAnalyzer, [IndexSchema.Title, IndexSchema.Body]);

    /// <summary>The query with misspelt words corrected from the index vocabulary, when that finds more; else null.</summary>
    private static string? Suggest(IndexSearcher searcher, SearchRequest request, string text, int total)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var corrected = Speller.SuggestQuery(searcher.IndexReader, IndexSchema.Exact, text);
        if (corrected is null || string.Equals(corrected, text, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var query = QueryBuilder.Parse(corrected, out var words, out var question);
            var probe = request with { Skip = 0, Take = 0, FacetSize = 0 };
            var found = Execute(searcher, probe, QueryBuilder.Narrow(query, QueryBuilder.MinimumShouldMatch(words, question), words), bonus: null).Total;
            return found > total ? corrected : null;
        }
        catch (QuerySyntaxException)
        {
            return null;
        }
    }

    private static Run Execute(IndexSearcher searcher, SearchRequest request, Query? query, Query? bonus)
    {
        var filters = new FacetFilters(request);
        var wanted = request.Skip + request.Take;
        var sortByDate = request.Sort == SearchSort.Newest || query is null;
        var rescore = bonus is not null && wanted > 0 && !sortByDate;
        ICollector topCollector;
        ITopDocsCollector? topDocs = null;
        if (wanted == 0)
        {
            topCollector = new TotalHitCountCollector();
        }
        else if (sortByDate)
        {
            var sort = new Sort(new SortField(IndexSchema.Date, SortFieldType.INT32, true), SortField.FIELD_SCORE);
            var collector = TopFieldCollector.Create(sort, wanted, null, true, true, false, true);
            topCollector = collector;
            topDocs = collector;
        }
        else
        {
            var collector = TopScoreDocCollector.Create(rescore ? Math.Max(wanted, QueryBuilder.RescoreWindow) : wanted, true);
            topCollector = collector;
            topDocs = collector;
        }

        var count = request.FacetSize > 0;
        var facets = FacetResults.Empty;
        int total;
        if (!count && !filters.Any)
        {
            // Nothing to count and nothing to filter: the plain collector alone, without the per-hit facet work.
            searcher.Search(query ?? new MatchAllDocsQuery(), topCollector);
            total = topDocs?.TotalHits ?? ((TotalHitCountCollector)topCollector).TotalHits;
        }
        else
        {
            var facetCollector = new FacetCollector(searcher.IndexReader, topCollector, filters, count);
            searcher.Search(query ?? new MatchAllDocsQuery(), facetCollector);
            total = facetCollector.TotalHits;
            facets = facetCollector.Finish(request.FacetSize);
        }

        if (topDocs is null)
        {
            return new Run(total, [], facets, query, Rescored: false);
        }

        if (!rescore)
        {
            return new Run(total, topDocs.GetTopDocs(request.Skip, request.Take).ScoreDocs, facets, query, Rescored: false);
        }

        // The best matches by the query get the bonus and are ranked again; the rest keep the query's order.
        var first = topDocs.GetTopDocs().ScoreDocs;
        var window = Math.Min(first.Length, QueryBuilder.RescoreWindow);
        var rescored = AddBonus(searcher, bonus!, first[..window]);
        var ranked = rescored.Concat(first.Skip(window)).Skip(request.Skip).Take(request.Take).ToArray();
        return new Run(total, ranked, facets, query, Rescored: true);
    }

    /// <summary>The outcome of one search: total matches, the requested page, facet counts, the query run.</summary>
    private sealed record Run(int Total, ScoreDoc[] Docs, FacetResults Facets, Query? Query, bool Rescored);

    /// <summary>
    /// Adds the score of the bonus query to the score of each hit it matches and sorts the hits again (best first,
    /// then by document number, as the collector does).
    /// </summary>
    internal static ScoreDoc[] AddBonus(IndexSearcher searcher, Query bonus, ScoreDoc[] hits)
    {
        var result = hits.OrderBy(h => h.Doc).Select(h => new ScoreDoc(h.Doc, h.Score)).ToArray();
        var weight = searcher.CreateNormalizedWeight(bonus);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var leafEnd = 0;
        var docBase = 0;
        Scorer? scorer = null;
        foreach (var hit in result)
        {
            while (hit.Doc >= leafEnd)
            {
                leaf++;
                docBase = leaves[leaf].DocBase;
                leafEnd = docBase + leaves[leaf].Reader.MaxDoc;
                scorer = weight.GetScorer(leaves[leaf], null);
            }

            if (scorer is null)
            {
                continue;
            }

            var local = hit.Doc - docBase;
            var at = scorer.DocID < local ? scorer.Advance(local) : scorer.DocID;
            if (at == local)
            {
                hit.Score += scorer.GetScore();
            }
        }

        Array.Sort(result, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return result;
    }

    internal static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, Query? query, SearchRequest request)
    {
        // What the hit list shows comes from doc values; the stored text is read only for snippets.
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
        var segment = leaf.AtomicReader;
        var local = scoreDoc.Doc - leaf.DocBase;
        var bytes = new BytesRef();
        segment.GetSortedDocValues(IndexSchema.Id).Get(local, bytes);
        var id = bytes.Utf8ToString();
        segment.GetBinaryDocValues(IndexSchema.HitSummary).Get(local, bytes);
        var summary = IndexSchema.DecodeSummary(bytes);
        var date = IndexSchema.DecodeDate(segment.GetNumericDocValues(IndexSchema.Date).Get(local));

        // Matches are marked from the offsets in the body field's postings, not by analysing the stored text again.
        var indexed = new IndexedHit(segment, local);
        var titleHighlights = request.MaxSnippets == 0 ? [] : SnippetBuilder.MarkAll(query, summary.Title, indexed);
        var snippets = request.MaxSnippets == 0
            ? []
            : SnippetBuilder.Build(query, IndexSchema.Body, searcher.Doc(scoreDoc.Doc, BodyOnly).Get(IndexSchema.Body) ?? "", summary.Title, titleHighlights, request.MaxSnippets, request.SnippetLength, indexed);
        return new SearchHit
        {
            Id = id,
            Path = summary.Path,
            Title = summary.Title,
            TitleHighlights = titleHighlights,
            Date = date,
            Score = float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
            Snippets = snippets,
            Actors = summary.Actors,
            Locations = summary.Locations,
        };
    }

    private static readonly ISet<string> BodyOnly = new HashSet<string> { IndexSchema.Body };

    private void RefreshIfDue()
    {
        var now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastRefreshTicks), now) < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        Interlocked.Exchange(ref _lastRefreshTicks, now);
        _manager.MaybeRefresh();
    }

    private sealed class SearchIndexSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = IndexSchema.Similarity };
    }
}
