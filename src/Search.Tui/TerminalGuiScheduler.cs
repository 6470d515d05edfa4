using Search.Tui.ViewModels;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>
/// Runs the view-model's work on a Terminal.Gui application: timers and posts on its UI loop, work on the thread
/// pool. The application can change (the UI is left to run $PAGER and opened again); work posted while there is
/// none waits for the next one.
/// </summary>
internal sealed class TerminalGuiScheduler : IUiScheduler
{
    private readonly Lock _lock = new();
    private readonly List<Action> _waiting = [];
    private readonly List<(TimeSpan Delay, Action Action)> _waitingTimers = [];
    private IApplication? _app;

    public void Attach(IApplication app)
    {
        List<Action> waiting;
        List<(TimeSpan, Action)> timers;
        lock (_lock)
        {
            _app = app;
            waiting = [.. _waiting];
            timers = [.. _waitingTimers];
            _waiting.Clear();
            _waitingTimers.Clear();
        }

        waiting.ForEach(Post);
        timers.ForEach(t => Schedule(t.Item1, t.Item2));
    }

    public void Detach()
    {
        lock (_lock)
        {
            _app = null;
        }
    }

    public IDisposable Schedule(TimeSpan delay, Action action)
    {
        IApplication? app;
        lock (_lock)
        {
            app = _app;
            if (app is null)
            {
                _waitingTimers.Add((delay, action));
                return new Cancellation(() => { lock (_lock) { _waitingTimers.RemoveAll(t => t.Action == action); } });
            }
        }

        var token = app.AddTimeout(delay, () =>
        {
            action();
            return false;
        });
        return new Cancellation(() =>
        {
            if (token is not null)
            {
                app.RemoveTimeout(token);
            }
        });
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the UI loop and draws at once: the loop runs posted actions after its
    /// draw step, so waiting for the next iteration would add a whole iteration to every search.
    /// </summary>
    public void Post(Action action)
    {
        IApplication? app;
        lock (_lock)
        {
            app = _app;
            if (app is null)
            {
                _waiting.Add(action);
                return;
            }
        }

        app.Invoke(() =>
        {
            action();
            app.LayoutAndDraw();
        });
    }

    public void RunInBackground(Action work) => _ = Task.Run(work);

    private sealed class Cancellation(Action cancel) : IDisposable
    {
        private Action? _cancel = cancel;

        public void Dispose() => Interlocked.Exchange(ref _cancel, null)?.Invoke();
    }
}
