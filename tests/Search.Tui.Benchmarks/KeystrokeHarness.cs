using System.Diagnostics;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;
using Search.Tui.ViewModels;
using Search.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace Search.Tui.Benchmarks;

/// <summary>The real search window on the headless driver; types queries key by key and times each redraw.</summary>
internal sealed class KeystrokeHarness : IDisposable
{
    private readonly IApplication _app;
    private readonly ManualUiScheduler _scheduler = new();
    private readonly SearchViewModel _model;
    private readonly SearchWindow _window;
    private readonly SessionToken? _token;
    private readonly RecordingBackend _backend;

    public KeystrokeHarness(SearchIndex index, int width, int height)
    {
        _app = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        _backend = new RecordingBackend(new SearchIndexBackend(index));
        _model = new SearchViewModel(_backend, _scheduler);
        _window = new SearchWindow(_model, _app);
        _token = _app.Begin(_window);
        _model.Start();
        _app.LayoutAndDraw(true);
    }

    /// <summary>The main search requests the timed keystrokes caused (page and facet size as the UI sends them).</summary>
    public IReadOnlyList<SearchRequest> Requests => _backend.Requests;

    /// <summary>Timed keystrokes whose query the library refused (for example a prefix that is only a stop word).</summary>
    public int Errors { get; private set; }

    public void Clear()
    {
        Errors = 0;
        _backend.Requests.Clear();
        Parts.Clear();
    }

    /// <summary>Per keystroke: milliseconds to handle the key, to search and update, to lay out and draw.</summary>
    public List<(double Key, double Search, double Draw)> Parts { get; } = [];

    /// <summary>Empties the query field, then types <paramref name="query"/>; returns milliseconds per keystroke.</summary>
    public List<double> TypeQuery(string query)
    {
        while (_model.Query.Length > 0)
        {
            _app.InjectKey(Key.Backspace);
        }

        _scheduler.FlushTimers();
        _app.LayoutAndDraw(true);
        var samples = new List<double>(query.Length);
        foreach (var ch in query)
        {
            _backend.Recording = true;
            var stopwatch = Stopwatch.StartNew();
            _app.InjectKey(new Key(ch));
            _window.FlushTyping(); // the end of the input batch
            var injected = stopwatch.Elapsed.TotalMilliseconds;
            _scheduler.FlushTimers(); // the typing pause is over: the search runs now, synchronously
            var searched = stopwatch.Elapsed.TotalMilliseconds;
            _app.LayoutAndDraw(); // as the main loop does after input
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            _backend.Recording = false;
            if (_model.Error is not null)
            {
                Errors++;
            }

            Parts.Add((injected, searched - injected, stopwatch.Elapsed.TotalMilliseconds - searched));
        }

        if (_model.ShownQuery != query)
        {
            throw new InvalidOperationException($"The screen shows '{_model.ShownQuery}', not '{query}'.");
        }

        return samples;
    }

    /// <summary>
    /// Pastes <paramref name="text"/> as a terminal without bracketed paste delivers it (one key per character in
    /// one input batch) and returns milliseconds until the field is redrawn with it, and until the results are.
    /// </summary>
    public (double Field, double Results) Paste(string text)
    {
        while (_model.Query.Length > 0)
        {
            _app.InjectKey(Key.U.WithCtrl);
        }

        _scheduler.FlushTimers();
        _app.LayoutAndDraw(true);
        var stopwatch = Stopwatch.StartNew();
        foreach (var ch in text)
        {
            _app.InjectKey(new Key(ch));
        }

        _window.FlushTyping();
        _app.LayoutAndDraw();
        var field = stopwatch.Elapsed.TotalMilliseconds;
        _scheduler.FlushTimers();
        _app.LayoutAndDraw();
        return (field, stopwatch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Milliseconds to lay out and draw the unchanged screen, <paramref name="times"/> times.</summary>
    public List<double> RedrawUnchanged(int times, bool force)
    {
        var samples = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            _window.SetNeedsDraw();
            foreach (var view in _window.SubViews)
            {
                view.SetNeedsDraw();
            }

            _app.LayoutAndDraw(force);
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    public void Dispose()
    {
        if (_token is not null)
        {
            _app.End(_token);
        }

        _window.Dispose();
        _model.Dispose();
        _app.Dispose();
    }

    private sealed class RecordingBackend(ISearchBackend inner) : ISearchBackend
    {
        public List<SearchRequest> Requests { get; } = [];

        public bool Recording { get; set; }

        public SearchResults Search(SearchRequest request)
        {
            if (Recording && request.Skip == 0)
            {
                Requests.Add(request);
            }

            return inner.Search(request);
        }

        public NewsDocument? GetDocument(string id) => inner.GetDocument(id);

        public IReadOnlyList<FacetValue> FindFacetValues(string dimension, string text, int max) => inner.FindFacetValues(dimension, text, max);

        public IndexStatistics GetStatistics() => inner.GetStatistics();

        public long Refresh() => inner.Refresh();

        public IReadOnlyList<HighlightRange> MarkMatches(SearchResults results, string text) => inner.MarkMatches(results, text);
    }
}
