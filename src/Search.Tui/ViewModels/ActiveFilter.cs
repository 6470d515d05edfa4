namespace Search.Tui.ViewModels;

/// <summary>A filter in force, as listed in the filter bar.</summary>
/// <param name="Kind">Its dimension.</param>
/// <param name="Value">The facet value.</param>
/// <param name="Label">What the filter bar shows, e.g. <c>Akteur: Olaf Scholz</c> or <c>−Angela Merkel</c>.</param>
/// <param name="Excluded">A NOT filter: documents with the value are left out.</param>
public sealed record ActiveFilter(FacetKind Kind, string Value, string Label, bool Excluded = false);
