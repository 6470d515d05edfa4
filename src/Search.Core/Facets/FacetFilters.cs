using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// The filters of a search in the form the collector needs: selected values (ORed within a dimension, ANDed across
/// dimensions and with the date range), excluded values and date spans, and the date facet's level.
/// </summary>
/// <remarks>Immutable. Built from a request by the searching side, so this folder knows nothing of requests.</remarks>
internal sealed class FacetFilters
{
    /// <summary>Creates the filters. Actor and location values are matched folded (see <see cref="FacetText.Fold"/>).</summary>
    public FacetFilters(
        IReadOnlyList<string> actors,
        IReadOnlyList<string> locations,
        IReadOnlyList<string> excludeActors,
        IReadOnlyList<string> excludeLocations,
        DateOnly? from,
        DateOnly? to,
        IReadOnlyList<(DateOnly From, DateOnly To)> excludeDates)
    {
        Actors = actors;
        Locations = locations;
        ExcludeActors = excludeActors;
        ExcludeLocations = excludeLocations;
        HasDateRange = from is not null || to is not null;
        FromKey = from is { } f ? IndexSchema.EncodeDate(f) : 0;
        ToKey = to is { } t ? IndexSchema.EncodeDate(t) : 99991231;
        ExcludedDateKeys = [.. excludeDates.Select(span => ((long)IndexSchema.EncodeDate(span.From), (long)IndexSchema.EncodeDate(span.To)))];
        if (from is { } first && to is { } last && first.Year == last.Year)
        {
            DrillYear = first.Year;
            DateLevel = first.Month == last.Month ? DateLevel.Day : DateLevel.Month;
            DrillMonth = first.Month;
        }
    }

    /// <summary>No filter at all.</summary>
    public static FacetFilters None { get; } = new([], [], [], [], null, null, []);

    public IReadOnlyList<string> Actors { get; }

    public IReadOnlyList<string> Locations { get; }

    public IReadOnlyList<string> ExcludeActors { get; }

    public IReadOnlyList<string> ExcludeLocations { get; }

    public bool HasDateRange { get; }

    public long FromKey { get; }

    public long ToKey { get; }

    /// <summary>Excluded date spans as encoded date keys, both ends inclusive.</summary>
    public (long From, long To)[] ExcludedDateKeys { get; }

    public DateLevel DateLevel { get; } = DateLevel.Year;

    public int DrillYear { get; }

    public int DrillMonth { get; }

    /// <summary>Whether any document may be left out.</summary>
    public bool Any => Actors.Count > 0 || Locations.Count > 0 || HasDateRange || Excludes;

    /// <summary>Whether any value or date span is excluded.</summary>
    public bool Excludes => ExcludeActors.Count > 0 || ExcludeLocations.Count > 0 || ExcludedDateKeys.Length > 0;

    /// <summary>Whether a document dated <paramref name="dateKey"/> falls in an excluded span.</summary>
    public bool IsExcludedDate(long dateKey)
    {
        foreach (var (from, to) in ExcludedDateKeys)
        {
            if (dateKey >= from && dateKey <= to)
            {
                return true;
            }
        }

        return false;
    }
}
