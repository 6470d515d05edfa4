using System.Text;
using Search.Tui.ViewModels;
using Search.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace Search.Tui.Tests.TestSupport;

/// <summary>The real search window on the headless ANSI driver with virtual time and a manual scheduler.</summary>
public sealed class Headless : IDisposable
{
    private readonly SessionToken? _token;

    public Headless(ISearchBackend backend, int width = 120, int height = 35, QueryHistory? history = null, SearchWindow.State? state = null, Search.Tui.TuiOptions? options = null, TimeSpan? refreshInterval = null)
    {
        App = Application.Create(new VirtualTimeProvider()).Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Model = new SearchViewModel(backend, Scheduler, refreshInterval: refreshInterval) { History = history };
        Window = new SearchWindow(Model, App, state ?? new SearchWindow.State(), options ?? new Search.Tui.TuiOptions());
        _token = App.Begin(Window);
        Model.Start();
        Draw();
    }

    public IApplication App { get; }

    public ManualUiScheduler Scheduler { get; } = new();

    public SearchViewModel Model { get; }

    public SearchWindow Window { get; }

    /// <summary>The screen as lines of text.</summary>
    public string[] Lines => App.Driver!.ToString()!.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public string Screen => string.Join("\n", Lines);

    public void Type(string text)
    {
        foreach (var ch in text)
        {
            App.InjectKey(new Key(ch));
        }

        Window.FlushTyping(); // as the main loop does after an input batch
    }

    public void Press(Key key) => App.InjectKey(key);

    /// <summary>Lets the pause after typing pass (the search runs synchronously) and redraws.</summary>
    public void Settle()
    {
        Scheduler.FlushTimers();
        Draw();
    }

    public void Draw() => App.LayoutAndDraw(true);

    /// <summary>The screen now and after each of <paramref name="times"/> presses of <paramref name="key"/>, one text.</summary>
    public string ScreensWhilePressing(Key key, int times)
    {
        Draw();
        var seen = Screen;
        for (var i = 0; i < times; i++)
        {
            Press(key);
            Draw();
            seen += "\n" + Screen;
        }

        return seen;
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        Draw();
    }

    /// <summary>The cell at a screen position.</summary>
    public Cell Cell(int row, int column) => App.Driver!.Contents![row, column];

    /// <summary>Screen positions where <paramref name="text"/> starts.</summary>
    public List<(int Row, int Column)> Find(string text)
    {
        var found = new List<(int, int)>();
        var contents = App.Driver!.Contents!;
        for (var row = 0; row < contents.GetLength(0); row++)
        {
            var line = new StringBuilder();
            var columns = new List<int>();
            for (var column = 0; column < contents.GetLength(1); column++)
            {
                var grapheme = contents[row, column].Grapheme ?? " ";
                foreach (var ch in grapheme)
                {
                    line.Append(ch);
                    columns.Add(column);
                }
            }

            var s = line.ToString();
            for (var at = s.IndexOf(text, StringComparison.Ordinal); at >= 0; at = s.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                found.Add((row, columns[at]));
            }
        }

        return found;
    }

    /// <summary>Whether every cell of <paramref name="length"/> cells from the position has a yellow background (a marked match).</summary>
    public bool IsMarked(int row, int column, int length) =>
        Enumerable.Range(column, length).All(c => Cell(row, c).Attribute?.Background == new Color(StandardColor.Yellow)
            || Cell(row, c).Attribute?.Background == new Color(StandardColor.Cyan));

    public void Dispose()
    {
        if (_token is not null)
        {
            App.End(_token);
        }

        Window.Dispose();
        Model.Dispose();
        App.Dispose();
    }
}
