using System.Diagnostics;
using System.Runtime.InteropServices;
using Search.Core.Searching;
using Search.Tui.ViewModels;
using Search.Tui.Views;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>
/// Runs the terminal UI on an open index until the user quits (Ctrl-Q, Ctrl-C) or a signal (SIGTERM, SIGHUP, SIGINT)
/// ends it; the terminal is restored in every case, also after an unexpected error (returned, to be printed after
/// the screen is back). Opening an article in $PAGER or $EDITOR leaves the UI, runs the program on the terminal and
/// comes back to the same query, filters and selection.
/// </summary>
public static class TuiApp
{
    public static void Run(SearchIndex index) => Run(index, new TuiOptions());

    public static TuiOutcome Run(SearchIndex index, TuiOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Run(new SearchIndexBackend(index), options);
    }

    /// <summary>
    /// Runs the UI on an index that is still being opened (<see cref="SearchIndex.Open"/> on another thread): the
    /// window is drawn at once and the first search waits for the index (issue 16: the window within 300 ms of
    /// start). When the opening fails, the UI shows why; the caller disposes the index once this returns.
    /// </summary>
    public static TuiOutcome Run(Task<SearchIndex> opening, TuiOptions options)
    {
        ArgumentNullException.ThrowIfNull(opening);
        return Run(new SearchIndexBackend(opening), options);
    }

    private static TuiOutcome Run(SearchIndexBackend backend, TuiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The loop polls input, draws and runs timers and posted work once per iteration; at the default 25
        // iterations per second each of those hops costs up to 40 ms. 100 keeps typing-to-results short at
        // little idle cost.
        Application.MaximumIterationsPerSecond = 100;
        var scheduler = new TerminalGuiScheduler();
        using var model = new SearchViewModel(backend, scheduler, refreshInterval: TimeSpan.FromSeconds(2))
        {
            History = options.HistoryFile is null ? null : new QueryHistory(options.HistoryFile),
        };
        var state = new SearchWindow.State();
        var started = false;
        var signalled = 0;
        try
        {
            while (true)
            {
                SearchWindow.Exit exit;
                using (var app = Application.Create().Init())
                {
                    scheduler.Attach(app);
                    using var signals = Signals(app, () => Interlocked.Exchange(ref signalled, 1));
                    using var window = new SearchWindow(model, app, state, options);
                    using var trace = LatencyTrace.Attach(app, model, window);
                    if (!started)
                    {
                        model.Start();
                        started = true;
                    }

                    app.Run(window);
                    exit = window.ExitReason;
                    scheduler.Detach();
                }

                TerminalRestore.Write(TerminalRestore.Modes);
                if (Volatile.Read(ref signalled) == 1)
                {
                    return new TuiOutcome([], null, Cancelled: true);
                }

                if (exit.Open is { } open)
                {
                    state.ProgramProblem = OpenInProgram(open.Path, open.Edit);
                    continue;
                }

                return new TuiOutcome(exit.Cancelled ? [] : state.Chosen(model), null, exit.Cancelled);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            TerminalRestore.Write(TerminalRestore.ModesAndScreen);
            return new TuiOutcome([], ex, Cancelled: true);
        }
    }

    /// <summary>SIGTERM, SIGHUP and SIGINT end the UI through its own loop, so it shuts down and restores the terminal.</summary>
    private static IDisposable Signals(IApplication app, Action onSignal)
    {
        var registrations = new List<IDisposable>();
        if (OperatingSystem.IsWindows())
        {
            return new Registrations(registrations);
        }

        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT })
        {
            var number = signal switch { PosixSignal.SIGHUP => 1, PosixSignal.SIGINT => 2, _ => 15 };
            registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true; // not killed at once: the loop stops and the terminal is restored
                onSignal();
                SignalWatchdog.Arm(SignalWatchdog.ExitCode(number), SignalWatchdog.Delay, SignalWatchdog.Exit);
                try
                {
                    app.Invoke(() => app.RequestStop());
                }
                catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
                {
                    // The UI is already gone.
                }
            }));
        }

        return new Registrations(registrations);
    }

    /// <summary>
    /// Runs $PAGER (or $EDITOR with <paramref name="edit"/>) on <paramref name="path"/> in the terminal and waits for it;
    /// with the output redirected (<c>--print</c>) it still runs on the terminal, not into the output. Returns why it
    /// could not run, in German, or null.
    /// </summary>
    private static string? OpenInProgram(string path, bool edit)
    {
        var variable = edit ? "EDITOR" : "PAGER";
        var program = Environment.GetEnvironmentVariable(variable);
        program = string.IsNullOrWhiteSpace(program) ? (edit ? "vi" : "less") : program;
        try
        {
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(OnTheTerminal ? $"{program} \"$1\" </dev/tty >/dev/tty 2>/dev/tty" : $"{program} \"$1\"");
            start.ArgumentList.Add("sh");
            start.ArgumentList.Add(path);
            using var process = Process.Start(start);
            process?.WaitForExit();
            return GermanLaunchText.ProgramFailed(program, variable, process?.ExitCode ?? 0);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return GermanLaunchText.ProgramFailed(program, variable, exitCode: -1);
        }
    }

    /// <summary>
    /// Whether a program started from the UI must be pointed at the terminal itself: the UI's output or input is
    /// redirected (<c>search tui --print &gt; file</c>), while the UI draws on the controlling terminal.
    /// </summary>
    private static bool OnTheTerminal =>
        (Console.IsOutputRedirected || Console.IsInputRedirected) && !OperatingSystem.IsWindows() && File.Exists("/dev/tty");

    private sealed class Registrations(List<IDisposable> items) : IDisposable
    {
        public void Dispose() => items.ForEach(i => i.Dispose());
    }
}
