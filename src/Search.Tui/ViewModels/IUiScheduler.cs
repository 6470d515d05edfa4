namespace Search.Tui.ViewModels;

/// <summary>
/// Where the view-model's work runs. The view-model's state is only touched on the UI thread; searches run in the
/// background and post their results back. Tests use <see cref="ManualUiScheduler"/> to make timing deterministic.
/// </summary>
public interface IUiScheduler
{
    /// <summary>Runs <paramref name="action"/> on the UI thread after <paramref name="delay"/>; dispose the result to cancel.</summary>
    IDisposable Schedule(TimeSpan delay, Action action);

    /// <summary>Runs <paramref name="action"/> on the UI thread (soon; may be called from any thread).</summary>
    void Post(Action action);

    /// <summary>Runs <paramref name="work"/> off the UI thread.</summary>
    void RunInBackground(Action work);
}
