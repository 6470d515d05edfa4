namespace Search.Tui.ViewModels;

/// <summary>One row of a facet panel.</summary>
/// <param name="Value">The facet value (for dates <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>).</param>
/// <param name="Label">What the panel shows.</param>
/// <param name="Count">Documents with this value (see <see cref="IsIndexCount"/>).</param>
/// <param name="Selected">Whether the value is an active filter.</param>
/// <param name="IsUp">A date row that goes one level up instead of selecting.</param>
/// <param name="IsIndexCount">The count is over the whole index (panel filter typed), not over the results.</param>
/// <param name="Excluded">Whether the value is left out (a NOT filter).</param>
/// <param name="Background">For "Auffällig": documents in the whole index with the value, else -1.</param>
public sealed record FacetItem(string Value, string Label, int Count, bool Selected, bool IsUp = false, bool IsIndexCount = false, bool Excluded = false, int Background = -1);
