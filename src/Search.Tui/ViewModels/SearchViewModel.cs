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
public sealed class SearchViewModel : IDisposable
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
    private string? _keepSelectedId;

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

    /// <summary>Stems of the shown query's words, for marking compounds the library did not mark.</summary>
    public List<string> ShownStems { get; private set; } = [];

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

    /// <summary>The selected hit, if loaded.</summary>
    public SearchHit? SelectedHit => PeekHit(SelectedIndex);

    /// <summary>The selected hit's full document, once loaded.</summary>
    public NewsDocument? SelectedDocument { get; private set; }

    /// <summary>The matches in <see cref="SelectedDocument"/>'s body.</summary>
    public IReadOnlyList<HighlightRange> SelectedMatches { get; private set; } = [];

    /// <summary>The match the preview shows, index into <see cref="SelectedMatches"/>, or -1.</summary>
    public int CurrentMatch { get; private set; } = -1;

    /// <summary>The filters in force, in the order actors, locations, date.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters
    {
        get
        {
            var filters = new List<ActiveFilter>();
            filters.AddRange(_actors.Select(a => new ActiveFilter(FacetKind.Actor, a, $"Akteur: {a}")));
            filters.AddRange(_locations.Select(l => new ActiveFilter(FacetKind.Location, l, $"Ort: {l}")));
            if (_date is not null)
            {
                filters.Add(new ActiveFilter(FacetKind.Date, _date, $"Datum: {GermanDates.LongLabel(_date)}"));
            }

            return filters;
        }
    }

    /// <summary>Loads the index figures and shows the newest documents.</summary>
    public void Start()
    {
        _scheduler.RunInBackground(() =>
        {
            IndexStatistics? statistics = null;
            long version = -1;
            try
            {
                version = RefreshInterval is null ? -1 : _backend.Refresh();
                statistics = _backend.GetStatistics();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The status bar then shows no document count; searching reports the problem.
            }

            _scheduler.Post(() =>
            {
                Statistics = statistics;
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
            _keepSelectedId = SelectedHit?.Id;
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
        _debounce?.Dispose();
        _debounce = _scheduler.Schedule(Debounce, () =>
        {
            _debounce = null;
            StartSearch();
        });
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

    /// <summary>Selects or deselects an actor or location; for the date, drills into (or back out of) a value.</summary>
    public void ToggleFacet(FacetKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (kind)
        {
            case FacetKind.Actor:
                Toggle(_actors, value);
                break;
            case FacetKind.Location:
                Toggle(_locations, value);
                break;
            default:
                _date = value == _date ? GermanDates.Parent(value) : value;
                break;
        }

        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    /// <summary>Goes one level up in the date panel (day to month, month to year, year to all).</summary>
    public void DateUp()
    {
        if (_date is null)
        {
            return;
        }

        _date = DateUpTarget(_date);
        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    public void RemoveFilter(ActiveFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var removed = filter.Kind switch
        {
            FacetKind.Actor => _actors.Remove(filter.Value),
            FacetKind.Location => _locations.Remove(filter.Value),
            _ => _date is not null && (_date = null) is null,
        };
        if (removed)
        {
            Raise(ViewModelChanges.Facets);
            SearchNow();
        }
    }

    public void ClearFilters()
    {
        if (_actors.Count == 0 && _locations.Count == 0 && _date is null)
        {
            return;
        }

        _actors.Clear();
        _locations.Clear();
        _date = null;
        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    /// <summary>The text typed into a facet panel to find values in it.</summary>
    public string PanelFilter(FacetKind kind) => _panelFilters.GetValueOrDefault(kind, "");

    /// <summary>Finds values of an actor or location panel by typed text (over the whole index).</summary>
    public void SetPanelFilter(FacetKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (kind == FacetKind.Date || PanelFilter(kind) == text)
        {
            return;
        }

        _panelFilters[kind] = text;
        var ticket = ++_panelTickets[kind];
        if (text.Trim().Length == 0)
        {
            _panelFilterValues.Remove(kind);
            Raise(ViewModelChanges.Facets);
            return;
        }

        var dimension = kind == FacetKind.Actor ? "actor" : "location";
        _scheduler.RunInBackground(() =>
        {
            IReadOnlyList<FacetValue> values;
            try
            {
                values = _backend.FindFacetValues(dimension, text, 50);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                values = [];
            }

            _scheduler.Post(() =>
            {
                if (ticket == _panelTickets[kind])
                {
                    _panelFilterValues[kind] = values;
                    Raise(ViewModelChanges.Facets);
                }
            });
        });
    }

    /// <summary>The rows of a facet panel.</summary>
    public IReadOnlyList<FacetItem> PanelItems(FacetKind kind)
    {
        if (kind == FacetKind.Date)
        {
            return DateItems();
        }

        var selected = kind == FacetKind.Actor ? _actors : _locations;
        if (PanelFilter(kind).Trim().Length > 0)
        {
            var found = _panelFilterValues.GetValueOrDefault(kind) ?? [];
            return [.. found.Select(v => new FacetItem(v.Value, v.Value, v.Count, selected.Contains(v.Value), IsIndexCount: true))];
        }

        var dimension = kind == FacetKind.Actor ? Results?.Facets.Actor : Results?.Facets.Location;
        var values = dimension?.Values ?? [];
        var items = new List<FacetItem>(values.Count + selected.Count);
        foreach (var missing in selected.Where(s => !values.Any(v => v.Value == s)))
        {
            items.Add(new FacetItem(missing, missing, 0, true));
        }

        items.AddRange(values.Select(v => new FacetItem(v.Value, v.Value, v.Count, selected.Contains(v.Value))));
        return items;
    }

    /// <summary>Distinct values with hits in a dimension (for the panel title).</summary>
    public int PanelDistinct(FacetKind kind) => kind switch
    {
        FacetKind.Actor => Results?.Facets.Actor.DistinctValues ?? 0,
        FacetKind.Location => Results?.Facets.Location.DistinctValues ?? 0,
        _ => Results?.Facets.Date.DistinctValues ?? 0,
    };

    /// <summary>Hits over time at the date panel's level, gaps filled with zeros, for a sparkline.</summary>
    public IReadOnlyList<FacetValue> DateSeries()
    {
        var values = Results?.Facets.Date.Values ?? [];
        if (values.Count == 0)
        {
            return [];
        }

        var ordered = values.OrderBy(v => v.Value, StringComparer.Ordinal).ToList();
        while (ordered.Count > 1 && GermanDates.Level(ordered[0].Value) == 0
            && int.Parse(ordered[1].Value, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(ordered[0].Value, System.Globalization.CultureInfo.InvariantCulture) > 50)
        {
            ordered.RemoveAt(0); // an implausible date (such as year 1) would flatten the sparkline
        }

        var level = GermanDates.Level(ordered[0].Value);
        var counts = ordered.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        var series = new List<FacetValue>();
        switch (level)
        {
            case 0:
                var first = int.Parse(ordered[0].Value, System.Globalization.CultureInfo.InvariantCulture);
                var last = int.Parse(ordered[^1].Value, System.Globalization.CultureInfo.InvariantCulture);
                for (var year = first; year <= last; year++)
                {
                    var key = year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
                    series.Add(new FacetValue(key, counts.GetValueOrDefault(key)));
                }

                break;
            case 1:
                var y = ordered[0].Value[..4];
                for (var month = 1; month <= 12; month++)
                {
                    var key = $"{y}-{month:00}";
                    series.Add(new FacetValue(key, counts.GetValueOrDefault(key)));
                }

                break;
            default:
                var (from, to) = GermanDates.Range(ordered[0].Value[..7]);
                for (var day = from; day <= to; day = day.AddDays(1))
                {
                    var key = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    series.Add(new FacetValue(key, counts.GetValueOrDefault(key)));
                }

                break;
        }

        return series;
    }

    /// <summary>The hit at <paramref name="index"/> if it has been fetched; never starts a search.</summary>
    public SearchHit? PeekHit(int index) => index >= 0 && _hits.TryGetValue(index, out var hit) ? hit : null;

    /// <summary>Makes sure the hits in [first, last] are fetched (or being fetched).</summary>
    public void EnsureLoaded(int first, int last)
    {
        if (_shownRequest is null || TotalHits == 0)
        {
            return;
        }

        first = Math.Max(0, first);
        last = Math.Min(TotalHits - 1, last);
        for (var block = first / BlockSize; block <= last / BlockSize; block++)
        {
            if (!_hits.ContainsKey(block * BlockSize))
            {
                RequestBlock(block);
            }
        }
    }

    public void Select(int index)
    {
        index = TotalHits == 0 ? -1 : Math.Clamp(index, 0, TotalHits - 1);
        if (index == SelectedIndex)
        {
            return;
        }

        SelectedIndex = index;
        EnsureLoaded(index, index);
        LoadSelectedDocument();
        Raise(ViewModelChanges.Selection);
    }

    public void NextMatch() => MoveMatch(+1);

    public void PreviousMatch() => MoveMatch(-1);

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

    private static void Toggle(List<string> list, string value)
    {
        if (!list.Remove(value))
        {
            list.Add(value);
        }
    }

    private static string? DateUpTarget(string date) => GermanDates.Parent(date);

    private IReadOnlyList<FacetItem> DateItems()
    {
        var items = new List<FacetItem>();
        if (_date is not null)
        {
            var up = DateUpTarget(_date);
            items.Add(new FacetItem(up ?? "", up is null ? "◂ Alle Jahre" : $"◂ {GermanDates.LongLabel(up)}", 0, false, IsUp: true));
        }

        var values = Results?.Facets.Date.Values ?? [];
        var descending = GermanDates.Level(values.Count > 0 ? values[0].Value : "") == 0;
        var ordered = descending
            ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
            : values.OrderBy(v => v.Value, StringComparer.Ordinal);
        items.AddRange(ordered.Select(v => new FacetItem(v.Value, GermanDates.Label(v.Value), v.Count, v.Value == _date)));
        return items;
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
            Text = Query,
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

    private void StartSearch()
    {
        if (_disposed)
        {
            return;
        }

        var request = BuildRequest();
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

        if (results is null)
        {
            Error = error?.Message ?? "Die Suche ist fehlgeschlagen.";
            ErrorPosition = error is QuerySyntaxException syntax ? syntax.Position - 1 : -1;
            Raise(ViewModelChanges.Status);
            return;
        }

        Error = null;
        ErrorPosition = -1;
        Results = results;
        _shownRequest = request;
        ShownStems = MatchFinder.QueryStems(request.Text);
        _generation++;
        _hits.Clear();
        _pendingBlocks.Clear();
        for (var i = 0; i < results.Hits.Count; i++)
        {
            _hits[i] = results.Hits[i];
        }

        var kept = _keepSelectedId is null ? -1 : results.Hits.ToList().FindIndex(h => h.Id == _keepSelectedId);
        _keepSelectedId = null;
        SelectedIndex = kept >= 0 ? kept : results.TotalHits > 0 ? 0 : -1;
        LoadSelectedDocument();
        Raise(ViewModelChanges.All);
    }

    private void RequestBlock(int block)
    {
        if (_shownRequest is null || !_pendingBlocks.Add(block))
        {
            return;
        }

        var request = _shownRequest with { Skip = block * BlockSize, Take = BlockSize, FacetSize = 0 };
        var generation = _generation;
        _scheduler.RunInBackground(() =>
        {
            SearchResults? results = null;
            try
            {
                results = _backend.Search(request);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Left unloaded; the list shows a placeholder and the next scroll asks again.
            }

            _scheduler.Post(() =>
            {
                if (_disposed || generation != _generation)
                {
                    return;
                }

                _pendingBlocks.Remove(block);
                if (results is null)
                {
                    return;
                }

                for (var i = 0; i < results.Hits.Count; i++)
                {
                    _hits[request.Skip + i] = results.Hits[i];
                }

                var changes = ViewModelChanges.Page;
                if (SelectedIndex >= request.Skip && SelectedIndex < request.Skip + results.Hits.Count && SelectedDocument is null)
                {
                    LoadSelectedDocument();
                    changes |= ViewModelChanges.Selection;
                }

                Raise(changes);
            });
        });
    }

    private void LoadSelectedDocument()
    {
        var ticket = ++_documentTicket;
        SelectedDocument = null;
        SelectedMatches = [];
        CurrentMatch = -1;
        var hit = SelectedHit;
        if (hit is null)
        {
            return;
        }

        if (_documents.TryGetValue(hit.Id, out var cached))
        {
            ShowDocument(hit, cached);
            return;
        }

        _scheduler.RunInBackground(() =>
        {
            NewsDocument? document = null;
            try
            {
                document = _backend.GetDocument(hit.Id);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The preview then shows the snippet only.
            }

            _scheduler.Post(() =>
            {
                if (_documents.Count > 200)
                {
                    _documents.Clear();
                }

                _documents[hit.Id] = document;
                if (ticket == _documentTicket && !_disposed)
                {
                    ShowDocument(hit, document);
                    Raise(ViewModelChanges.Selection);
                }
            });
        });
    }

    private void ShowDocument(SearchHit hit, NewsDocument? document)
    {
        SelectedDocument = document;
        SelectedMatches = document is null ? [] : MatchFinder.Find(document.Body, MatchFinder.MarkedForms(hit), ShownStems);
        CurrentMatch = SelectedMatches.Count > 0 ? 0 : -1;
    }

    private void MoveMatch(int step)
    {
        var count = SelectedMatches.Count;
        if (count == 0)
        {
            return;
        }

        CurrentMatch = ((CurrentMatch < 0 ? (step > 0 ? -1 : 0) : CurrentMatch) + step + count) % count;
        Raise(ViewModelChanges.Selection);
    }

    private void Raise(ViewModelChanges changes) => Changed?.Invoke(changes);
}
