using Search.Core.Searching;
using Search.Tui.ViewModels;
using Search.Tui.Views;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>Runs the terminal UI on an open index until the user quits (Ctrl-Q); the terminal is restored afterwards.</summary>
public static class TuiApp
{
    public static void Run(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);

        // The loop polls input, draws and runs timers and posted work once per iteration; at the default 25
        // iterations per second each of those hops costs up to 40 ms. 100 keeps typing-to-results short at
        // little idle cost.
        Application.MaximumIterationsPerSecond = 100;
        using var app = Application.Create().Init();
        using var model = new SearchViewModel(new SearchIndexBackend(index), new TerminalGuiScheduler(app), refreshInterval: TimeSpan.FromSeconds(2));
        using var window = new SearchWindow(model, app);
        using var trace = LatencyTrace.Attach(app, model, window);
        model.Start();
        app.Run(window);
    }
}
