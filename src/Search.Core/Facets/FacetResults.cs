namespace Search.Core.Facets;

/// <summary>Facet counts of a search.</summary>
/// <remarks>
/// Counts follow the query and the other dimensions' filters. A dimension's own selection is ignored for its own
/// counts (multi-select, "drill sideways"): with actor A selected, actor B still shows how many documents adding B
/// would bring. The date dimension lists years; months when the date range lies within one year; days when it lies
/// within one month.
/// </remarks>
/// <param name="Actor">Counts of actors.</param>
/// <param name="Location">Counts of locations.</param>
/// <param name="Date">Counts by publication date.</param>
public sealed record FacetResults(FacetDimension Actor, FacetDimension Location, FacetDimension Date)
{
    /// <summary>No counts.</summary>
    public static FacetResults Empty { get; } = new(FacetDimension.Empty("actor"), FacetDimension.Empty("location"), FacetDimension.Empty("date"));
}
