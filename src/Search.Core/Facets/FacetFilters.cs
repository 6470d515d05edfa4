using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Facets;

/// <summary>The facet filters of a request in the form the collector needs.</summary>
internal sealed class FacetFilters
{
    public FacetFilters(SearchRequest request)
    {
        Actors = request.Actors;
        Locations = request.Locations;
        HasDateRange = request.From is not null || request.To is not null;
        FromKey = request.From is { } from ? IndexSchema.EncodeDate(from) : 0;
        ToKey = request.To is { } to ? IndexSchema.EncodeDate(to) : 99991231;
        if (request.From is { } f && request.To is { } t && f.Year == t.Year)
        {
            DrillYear = f.Year;
            DateLevel = f.Month == t.Month ? DateLevel.Day : DateLevel.Month;
            DrillMonth = f.Month;
        }
    }

    public IReadOnlyList<string> Actors { get; }

    public IReadOnlyList<string> Locations { get; }

    public bool HasDateRange { get; }

    public long FromKey { get; }

    public long ToKey { get; }

    public DateLevel DateLevel { get; } = DateLevel.Year;

    public int DrillYear { get; }

    public int DrillMonth { get; }

    public bool Any => Actors.Count > 0 || Locations.Count > 0 || HasDateRange;
}
