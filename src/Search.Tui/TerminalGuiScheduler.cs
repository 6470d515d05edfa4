using Search.Tui.ViewModels;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>Runs the view-model's work on a Terminal.Gui application: timers and posts on its UI loop, work on the thread pool.</summary>
internal sealed class TerminalGuiScheduler(IApplication app) : IUiScheduler
{
    public IDisposable Schedule(TimeSpan delay, Action action)
    {
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
    public void Post(Action action) => app.Invoke(() =>
    {
        action();
        app.LayoutAndDraw();
    });

    public void RunInBackground(Action work) => _ = Task.Run(work);

    private sealed class Cancellation(Action cancel) : IDisposable
    {
        private Action? _cancel = cancel;

        public void Dispose() => Interlocked.Exchange(ref _cancel, null)?.Invoke();
    }
}
