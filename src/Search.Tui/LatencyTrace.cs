using System.Diagnostics;
using System.Globalization;
using Search.Tui.ViewModels;
using Search.Tui.Views;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>
/// With <c>SEARCH_TUI_TRACE=FILE</c>, writes one line per search shown: milliseconds from the keystroke that changed
/// the query to the end of the first redraw with its results, and the same minus the typing pause. Measures the real
/// app, threads and main loop included. Also two start-up lines (issue 16): <c>start-window</c>, milliseconds from the
/// process's start to the end of the first drawn frame, and <c>start-results</c>, to the end of the first frame that
/// shows search results.
/// </summary>
internal sealed class LatencyTrace : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly TimeSpan _pause;
    private long _keystroke;
    private bool _pending;
    // Once a process: the UI is set up anew after an article was opened in the pager.
    private static bool _windowDrawn;
    private static bool _resultsDrawn;

    private LatencyTrace(string path, IApplication app, SearchViewModel model, SearchWindow window)
    {
        _writer = new StreamWriter(path, append: true) { AutoFlush = true };
        _pause = model.Debounce;
        window.QueryField.TextChanged += (_, _) => _keystroke = Stopwatch.GetTimestamp();
        model.Changed += changes => _pending |= changes.HasFlag(ViewModelChanges.Results) && _keystroke != 0;
        app.LayoutAndDrawComplete += (_, _) =>
        {
            if (!_windowDrawn)
            {
                _windowDrawn = true;
                WriteSinceStart("start-window");
            }

            if (!_resultsDrawn && model.Results is not null)
            {
                _resultsDrawn = true;
                WriteSinceStart("start-results");
            }

            if (!_pending)
            {
                return;
            }

            _pending = false;
            var total = Stopwatch.GetElapsedTime(_keystroke);
            _keystroke = 0;
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{total.TotalMilliseconds:0.0}\t{(total - _pause).TotalMilliseconds:0.0}\t{model.ShownQuery}"));
        };
    }

    public static LatencyTrace? Attach(IApplication app, SearchViewModel model, SearchWindow window)
    {
        var path = Environment.GetEnvironmentVariable("SEARCH_TUI_TRACE");
        return string.IsNullOrWhiteSpace(path) ? null : new LatencyTrace(path, app, model, window);
    }

    public void Dispose() => _writer.Dispose();

    private void WriteSinceStart(string what)
    {
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sinceStart.TotalMilliseconds:0.0}\t{what}"));
    }
}
