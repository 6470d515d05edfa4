using Search.Core.Searching;

namespace Search.Tui.Views;

/// <summary>One wrapped line of the preview.</summary>
/// <param name="Text">The text shown.</param>
/// <param name="Highlights">Matches within <paramref name="Text"/>.</param>
/// <param name="MatchIds">For each highlight, its index among the document's matches (-1 for title marks).</param>
/// <param name="Kind">How to draw it.</param>
internal sealed record PreviewLine(string Text, IReadOnlyList<HighlightRange> Highlights, IReadOnlyList<int> MatchIds, PreviewLineKind Kind);
