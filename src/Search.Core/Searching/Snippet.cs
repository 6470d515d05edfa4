namespace Search.Core.Searching;

/// <summary>A passage of a document's text with the query's matches marked.</summary>
/// <param name="Text">The passage, taken from the stored text (an ellipsis marks a cut).</param>
/// <param name="Highlights">The matches within <paramref name="Text"/>, in order, not overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<HighlightRange> Highlights);
