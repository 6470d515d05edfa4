using System.Runtime.CompilerServices;
using Terminal.Gui.App;

namespace Search.Tui;

/// <summary>
/// Sets Terminal.Gui up (its module initializer reads the built-in configuration, themes, key bindings and cultures:
/// about a sixth of a second of a fresh process) on a pool thread, so that it runs while the caller still opens or
/// updates the index instead of after it (issue 16: the window within 300 ms of start). Call it first thing when the
/// UI is going to open; the UI thread that needs Terminal.Gui waits for the set-up if it is not done yet.
/// </summary>
public static class TuiWarmUp
{
    private static int _started;

    /// <summary>Starts the set-up once per process; returns at once.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);
        }
    }

    private static void Run()
    {
        try
        {
            RuntimeHelpers.RunModuleConstructor(typeof(Application).Module.ModuleHandle);
            RuntimeHelpers.RunClassConstructor(typeof(Application).TypeHandle);
        }
        catch (TypeInitializationException)
        {
            // Thrown again where the UI starts, and reported there.
        }
    }
}
