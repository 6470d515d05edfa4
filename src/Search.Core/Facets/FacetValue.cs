namespace Search.Core.Facets;

/// <summary>One facet value with the number of matching documents.</summary>
/// <param name="Value">The value (an actor, a location, or a date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>).</param>
/// <param name="Count">Documents with this value among the results (see <see cref="FacetResults"/> for multi-select).</param>
public sealed record FacetValue(string Value, int Count);
