namespace Search.Tui.ViewModels;

/// <summary>What changed in a <see cref="SearchViewModel.Changed"/> notification.</summary>
[Flags]
public enum ViewModelChanges
{
    None = 0,

    /// <summary>A new result list (selection back at the top).</summary>
    Results = 1,

    /// <summary>More hits of the same result list arrived.</summary>
    Page = 2,

    /// <summary>Facet panels (counts, selections, panel filters).</summary>
    Facets = 4,

    /// <summary>The selected hit or its loaded document.</summary>
    Selection = 8,

    /// <summary>Error, notice, status or sort.</summary>
    Status = 16,

    All = Results | Page | Facets | Selection | Status,
}
