namespace Search.Core.Facets;

/// <summary>Granularity of the date facet.</summary>
internal enum DateLevel
{
    Year,
    Month,
    Day,
}
