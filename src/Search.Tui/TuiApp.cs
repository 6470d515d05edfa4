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
        using var app = Application.Create().Init();
        using var model = new SearchViewModel(new SearchIndexBackend(index), new TerminalGuiScheduler(app));
        using var window = new SearchWindow(model, app);
        model.Start();
        app.Run(window);
    }
}
