using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>
/// The state of the search screen, free of any UI toolkit: query, filters, results (paged in blocks as the list
/// scrolls), selection with its document and matches, panel filters, errors. All members are called on the UI
/// thread; searches run through the <see cref="IUiScheduler"/> in the background, and a newer search overtakes an
/// older one (the older one's results are dropped).
/// </summary>
public sealed partial class SearchViewModel : IDisposable
{
    /// <summary>Hits fetched per search or page request.</summary>
    public const int BlockSize = 15;

    /// <summary>Actor and location values counted per search.</summary>
    public const int FacetSize = 30;

    private readonly ISearchBackend _backend;
    private readonly IUiScheduler _scheduler;
    private readonly List<string> _actors = [];
    private readonly List<string> _locations = [];
    private readonly Dictionary<int, SearchHit> _hits = [];
    private readonly HashSet<int> _pendingBlocks = [];
    private readonly Dictionary<string, NewsDocument?> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<FacetKind, string> _panelFilters = new() { [FacetKind.Actor] = "", [FacetKind.Location] = "" };
    private readonly Dictionary<FacetKind, IReadOnlyList<FacetValue>> _panelFilterValues = new();
    private readonly Dictionary<FacetKind, string?> _panelErrors = new();
    private readonly Dictionary<FacetKind, int> _panelTickets = new() { [FacetKind.Actor] = 0, [FacetKind.Location] = 0 };
    private IDisposable? _debounce;
    private SearchRequest? _shownRequest;
    private string? _date;
    private int _requested;
    private int _completed;
    private int _generation;
    private int _documentTicket;
    private bool _disposed;
    private IDisposable? _poll;
    private long _indexVersion = -1;
    private SearchHit? _keepSelected;

    /// <summary>The error of a query that could not be searched at all, for the search of its filters alone (by ticket).</summary>
    private (int Ticket, QuerySyntaxException Error)? _carriedError;

    /// <param name="backend">The index to search.</param>
    /// <param name="scheduler">Where work runs (the UI loop, or virtual time in tests).</param>
    /// <param name="debounce">Pause after the last keystroke before searching; default 150 ms.</param>
    /// <param name="refreshInterval">
    /// How often to look for new commits to the index (live refresh); null (the default) does not look. When the
    /// index changed, the current search runs again with the same query and filters, and the selected article
    /// stays selected when it is still among the first hits.
    /// </param>
    public SearchViewModel(ISearchBackend backend, IUiScheduler scheduler, TimeSpan? debounce = null, TimeSpan? refreshInterval = null)
    {
        _backend = backend;
        _scheduler = scheduler;
        Debounce = debounce ?? TimeSpan.FromMilliseconds(150);
        RefreshInterval = refreshInterval;
    }

    /// <summary>How often the index is checked for new commits; null when it is not.</summary>
    public TimeSpan? RefreshInterval { get; }

    /// <summary>Raised on the UI thread after the state changed.</summary>
    public event Action<ViewModelChanges>? Changed;

    /// <summary>Pause after the last keystroke before a search starts.</summary>
    public TimeSpan Debounce { get; }

    /// <summary>The query text as typed.</summary>
    public string Query { get; private set; } = "";

    /// <summary>The queries searched on this index (↑/↓ in the query field), or null without a history.</summary>
    public QueryHistory? History { get; init; }

    /// <summary>Keeps the shown query in the history (Enter, going to the results, opening an article, quitting).</summary>
    public void RememberQuery()
    {
        if (History is not null && LikeText is null && Query.Trim().Length > 0)
        {
            History.Add(Query);
        }
    }

    /// <summary>The text whose similar articles are searched ("more like this"), or null for a typed query.</summary>
    public string? LikeText { get; private set; }

    /// <summary>
    /// The order the list is in: <see cref="Sort"/>, except that without a query (and without a text to find articles
    /// like) every article matches alike and the list is newest first whatever the sort.
    /// </summary>
    public SearchSort ListOrder => Sort == SearchSort.Relevance && Query.Trim().Length == 0 && LikeText is null ? SearchSort.Newest : Sort;

    /// <summary>Order of the hits.</summary>
    public SearchSort Sort { get; private set; } = SearchSort.Relevance;

    public IReadOnlyList<string> SelectedActors => _actors;

    public IReadOnlyList<string> SelectedLocations => _locations;

    /// <summary>The date filter: <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>, or null.</summary>
    public string? DateFilter => _date;

    /// <summary>The results shown (the first block of hits, facets, timing), or null before the first search.</summary>
    public SearchResults? Results { get; private set; }

    public int TotalHits => Results?.TotalHits ?? 0;

    /// <summary>The query text the shown results answer.</summary>
    public string ShownQuery => _shownRequest?.Text ?? "";

    /// <summary>Why the last search failed (the previous results stay), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Zero-based position in the query of a syntax error, or -1.</summary>
    public int ErrorPosition { get; private set; } = -1;

    /// <summary>A search has been requested and has not answered yet.</summary>
    public bool IsSearching => _completed < _requested || _debounce is not null;

    /// <summary>Figures about the index, once loaded.</summary>
    public IndexStatistics? Statistics { get; private set; }

    /// <summary>Index of the selected hit, or -1.</summary>
    public int SelectedIndex { get; private set; } = -1;

    /// <summary>
    /// The title of the article that was selected when the index changed and is no longer among the hits (deleted, or
    /// changed so that it no longer matches), until the next results; otherwise null.
    /// </summary>
    public string? LostArticle { get; private set; }

    /// <summary>The selected hit's full document, once loaded.</summary>
    public NewsDocument? SelectedDocument { get; private set; }

    /// <summary>The matches in <see cref="SelectedDocument"/>'s body.</summary>
    public IReadOnlyList<HighlightRange> SelectedMatches { get; private set; } = [];

    /// <summary>Why the selected article's text could not be read or marked (German), or null.</summary>
    public string? SelectedDocumentError { get; private set; }

    /// <summary>The match the preview shows, index into <see cref="SelectedMatches"/>, or -1.</summary>
    public int CurrentMatch { get; private set; } = -1;

    /// <summary>Loads the index figures and shows the newest documents.</summary>
    public void Start()
    {
        _scheduler.RunInBackground(() =>
        {
            IndexStatistics? statistics = null;
            long version = -1;
            string? error = null;
            try
            {
                version = RefreshInterval is null ? -1 : _backend.Refresh();
                statistics = _backend.GetStatistics();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                error = GermanMessages.ForFailure(ex);
            }

            _scheduler.Post(() =>
            {
                Statistics = statistics;
                if (error is not null && Error is null)
                {
                    Error = error;
                    ErrorPosition = -1;
                }

                if (_indexVersion < 0)
                {
                    _indexVersion = version;
                }

                Raise(ViewModelChanges.Status);
            });
        });
        SearchNow();
        SchedulePoll();
    }

    private void SchedulePoll()
    {
        if (RefreshInterval is not { } interval || _disposed)
        {
            return;
        }

        _poll = _scheduler.Schedule(interval, () => _scheduler.RunInBackground(() =>
        {
            long version;
            IndexStatistics? statistics = null;
            try
            {
                version = _backend.Refresh();
                if (_indexVersion >= 0 && version != Volatile.Read(ref _indexVersion))
                {
                    statistics = _backend.GetStatistics();
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _scheduler.Post(SchedulePoll); // try again at the next interval
                return;
            }

            _scheduler.Post(() => OnIndexVersion(version, statistics));
        }));
    }

    /// <summary>A poll saw the index at <paramref name="version"/>: search again when it changed, keeping query, filters and selection.</summary>
    private void OnIndexVersion(long version, IndexStatistics? statistics)
    {
        if (_disposed)
        {
            return;
        }

        var changed = _indexVersion >= 0 && version != _indexVersion;
        _indexVersion = version;
        if (changed)
        {
            Statistics = statistics ?? Statistics;
            _documents.Clear();
            _keepSelected = SelectedHit;
            Raise(ViewModelChanges.Status);
            StartSearch();
        }

        SchedulePoll();
    }

    /// <summary>Sets the query text; the search starts after <see cref="Debounce"/> without further typing.</summary>
    public void SetQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == Query)
        {
            return;
        }

        Query = text;
        LikeText = null; // typing leaves a "more like this" search
        ClearPanelFilters();
        _debounce?.Dispose();
        _debounce = _scheduler.Schedule(Debounce, () =>
        {
            _debounce = null;
            StartSearch();
        });
    }

    /// <summary>
    /// Searches for articles like <paramref name="text"/> (a pasted article, a result's own text) at once, ranked by
    /// similarity; the query field shows <paramref name="label"/> instead of the text. Typing a query ends it.
    /// </summary>
    public void SearchLike(string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        Query = label;
        LikeText = text;
        ClearPanelFilters();
        if (Sort != SearchSort.Relevance)
        {
            // Similar articles are ranked by similarity: sorted by date, unrelated newer articles that share one word
            // came first. 's' sorts them by date again.
            Sort = SearchSort.Relevance;
            Raise(ViewModelChanges.Status);
        }

        SearchNow();
    }

    /// <summary>
    /// A new query ends the searches typed into the actor and location panels: a panel kept showing the one value found
    /// for the old query ("/kramp-k") over the new query's actors.
    /// </summary>
    private void ClearPanelFilters()
    {
        SetPanelFilter(FacetKind.Actor, "");
        SetPanelFilter(FacetKind.Location, "");
    }

    /// <summary>Searches at once (Enter, a filter change).</summary>
    public void SearchNow()
    {
        _debounce?.Dispose();
        _debounce = null;
        StartSearch();
    }

    public void ToggleSort()
    {
        Sort = Sort == SearchSort.Relevance ? SearchSort.Newest : SearchSort.Relevance;
        Raise(ViewModelChanges.Status);
        SearchNow();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _debounce?.Dispose();
        _debounce = null;
        _poll?.Dispose();
        _poll = null;
        Changed = null;
    }

    private SearchRequest BuildRequest()
    {
        DateOnly? from = null, to = null;
        if (_date is not null)
        {
            (var f, var t) = GermanDates.Range(_date);
            (from, to) = (f, t);
        }

        return new SearchRequest
        {
            Text = LikeText is null ? Query : "",
            LikeText = LikeText,
            ExcludeActors = [.. _excludedActors],
            ExcludeLocations = [.. _excludedLocations],
            ExcludeDates = ExcludedSpans(),
            SignificantSize = ShowSignificant ? SignificantSize : 0,
            Actors = [.. _actors],
            Locations = [.. _locations],
            From = from,
            To = to,
            Sort = Sort,
            Skip = 0,
            Take = BlockSize,
            FacetSize = FacetSize,
            MaxSnippets = 1,
            SnippetLength = 200,
        };
    }

    private void StartSearch() => StartSearch(BuildRequest());

    private void StartSearch(SearchRequest request)
    {
        if (_disposed)
        {
            return;
        }

        var ticket = ++_requested;
        _scheduler.RunInBackground(() =>
        {
            SearchResults? results = null;
            Exception? error = null;
            if (ticket != Volatile.Read(ref _requested))
            {
                _scheduler.Post(() => Complete(ticket, request, null, null)); // overtaken before it started
                return;
            }

            try
            {
                results = _backend.Search(request);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                error = ex;
            }

            _scheduler.Post(() => Complete(ticket, request, results, error));
        });
    }

    private void Complete(int ticket, SearchRequest request, SearchResults? results, Exception? error)
    {
        _completed = Math.Max(_completed, ticket);
        if (_disposed || ticket != _requested)
        {
            return; // overtaken by a newer search
        }

        if (results is null && error is QuerySyntaxException && request.OnSyntaxError == SyntaxErrorHandling.Throw
            && _shownRequest is not null && !SameFiltersAndOrder(request, _shownRequest))
        {
            // The results shown answer other filters or another order than the screen now shows: the query's
            // plain words are searched under the new ones, and the error stays on the message line.
            StartSearch(request with { OnSyntaxError = SyntaxErrorHandling.SearchWords });
            return;
        }

        if (results is null && error is QuerySyntaxException unsearchable && request.OnSyntaxError == SyntaxErrorHandling.SearchWords
            && request.Text.Length > 0)
        {
            // Not even plain words are left (only stop words, no letters): the filters alone are searched, as with an
            // empty query, and the message about the query stays.
            _carriedError = (_requested + 1, unsearchable);
            StartSearch(request with { Text = "", OnSyntaxError = SyntaxErrorHandling.Throw });
            return;
        }

        if (results is null)
        {
            Error = error is null ? "Die Suche ist fehlgeschlagen." : GermanMessages.ForFailure(error);
            ErrorPosition = error is QuerySyntaxException syntax ? syntax.Position - 1 : -1; // Position is 1-based
            Raise(ViewModelChanges.Status);
            return;
        }

        if (_carriedError is { } carried && carried.Ticket == ticket)
        {
            Error = GermanMessages.ForSyntax(carried.Error);
            ErrorPosition = carried.Error.Position - 1; // Position is 1-based
        }
        else
        {
            Error = results.SyntaxError is { } words ? GermanMessages.Text(words.Kind, words.Argument) : null;
            ErrorPosition = results.SyntaxError is { } at ? at.Position - 1 : -1;
        }

        _carriedError = null;
        Results = results;
        _shownRequest = request;
        _generation++;
        _hits.Clear();
        _pendingBlocks.Clear();
        for (var i = 0; i < results.Hits.Count; i++)
        {
            _hits[i] = results.Hits[i];
        }

        var kept = _keepSelected is null ? -1 : results.Hits.ToList().FindIndex(h => h.Id == _keepSelected.Id);
        LostArticle = _keepSelected is { } lost && kept < 0 ? (lost.Title.Length > 0 ? lost.Title : lost.Id) : null;
        _keepSelected = null;
        SelectedIndex = kept >= 0 ? kept : results.TotalHits > 0 ? 0 : -1;
        LoadSelectedDocument();
        Raise(ViewModelChanges.All);
    }

    private static bool SameFiltersAndOrder(SearchRequest a, SearchRequest b) =>
        a.Actors.SequenceEqual(b.Actors) && a.Locations.SequenceEqual(b.Locations)
        && a.ExcludeActors.SequenceEqual(b.ExcludeActors) && a.ExcludeLocations.SequenceEqual(b.ExcludeLocations)
        && a.ExcludeDates.SequenceEqual(b.ExcludeDates) && a.From == b.From && a.To == b.To && a.Sort == b.Sort
        && a.SignificantSize == b.SignificantSize;

    private void Raise(ViewModelChanges changes) => Changed?.Invoke(changes);
}
