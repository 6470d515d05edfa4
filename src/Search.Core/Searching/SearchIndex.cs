using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching.Queries;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Search.Core.Searching;

/// <summary>
/// An open index to search. Sees every commit made by an <see cref="IndexBuilder"/> without reopening: one of this
/// process at the next call, one of another process within 200 ms (at once after <see cref="Refresh"/>). A folder
/// removed and built again is searched afresh once the new index has committed (<see cref="IndexProblem.BeingBuilt"/>
/// until then); a commit another program is writing at the moment of a call is left for the next call.
/// </summary>
/// <remarks>
/// Thread-safe: any number of threads may call <see cref="Search"/> at once. Dispose it when done; searches still
/// running then finish on the reader they started with.
/// </remarks>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private SearcherManager _manager;
    private long _lastRefreshTicks;
    private readonly System.Runtime.CompilerServices.StrongBox<long> _commits;
    private long _commitsSeen;
    private SearchedCommit? _searchedCommit;
    private readonly object _swap = new();
    private bool _disposed;

    private SearchIndex(string path, LuceneDirectory directory, SearcherManager manager)
    {
        Path = path;
        _directory = directory;
        _manager = manager;
        _lastRefreshTicks = Stopwatch.GetTimestamp();
        _commits = CommitSignal.Count(path);
        _commitsSeen = Volatile.Read(ref _commits.Value);
    }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    /// <summary>Opens the index in <paramref name="path"/> for searching.</summary>
    /// <exception cref="IndexUnavailableException">The folder holds no index (<see cref="IndexProblem.Missing"/>; <see cref="IndexProblem.BeingBuilt"/> while another program builds the first one), other files and no index (<see cref="IndexProblem.NotAnIndex"/>), or a damaged index.</exception>
    public static SearchIndex Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!System.IO.Directory.Exists(fullPath))
        {
            IndexFolder.EnsureIndexOrEmpty(fullPath); // a file's path: not an index, and no index can be built there
            throw Missing(fullPath, path);
        }

        QueryWarmUp.Start();
        var directory = FSDirectory.Open(new DirectoryInfo(fullPath));
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                IndexFolder.EnsureIndexOrEmpty(fullPath); // a folder of other files is not an index to be built there
                throw Missing(fullPath, path);
            }

            var manager = new SearcherManager(directory, new SearchIndexSearcherFactory());
            return new SearchIndex(fullPath, directory, manager);
        }
        catch (Exception ex) when (IndexDamage.Is(ex))
        {
            directory.Dispose();
            throw new IndexUnavailableException(fullPath, IndexProblem.Damaged,
                $"The index at '{path}' cannot be read ({ex.Message}). Rebuild it with a full update (IndexBuilder.UpdateFromFolder with full: true).", ex);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// True when <paramref name="path"/> holds an index (a committed one, readable or damaged); false for a missing
    /// or empty folder, or one holding other files. Opens nothing and writes nothing.
    /// </summary>
    public static bool Exists(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!System.IO.Directory.Exists(fullPath))
        {
            return false;
        }

        using var directory = FSDirectory.Open(new DirectoryInfo(fullPath));
        return DirectoryReader.IndexExists(directory);
    }

    private static IndexUnavailableException Missing(string fullPath, string path) => IndexWriteLock.HeldElsewhere(fullPath)
        ? new(fullPath, IndexProblem.BeingBuilt,
            $"There is no index at '{path}' yet: another program is building it and has not committed yet (a long build commits every minute). Try again then.")
        : new(fullPath, IndexProblem.Missing, $"There is no index at '{path}'. Build one with IndexBuilder (UpdateFromFolder or AddOrUpdate).");

    /// <summary>Runs a search and returns the requested page of hits with snippets and facet counts.</summary>
    /// <exception cref="QuerySyntaxException">The query text cannot be read.</exception>
    /// <exception cref="ArgumentException">The request has invalid values (negative paging, an empty date range, an empty or null filter value, a sort or syntax-error handling that is not one of its enum's values).</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        request.Validate();
        var stopwatch = Stopwatch.StartNew();
        var understood = UnderstoodQuery.Read(request);
        RefreshIfDue();
        return Read(searcher => SearchAnswer.Answer(searcher, request, understood, stopwatch));
    }

    /// <summary>
    /// Makes the newest commit visible at once (searches otherwise pick it up within 200 ms) and returns its
    /// version: a number that changes whenever the index changes, so a caller that polls can tell when to search
    /// again.
    /// </summary>
    public long Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Interlocked.Exchange(ref _commitsSeen, Volatile.Read(ref _commits.Value));
        OpenNewerCommit(blocking: true);

        Interlocked.Exchange(ref _lastRefreshTicks, Stopwatch.GetTimestamp());
        return Read(searcher => ((DirectoryReader)searcher.IndexReader).Version);
    }

    /// <summary>Returns the stored document with the given id, or null.</summary>
    public NewsDocument? GetDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        RefreshIfDue();
        return Read<NewsDocument?>(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
            if (top.TotalHits == 0)
            {
                return null;
            }

            var doc = top.ScoreDocs[0].Doc;
            return IndexSchema.FromLucene(searcher.Doc(doc), BodyValue.Read(searcher.IndexReader, doc));
        });
    }

    /// <summary>
    /// Finds facet values by typed text, for example <c>Selen</c> finds "Wolodimir Selenski". Matching ignores case,
    /// accents and umlaut spelling (ü, ue, u) and works at any word position.
    /// </summary>
    /// <param name="dimension"><c>actor</c> or <c>location</c>.</param>
    /// <param name="text">Typed text; empty returns the most frequent values.</param>
    /// <param name="max">Values to return at most.</param>
    /// <returns>
    /// Matching values with the number of documents in the whole index: values with a word that begins with the text
    /// as typed first (umlauts as spelt: "koehl" finds Köhler before Kohl; "mer" finds Angela Merkel), then other
    /// spellings, then the text inside a word ("muen" in Dortmund); most frequent first within each.
    /// </returns>
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
        return Read<IReadOnlyList<FacetValue>>(searcher =>
        {
            var reader = searcher.IndexReader;
            var typed = UnicodeText.WithoutLoneSurrogates(text);
            var folded = FacetText.Fold(typed.Trim());
            var spelled = FacetText.Spelled(typed);
            var ordinals = GlobalOrdinals.For(reader, field);
            var matches = new List<(FacetValue Value, int Rank)>();
            for (var ord = 0; ord < ordinals.Labels.Length; ord++)
            {
                var label = ordinals.Labels[ord];
                if (!FacetText.Matches(ordinals.FoldedLabels[ord], folded))
                {
                    continue;
                }

                if (ordinals.Targets is not null && ordinals.Targets[ord] != ord)
                {
                    continue; // counted under the full name it stands for
                }

                var count = ordinals.Targets is null ? reader.DocFreq(new Term(field, label)) : ordinals.DocumentCounts[ord];
                if (count > 0)
                {
                    matches.Add((new FacetValue(label, count), folded.Length == 0 ? 0 : FacetText.Rank(label, ordinals.FoldedLabels[ord], spelled, folded)));
                }
            }

            return [.. matches.OrderBy(m => m.Rank / 2).ThenByDescending(m => m.Value.Count).ThenBy(m => m.Rank).ThenBy(m => m.Value.Value, StringComparer.Ordinal)
                .Take(max).Select(m => m.Value)];
        });
    }

    /// <summary>Figures about the index as of its last commit.</summary>
    public IndexStatistics GetStatistics()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        RefreshIfDue();
        return Read(searcher => IndexStatisticsReader.Read((DirectoryReader)searcher.IndexReader, Path));
    }

    /// <summary>Closes the index.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_swap)
        {
            _manager.Dispose();
        }

        _directory.Dispose();
    }

    /// <summary>
    /// Runs <paramref name="read"/> on the current searcher; an error that comes from damaged files becomes
    /// <see cref="IndexUnavailableException"/> (<see cref="IndexProblem.Damaged"/>) instead of whatever decoding the
    /// wrong bytes threw.
    /// </summary>
    private T Read<T>(Func<IndexSearcher, T> read)
    {
        var (manager, searcher) = Acquire();
        try
        {
            return read(searcher);
        }
        catch (Exception ex) when (ex is not (SearchException or OutOfMemoryException or OperationCanceledException)
            && IndexDamage.Found(searcher.IndexReader, ex) is { } damage)
        {
            throw Damaged(damage);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>
    /// The current searcher and the manager to release it to. A manager replaced by <see cref="OpenAfresh"/> in the
    /// moment between reading and acquiring is passed over for the new one.
    /// </summary>
    private (SearcherManager Manager, IndexSearcher Searcher) Acquire()
    {
        while (true)
        {
            var manager = Volatile.Read(ref _manager);
            try
            {
                return (manager, manager.Acquire());
            }
            catch (ObjectDisposedException) when (!_disposed && !ReferenceEquals(manager, Volatile.Read(ref _manager)))
            {
                // replaced meanwhile: take the new one
            }
            catch (ObjectDisposedException) when (_disposed)
            {
                throw Disposed();
            }
        }
    }

    private static ObjectDisposedException Disposed() =>
        new(nameof(SearchIndex), "The search index was disposed while this call was starting.");

    private IndexUnavailableException Damaged(Exception damage) => new(Path, IndexProblem.Damaged,
        $"The index at '{Path}' cannot be read ({damage.Message}). Rebuild it with a full update (IndexBuilder.UpdateFromFolder with full: true).", damage);

    private void RefreshIfDue()
    {
        var now = Stopwatch.GetTimestamp();
        var commits = Volatile.Read(ref _commits.Value);
        if (commits != Interlocked.Read(ref _commitsSeen))
        {
            // A builder of this process committed: this call sees it, whatever the time since the last look.
            Interlocked.Exchange(ref _commitsSeen, commits);
            Interlocked.Exchange(ref _lastRefreshTicks, now);
            OpenNewerCommit(blocking: true);
            return;
        }

        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastRefreshTicks), now) < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        Interlocked.Exchange(ref _lastRefreshTicks, now);
        if (NewerCommitExists())
        {
            OpenNewerCommit(blocking: false);
        }
    }

    /// <summary>
    /// Opens the folder's newest commit: reopened where segments carry over, or afresh when the folder holds another
    /// index now (removed and built again: the same segment names with other contents). A commit that cannot be opened
    /// is reported as what it is: the folder gone, a first commit still being written by another program, or damage;
    /// a commit another program is writing at this moment is left for the next call.
    /// </summary>
    private void OpenNewerCommit(bool blocking)
    {
        try
        {
            if (AnotherIndex())
            {
                OpenAfresh();
            }
            else if (blocking)
            {
                Volatile.Read(ref _manager).MaybeRefreshBlocking();
            }
            else
            {
                Volatile.Read(ref _manager).MaybeRefresh();
            }
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            throw Disposed(); // not Lucene.Net's "this ReferenceManager is disposed"
        }
        catch (Exception ex) when (IndexDamage.Is(ex))
        {
            if (!System.IO.Directory.Exists(Path))
            {
                throw new IndexUnavailableException(Path, IndexProblem.Missing,
                    $"The index at '{Path}' is gone (its folder was removed while it was open). Build one with IndexBuilder (UpdateFromFolder or AddOrUpdate).", ex);
            }

            if (IndexWriteLock.HeldElsewhere(Path))
            {
                if (!DirectoryReader.IndexExists(_directory))
                {
                    throw new IndexUnavailableException(Path, IndexProblem.BeingBuilt,
                        $"The index at '{Path}' is being built again by another program and has no commit yet. Try again when it has committed.", ex);
                }

                return; // a writer is committing right now: the commit searched stays, the next call looks again
            }

            if (!DirectoryReader.IndexExists(_directory))
            {
                throw Missing(Path, Path);
            }

            throw Damaged(ex); // the newer commit cannot be opened
        }
    }

    /// <summary>
    /// Whether the newest commit in the folder belongs to another index than the one searched: another identity (see
    /// <see cref="IndexSchema.IdentityKey"/>), or an older generation (an index written before identities).
    /// </summary>
    private bool AnotherIndex()
    {
        var newest = new SegmentInfos();
        newest.Read(_directory);
        var (manager, searcher) = Acquire();
        try
        {
            var searched = ((DirectoryReader)searcher.IndexReader).IndexCommit;
            return newest.Generation < searched.Generation || IndexSchema.ReadIdentity(newest.UserData) != IndexSchema.ReadIdentity(searched.UserData);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Searches a new reader of the newest commit from now on; searches running on the old one finish on it.</summary>
    private void OpenAfresh()
    {
        var fresh = new SearcherManager(_directory, new SearchIndexSearcherFactory());
        lock (_swap)
        {
            if (_disposed)
            {
                fresh.Dispose();
                return;
            }

            var old = Interlocked.Exchange(ref _manager, fresh);
            old.Dispose(); // its searchers still acquired are released to it and closed with their last release
        }
    }

    /// <summary>
    /// Whether the folder holds a commit other than the one searched. Compares commit generations from the folder's
    /// file names only; asking the manager instead reads the newest commit's segment infos (a file per segment, some
    /// 5 ms on a million documents), which every search more than 200 ms after the last one would pay.
    /// </summary>
    private bool NewerCommitExists()
    {
        var (manager, searcher) = Acquire();
        try
        {
            var searched = Volatile.Read(ref _searchedCommit);
            if (searched is null || !ReferenceEquals(searched.Reader, searcher.IndexReader))
            {
                searched = new SearchedCommit(searcher.IndexReader, ((DirectoryReader)searcher.IndexReader).IndexCommit.Generation);
                Volatile.Write(ref _searchedCommit, searched);
            }

            return SegmentInfos.GetLastCommitGeneration(_directory) != searched.Generation;
        }
        catch (IOException)
        {
            return true;
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            throw Disposed();
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The reader searched and the generation of its commit.</summary>
    private sealed record SearchedCommit(IndexReader Reader, long Generation);

    private sealed class SearchIndexSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            FacetWarmUp.Start(reader);
            return new IndexSearcher(reader) { Similarity = IndexSchema.Similarity };
        }
    }
}
