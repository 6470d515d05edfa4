namespace Search.Core.Facets;

/// <summary>The counted values of one facet dimension.</summary>
/// <param name="Name">The dimension: <c>actor</c>, <c>location</c> or <c>date</c>.</param>
/// <param name="Values">Top values, most frequent first (date: chronological); a value selected as a filter of the request is
/// listed too, in its place by count, when it is not among the top values (its count may then be zero).</param>
/// <param name="DistinctValues">How many distinct values have a count above zero.</param>
public sealed record FacetDimension(string Name, IReadOnlyList<FacetValue> Values, int DistinctValues)
{
    /// <summary>An empty dimension.</summary>
    public static FacetDimension Empty(string name) => new(name, [], 0);
}
