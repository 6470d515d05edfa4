using System.Diagnostics;
using System.Globalization;
using Search.Tui.ViewModels;
using Search.Tui.Views;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>
/// With <c>SEARCH_TUI_TRACE=FILE</c>, writes one line per search shown: milliseconds from the keystroke that changed
/// the query to the end of the first redraw with its results, and the same minus the typing pause. Measures the real
/// app, threads and main loop included.
/// </summary>
internal sealed class LatencyTrace : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly TimeSpan _pause;
    private long _keystroke;
    private bool _pending;

    private LatencyTrace(string path, IApplication app, SearchViewModel model, SearchWindow window)
    {
        _writer = new StreamWriter(path, append: true) { AutoFlush = true };
        _pause = model.Debounce;
        window.QueryField.TextChanged += (_, _) => _keystroke = Stopwatch.GetTimestamp();
        model.Changed += changes => _pending |= changes.HasFlag(ViewModelChanges.Results) && _keystroke != 0;
        app.LayoutAndDrawComplete += (_, _) =>
        {
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
}
