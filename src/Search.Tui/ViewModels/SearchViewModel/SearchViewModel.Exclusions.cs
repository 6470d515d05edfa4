using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>
/// NOT filters (Kibana's "filter out": a key in Akteure/Orte/Datum leaves documents with the value out, shown as
/// <c>−Merkel</c> in the filter bar) and the "Auffällig" mode of the actor and location panels (the values far more
/// frequent in the hits than in the whole index).
/// </summary>
public sealed partial class SearchViewModel
{
    /// <summary>Significant values asked for per search in the "Auffällig" mode.</summary>
    public const int SignificantSize = 15;

    private readonly List<string> _excludedActors = [];
    private readonly List<string> _excludedLocations = [];
    private readonly List<string> _excludedDates = [];

    public IReadOnlyList<string> ExcludedActors => _excludedActors;

    public IReadOnlyList<string> ExcludedLocations => _excludedLocations;

    /// <summary>Left-out dates: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public IReadOnlyList<string> ExcludedDates => _excludedDates;

    /// <summary>Whether the actor and location panels show the values that stand out in the hits ("Auffällig").</summary>
    public bool ShowSignificant { get; private set; }

    /// <summary>Leaves documents with <paramref name="value"/> out, or takes the exclusion back; an inclusion of the same value ends.</summary>
    public void ToggleExclusion(FacetKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var excluded = Excluded(kind);
        if (!excluded.Remove(value))
        {
            excluded.Add(value);
            switch (kind)
            {
                case FacetKind.Actor:
                    _actors.Remove(value);
                    break;
                case FacetKind.Location:
                    _locations.Remove(value);
                    break;
                default:
                    if (_date is not null && (_date == value || _date.StartsWith(value + "-", StringComparison.Ordinal)))
                    {
                        _date = GermanDates.Parent(value);
                    }

                    break;
            }
        }

        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    /// <summary>Switches the actor and location panels between their counts and the values that stand out ("Auffällig").</summary>
    public void ToggleSignificant()
    {
        ShowSignificant = !ShowSignificant;
        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    private List<string> Excluded(FacetKind kind) => kind switch
    {
        FacetKind.Actor => _excludedActors,
        FacetKind.Location => _excludedLocations,
        _ => _excludedDates,
    };

    private IEnumerable<ActiveFilter> ExclusionFilters() =>
        _excludedActors.Select(a => new ActiveFilter(FacetKind.Actor, a, $"−{a}", Excluded: true))
            .Concat(_excludedLocations.Select(l => new ActiveFilter(FacetKind.Location, l, $"−{l}", Excluded: true)))
            .Concat(_excludedDates.Select(d => new ActiveFilter(FacetKind.Date, d, $"−{GermanDates.LongLabel(d)}", Excluded: true)));

    private IReadOnlyList<DateSpan> ExcludedSpans() =>
        [.. _excludedDates.Select(d => GermanDates.Range(d)).Select(r => new DateSpan(r.From, r.To))];

    /// <summary>The "Auffällig" rows of an actor or location panel: value, hits with it, documents in the index with it.</summary>
    private IReadOnlyList<FacetItem> SignificantItems(FacetKind kind, List<string> selected)
    {
        var values = kind == FacetKind.Actor ? Results?.Significant.Actor : Results?.Significant.Location;
        return [.. (values ?? []).Select(v => new FacetItem(v.Value, v.Value, v.Count, selected.Contains(v.Value), Background: v.BackgroundCount))];
    }

    /// <summary>Excluded values of a panel, listed first (they have no hits) so they can be taken back.</summary>
    private IEnumerable<FacetItem> ExcludedItems(FacetKind kind) =>
        Excluded(kind).Select(v => new FacetItem(v, kind == FacetKind.Date ? GermanDates.Label(v) : v, 0, false, Excluded: true));
}
