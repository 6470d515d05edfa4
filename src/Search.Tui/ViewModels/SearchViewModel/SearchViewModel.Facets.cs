using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

public sealed partial class SearchViewModel
{
    /// <summary>The filters in force, in the order actors, locations, date.</summary>
    public IReadOnlyList<ActiveFilter> ActiveFilters
    {
        get
        {
            var filters = new List<ActiveFilter>();
            filters.AddRange(_actors.Select(a => new ActiveFilter(FacetKind.Actor, a, $"Akteur: {a}")));
            filters.AddRange(_locations.Select(l => new ActiveFilter(FacetKind.Location, l, $"Ort: {l}")));
            if (_date is not null)
            {
                filters.Add(new ActiveFilter(FacetKind.Date, _date, $"Datum: {GermanDates.LongLabel(_date)}"));
            }

            filters.AddRange(ExclusionFilters());
            return filters;
        }
    }

    /// <summary>Selects or deselects an actor or location; for the date, drills into (or back out of) a value.</summary>
    public void ToggleFacet(FacetKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (kind)
        {
            case FacetKind.Actor:
                Toggle(_actors, value);
                break;
            case FacetKind.Location:
                Toggle(_locations, value);
                break;
            default:
                _date = value == _date ? GermanDates.Parent(value) : value;
                break;
        }

        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    /// <summary>Goes one level up in the date panel (day to month, month to year, year to all).</summary>
    public void DateUp()
    {
        if (_date is null)
        {
            return;
        }

        _date = DateUpTarget(_date);
        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    public void RemoveFilter(ActiveFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var removed = filter.Excluded ? Excluded(filter.Kind).Remove(filter.Value) : filter.Kind switch
        {
            FacetKind.Actor => _actors.Remove(filter.Value),
            FacetKind.Location => _locations.Remove(filter.Value),
            _ => _date is not null && (_date = null) is null,
        };
        if (removed)
        {
            Raise(ViewModelChanges.Facets);
            SearchNow();
        }
    }

    public void ClearFilters()
    {
        if (_actors.Count == 0 && _locations.Count == 0 && _date is null
            && _excludedActors.Count == 0 && _excludedLocations.Count == 0 && _excludedDates.Count == 0)
        {
            return;
        }

        _actors.Clear();
        _locations.Clear();
        _date = null;
        _excludedActors.Clear();
        _excludedLocations.Clear();
        _excludedDates.Clear();
        Raise(ViewModelChanges.Facets);
        SearchNow();
    }

    /// <summary>The text typed into a facet panel to find values in it.</summary>
    public string PanelFilter(FacetKind kind) => _panelFilters.GetValueOrDefault(kind, "");

    /// <summary>Finds values of an actor or location panel by typed text (over the whole index).</summary>
    public void SetPanelFilter(FacetKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (kind == FacetKind.Date || PanelFilter(kind) == text)
        {
            return;
        }

        _panelFilters[kind] = text;
        var ticket = ++_panelTickets[kind];
        if (text.Trim().Length == 0)
        {
            _panelFilterValues.Remove(kind);
            Raise(ViewModelChanges.Facets);
            return;
        }

        var dimension = kind == FacetKind.Actor ? "actor" : "location";
        _scheduler.RunInBackground(() =>
        {
            IReadOnlyList<FacetValue> values;
            string? error = null;
            try
            {
                values = _backend.FindFacetValues(dimension, text, 50);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                values = [];
                error = GermanMessages.ForFailure(ex);
            }

            _scheduler.Post(() =>
            {
                if (ticket == _panelTickets[kind])
                {
                    _panelFilterValues[kind] = values;
                    _panelErrors[kind] = error;
                    Raise(ViewModelChanges.Facets);
                }
            });
        });
    }

    /// <summary>Why finding values by the panel's typed text failed (German), or null.</summary>
    public string? PanelError(FacetKind kind) => PanelFilter(kind).Trim().Length > 0 ? _panelErrors.GetValueOrDefault(kind) : null;

    /// <summary>The rows of a facet panel.</summary>
    public IReadOnlyList<FacetItem> PanelItems(FacetKind kind)
    {
        if (kind == FacetKind.Date)
        {
            return DateItems();
        }

        var selected = kind == FacetKind.Actor ? _actors : _locations;
        if (PanelFilter(kind).Trim().Length > 0)
        {
            var found = _panelFilterValues.GetValueOrDefault(kind) ?? [];
            return [.. found.Select(v => new FacetItem(v.Value, v.Value, v.Count, selected.Contains(v.Value), IsIndexCount: true))];
        }

        if (ShowSignificant)
        {
            return [.. ExcludedItems(kind), .. SignificantItems(kind, selected)];
        }

        var dimension = kind == FacetKind.Actor ? Results?.Facets.Actor : Results?.Facets.Location;
        var values = dimension?.Values ?? [];
        var items = new List<FacetItem>(values.Count + selected.Count);
        items.AddRange(ExcludedItems(kind));
        foreach (var missing in selected.Where(s => !values.Any(v => v.Value == s)))
        {
            items.Add(new FacetItem(missing, missing, 0, true));
        }

        items.AddRange(values.Select(v => new FacetItem(v.Value, v.Value, v.Count, selected.Contains(v.Value))));
        return items;
    }

    /// <summary>Distinct values with hits in a dimension (for the panel title).</summary>
    public int PanelDistinct(FacetKind kind) => kind switch
    {
        FacetKind.Actor => Results?.Facets.Actor.DistinctValues ?? 0,
        FacetKind.Location => Results?.Facets.Location.DistinctValues ?? 0,
        _ => Results?.Facets.Date.DistinctValues ?? 0,
    };

    /// <summary>Hits over time at the date panel's level, gaps filled with zeros, for a sparkline.</summary>
    public IReadOnlyList<FacetValue> DateSeries()
    {
        var values = Results?.Facets.Date.Values ?? [];
        if (values.Count == 0)
        {
            return [];
        }

        var ordered = values.OrderBy(v => v.Value, StringComparer.Ordinal).ToList();
        while (ordered.Count > 1 && GermanDates.Level(ordered[0].Value) == 0
            && int.Parse(ordered[1].Value, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(ordered[0].Value, System.Globalization.CultureInfo.InvariantCulture) > 50)
        {
            ordered.RemoveAt(0); // an implausible date (such as year 1) would flatten the sparkline
        }

        var level = GermanDates.Level(ordered[0].Value);
        var counts = ordered.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        var series = new List<FacetValue>();
        switch (level)
        {
            case 0:
                var first = int.Parse(ordered[0].Value, System.Globalization.CultureInfo.InvariantCulture);
                var last = int.Parse(ordered[^1].Value, System.Globalization.CultureInfo.InvariantCulture);
                for (var year = first; year <= last; year++)
                {
                    var key = year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
                    series.Add(new FacetValue(key, counts.GetValueOrDefault(key)));
                }

                break;
            case 1:
                var y = ordered[0].Value[..4];
                for (var month = 1; month <= 12; month++)
                {
                    var key = $"{y}-{month:00}";
                    series.Add(new FacetValue(key, counts.GetValueOrDefault(key)));
                }

                break;
            default:
                var (from, to) = GermanDates.Range(ordered[0].Value[..7]);
                for (var day = from; day <= to; day = day.AddDays(1))
                {
                    var key = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    series.Add(new FacetValue(key, counts.GetValueOrDefault(key)));
                }

                break;
        }

        return series;
    }

    private static void Toggle(List<string> list, string value)
    {
        if (!list.Remove(value))
        {
            list.Add(value);
        }
    }

    private static string? DateUpTarget(string date) => GermanDates.Parent(date);

    private IReadOnlyList<FacetItem> DateItems()
    {
        var items = new List<FacetItem>();
        if (_date is not null)
        {
            var up = DateUpTarget(_date);
            items.Add(new FacetItem(up ?? "", up is null ? "◂ Alle Jahre" : $"◂ {GermanDates.LongLabel(up)}", 0, false, IsUp: true));
        }

        items.AddRange(ExcludedItems(FacetKind.Date));

        var values = Results?.Facets.Date.Values ?? [];
        var descending = GermanDates.Level(values.Count > 0 ? values[0].Value : "") == 0;
        var ordered = descending
            ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
            : values.OrderBy(v => v.Value, StringComparer.Ordinal);
        items.AddRange(ordered.Select(v => new FacetItem(v.Value, GermanDates.Label(v.Value), v.Count, v.Value == _date)));
        return items;
    }
}
