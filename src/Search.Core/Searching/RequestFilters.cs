using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>Turns the filters of a <see cref="SearchRequest"/> into the facet collector's <see cref="FacetFilters"/>.</summary>
internal static class RequestFilters
{
    public static FacetFilters For(SearchRequest request) => new(
        request.Actors,
        request.Locations,
        request.ExcludeActors,
        request.ExcludeLocations,
        request.From,
        request.To,
        [.. request.ExcludeDates.Select(span => (span.From, span.To))]);
}
