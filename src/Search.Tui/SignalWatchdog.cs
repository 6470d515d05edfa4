namespace Search.Tui;

/// <summary>
/// Ends the process when the UI does not stop by itself after a signal. After a hang-up (the terminal closed, for
/// example by <c>tmux kill-session</c>) Terminal.Gui's input thread spins on the lost terminal and the process never
/// ended, burning CPU; so a signal arms this watchdog, and if the process still runs after the delay, it leaves with
/// the usual 128 + signal number.
/// </summary>
internal static class SignalWatchdog
{
    /// <summary>How long the UI gets to stop and restore the terminal.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private static readonly Lock Gate = new();
    private static Timer? _timer;

    /// <summary>Calls <paramref name="exit"/> with <paramref name="code"/> after <paramref name="delay"/> unless the process ended first (the first call wins).</summary>
    /// <returns>Whether this call armed the watchdog.</returns>
    public static bool Arm(int code, TimeSpan delay, Action<int> exit)
    {
        lock (Gate)
        {
            if (_timer is not null)
            {
                return false;
            }

            // Kept in a static field: a timer nobody refers to may be collected before it fires.
            _timer = new Timer(_ => exit(code), null, delay, Timeout.InfiniteTimeSpan);
            return true;
        }
    }

    /// <summary>Disarms the watchdog (tests).</summary>
    public static void Reset()
    {
        lock (Gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>The exit code of a process ended by <paramref name="signalNumber"/>.</summary>
    public static int ExitCode(int signalNumber) => 128 + signalNumber;

    /// <summary>Restores what can be restored of the terminal and ends the process.</summary>
    public static void Exit(int code)
    {
        TerminalRestore.Write(TerminalRestore.ModesAndScreen);
        Environment.Exit(code);
    }
}
