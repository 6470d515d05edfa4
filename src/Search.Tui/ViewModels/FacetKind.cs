namespace Search.Tui.ViewModels;

/// <summary>A facet dimension shown in a panel.</summary>
public enum FacetKind
{
    Actor,
    Location,
    Date,
}
