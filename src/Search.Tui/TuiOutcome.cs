namespace Search.Tui;

/// <summary>How the terminal UI ended.</summary>
/// <param name="Chosen">Paths of the articles marked for printing (or the selected one), in order; empty when cancelled.</param>
/// <param name="Failure">The unexpected error that ended the UI (the terminal is restored before it is returned), or null.</param>
/// <param name="Cancelled">Quit with Ctrl-C (nothing chosen), or by a signal.</param>
public sealed record TuiOutcome(IReadOnlyList<string> Chosen, Exception? Failure, bool Cancelled);
