using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// Collects the hits of the base query (without facet filters) in one pass: a hit that passes every filter goes to
/// the inner collector and is counted in every dimension; a hit that fails exactly one dimension's filter is counted
/// in that dimension only (drill sideways); a hit that fails two or more is skipped.
/// </summary>
/// <remarks>Single use, single thread. Call <see cref="Finish"/> after the search.</remarks>
internal sealed class FacetCollector : ICollector
{
    private readonly ICollector _inner;
    private readonly FacetFilters _filters;
    private readonly bool _count;
    private readonly GlobalOrdinals _actorOrdinals;
    private readonly GlobalOrdinals _locationOrdinals;
    private readonly int[] _actorCounts;
    private readonly int[] _locationCounts;
    private readonly int[] _dateCounts;
    private int[] _actorMap = [];
    private int[] _locationMap = [];
    private SegmentOrdinals? _actorValues;
    private SegmentOrdinals? _locationValues;
    private NumericDocValues? _dateValues;
    private bool[]? _selectedActors;
    private bool[]? _selectedLocations;

    public FacetCollector(IndexReader reader, ICollector inner, FacetFilters filters, bool count)
    {
        _inner = inner;
        _filters = filters;
        _count = count;
        _actorOrdinals = GlobalOrdinals.For(reader, IndexSchema.Actor);
        _locationOrdinals = GlobalOrdinals.For(reader, IndexSchema.Location);
        _actorCounts = count ? new int[_actorOrdinals.Labels.Length] : [];
        _locationCounts = count ? new int[_locationOrdinals.Labels.Length] : [];
        _dateCounts = count ? new int[filters.DateLevel switch { DateLevel.Year => 10000, DateLevel.Month => 13, _ => 32 }] : [];
    }

    /// <summary>Hits that passed every filter.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _inner.SetNextReader(context);
        var reader = context.AtomicReader;
        _actorValues = SegmentOrdinals.For(reader, IndexSchema.Actor);
        _locationValues = SegmentOrdinals.For(reader, IndexSchema.Location);
        _dateValues = _count || _filters.HasDateRange ? reader.GetNumericDocValues(IndexSchema.Date) : null;
        _actorMap = _actorOrdinals.SegmentToGlobal[context.Ord];
        _locationMap = _locationOrdinals.SegmentToGlobal[context.Ord];
        _selectedActors = Resolve(reader, IndexSchema.Actor, _actorValues, _filters.Actors);
        _selectedLocations = Resolve(reader, IndexSchema.Location, _locationValues, _filters.Locations);
    }

    public void Collect(int doc)
    {
        var actorFails = _selectedActors is not null && !HasAny(_actorValues, doc, _selectedActors);
        var locationFails = _selectedLocations is not null && !HasAny(_locationValues, doc, _selectedLocations);
        var date = _dateValues?.Get(doc) ?? 0;
        var dateFails = _filters.HasDateRange && (date < _filters.FromKey || date > _filters.ToKey);
        var failures = (actorFails ? 1 : 0) + (locationFails ? 1 : 0) + (dateFails ? 1 : 0);
        if (failures > 1)
        {
            return;
        }

        if (failures == 0)
        {
            TotalHits++;
            _inner.Collect(doc);
        }

        if (!_count)
        {
            return;
        }

        if (failures == 0 || actorFails)
        {
            CountValues(_actorValues, doc, _actorMap, _actorCounts);
        }

        if (failures == 0 || locationFails)
        {
            CountValues(_locationValues, doc, _locationMap, _locationCounts);
        }

        if (failures == 0 || dateFails)
        {
            CountDate(date);
        }
    }

    /// <summary>Builds the facet results from the counts.</summary>
    public FacetResults Finish(int size)
    {
        if (!_count)
        {
            return FacetResults.Empty;
        }

        return new FacetResults(
            Top("actor", _actorCounts, _actorOrdinals.Labels, size),
            Top("location", _locationCounts, _locationOrdinals.Labels, size),
            DateDimension());
    }

    /// <summary>A mask over the segment's ordinals marking the selected values; null when nothing is selected.</summary>
    private static bool[]? Resolve(AtomicReader reader, string field, SegmentOrdinals? ordinals, IReadOnlyList<string> selected)
    {
        if (selected.Count == 0)
        {
            return null;
        }

        var mask = new bool[ordinals?.ValueCount ?? 0];
        var values = ordinals is null ? null : reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return mask;
        }

        foreach (var value in selected)
        {
            var ord = values.LookupTerm(new BytesRef(value));
            if (ord >= 0)
            {
                mask[ord] = true;
            }
        }

        return mask;
    }

    private static bool HasAny(SegmentOrdinals? values, int doc, bool[] selected)
    {
        if (values is null)
        {
            return false;
        }

        var ords = values.Ords;
        for (int i = values.Starts[doc], end = values.Starts[doc + 1]; i < end; i++)
        {
            if (selected[ords[i]])
            {
                return true;
            }
        }

        return false;
    }

    private static void CountValues(SegmentOrdinals? values, int doc, int[] map, int[] counts)
    {
        if (values is null)
        {
            return;
        }

        var ords = values.Ords;
        for (int i = values.Starts[doc], end = values.Starts[doc + 1]; i < end; i++)
        {
            counts[map[ords[i]]]++;
        }
    }

    private void CountDate(long date)
    {
        if (date <= 0)
        {
            return;
        }

        var year = (int)(date / 10000);
        var month = (int)(date / 100 % 100);
        switch (_filters.DateLevel)
        {
            case DateLevel.Year:
                if (year is > 0 and < 10000)
                {
                    _dateCounts[year]++;
                }

                break;
            case DateLevel.Month:
                if (year == _filters.DrillYear)
                {
                    _dateCounts[month]++;
                }

                break;
            default:
                if (year == _filters.DrillYear && month == _filters.DrillMonth)
                {
                    _dateCounts[(int)(date % 100)]++;
                }

                break;
        }
    }

    private static FacetDimension Top(string name, int[] counts, string[] labels, int size)
    {
        var distinct = 0;
        var queue = new PriorityQueue<int, (int Count, int NegOrd)>();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            var count = counts[ord];
            if (count == 0)
            {
                continue;
            }

            distinct++;
            if (size == 0)
            {
                continue;
            }

            if (queue.Count < size)
            {
                queue.Enqueue(ord, (count, -ord));
            }
            else
            {
                queue.EnqueueDequeue(ord, (count, -ord));
            }
        }

        var top = new List<FacetValue>(queue.Count);
        while (queue.TryDequeue(out var ord, out _))
        {
            top.Add(new FacetValue(labels[ord], counts[ord]));
        }

        top.Reverse();
        return new FacetDimension(name, top, distinct);
    }

    private FacetDimension DateDimension()
    {
        var values = new List<FacetValue>();
        for (var i = 0; i < _dateCounts.Length; i++)
        {
            if (_dateCounts[i] == 0)
            {
                continue;
            }

            var label = _filters.DateLevel switch
            {
                DateLevel.Year => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                DateLevel.Month => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_filters.DrillYear:D4}-{i:D2}"),
                _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_filters.DrillYear:D4}-{_filters.DrillMonth:D2}-{i:D2}"),
            };
            values.Add(new FacetValue(label, _dateCounts[i]));
        }

        return new FacetDimension("date", values, values.Count);
    }
}
