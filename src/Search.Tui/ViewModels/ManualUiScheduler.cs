namespace Search.Tui.ViewModels;

/// <summary>
/// A single-threaded scheduler with virtual time, for tests and benchmarks: timers fire only in <see cref="Advance"/>
/// or <see cref="FlushTimers"/>; posted actions run at once; background work runs at once unless
/// <see cref="DeferBackground"/> is set, in which case it waits for <see cref="RunBackground"/>.
/// </summary>
public sealed class ManualUiScheduler : IUiScheduler
{
    private readonly List<Timer> _timers = [];
    private readonly List<Action> _background = [];

    /// <summary>Virtual time elapsed.</summary>
    public TimeSpan Now { get; private set; }

    /// <summary>When set, background work is queued until <see cref="RunBackground"/>.</summary>
    public bool DeferBackground { get; set; }

    /// <summary>Background work waiting to run.</summary>
    public int PendingBackground => _background.Count;

    /// <summary>Timers waiting to fire.</summary>
    public int PendingTimers => _timers.Count(t => !t.Cancelled);

    public IDisposable Schedule(TimeSpan delay, Action action)
    {
        var timer = new Timer(Now + delay, action);
        _timers.Add(timer);
        return timer;
    }

    public void Post(Action action) => action();

    public void RunInBackground(Action work)
    {
        if (DeferBackground)
        {
            _background.Add(work);
        }
        else
        {
            work();
        }
    }

    /// <summary>Moves virtual time on and fires the timers that fall due.</summary>
    public void Advance(TimeSpan by)
    {
        Now += by;
        while (true)
        {
            var due = _timers.Where(t => !t.Cancelled && t.Due <= Now).OrderBy(t => t.Due).FirstOrDefault();
            if (due is null)
            {
                break;
            }

            _timers.Remove(due);
            due.Action();
        }

        _timers.RemoveAll(t => t.Cancelled);
    }

    /// <summary>Fires every pending timer now, whatever its due time.</summary>
    public void FlushTimers()
    {
        var latest = _timers.Where(t => !t.Cancelled).Select(t => t.Due).DefaultIfEmpty(Now).Max();
        Advance(latest > Now ? latest - Now : TimeSpan.Zero);
    }

    /// <summary>Runs the queued background work item at <paramref name="index"/> (0 = oldest).</summary>
    public void RunBackground(int index = 0)
    {
        var work = _background[index];
        _background.RemoveAt(index);
        work();
    }

    /// <summary>Runs all queued background work, including work queued meanwhile.</summary>
    public void RunAllBackground()
    {
        while (_background.Count > 0)
        {
            RunBackground();
        }
    }

    private sealed class Timer(TimeSpan due, Action action) : IDisposable
    {
        public TimeSpan Due { get; } = due;

        public Action Action { get; } = action;

        public bool Cancelled { get; private set; }

        public void Dispose() => Cancelled = true;
    }
}
