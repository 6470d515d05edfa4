using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// Collects the hits of the base query (without facet filters) in one pass. A hit with an excluded value or date
/// is dropped. Of the rest, a hit that passes every filter goes to the inner collector and is counted in every
/// dimension; a hit that fails exactly one dimension's filter is counted in that dimension only (drill sideways);
/// a hit that fails two or more is skipped. With significant values asked for, the values of the hits that pass
/// every filter are counted too.
/// </summary>
/// <remarks>
/// Single use, single thread. Call <see cref="Finish"/> (and <see cref="FinishSignificant"/>) after the search,
/// then dispose it (the count and hit arrays are rented from a pool and go back to it). Nothing is allocated per hit:
/// filters are masks over the reader's global ordinals, values and dates come from cached plain arrays
/// (<see cref="SegmentOrdinals"/>, <see cref="SegmentDates"/>). Without filters a hit's values are needed only for
/// counting: the hits are collected into a pooled array and counted at the end, the dimensions side by side when
/// there are many (<see cref="CountCollected"/>).
/// </remarks>
internal sealed partial class FacetCollector : ICollector, IDisposable
{
    private static readonly int[] NoOrdinals = [0];

    private readonly IndexReader _reader;
    private readonly ICollector _inner;
    private readonly FacetFilters _filters;
    private readonly bool _count;
    private readonly bool _needDates;
    private readonly GlobalOrdinals _actorOrdinals;
    private readonly GlobalOrdinals _locationOrdinals;
    private readonly bool[]? _selectedActors;
    private readonly bool[]? _selectedLocations;
    private readonly bool[]? _excludedActors;
    private readonly bool[]? _excludedLocations;
    private readonly int[] _actorCounts;
    private readonly int[] _locationCounts;
    private readonly int[]? _hitActorCounts;
    private readonly int[]? _hitLocationCounts;
    private readonly DateCounts _dateCounts;
    private readonly bool[]? _actorsMergedInto;
    private readonly bool[]? _locationsMergedInto;
    private readonly bool _unfiltered;
    private readonly bool _collectHits;
    private readonly int _parallelCountingHits;
    private int[] _hits = [];
    private int _hitCount;
    private int _segmentFrom;
    private bool _counted;
    private bool _disposed;

    // The current segment: its values (Ords[Starts[d]..Starts[d + 1]]), their global ordinals, the dates.
    private int[] _actorStarts = NoOrdinals;
    private int[] _actorOrds = [];
    private int[] _actorMap = [];
    private int[] _locationStarts = NoOrdinals;
    private int[] _locationOrds = [];
    private int[] _locationMap = [];
    private int[] _dates = [];
    private bool _hasActors;
    private bool _hasLocations;

    /// <param name="reader">The top-level reader searched.</param>
    /// <param name="inner">Receives the hits that pass every filter.</param>
    /// <param name="filters">Selections and exclusions.</param>
    /// <param name="count">Whether to count facet values.</param>
    /// <param name="significant">Whether to count the hits' values for <see cref="FinishSignificant"/>.</param>
    /// <param name="parallelCountingHits">From how many hits on the dimensions are counted side by side.</param>
    public FacetCollector(IndexReader reader, ICollector inner, FacetFilters filters, bool count, bool significant = false, int parallelCountingHits = ParallelCountingHits)
    {
        _parallelCountingHits = parallelCountingHits;
        _reader = reader;
        _inner = inner;
        _filters = filters;
        _count = count;
        _needDates = count || filters.HasDateRange || filters.ExcludedDateKeys.Length > 0;
        _actorOrdinals = GlobalOrdinals.For(reader, IndexSchema.Actor);
        _locationOrdinals = GlobalOrdinals.For(reader, IndexSchema.Location);
        _selectedActors = _actorOrdinals.Mask(filters.Actors);
        _selectedLocations = _locationOrdinals.Mask(filters.Locations);
        _excludedActors = _actorOrdinals.Mask(filters.ExcludeActors);
        _excludedLocations = _locationOrdinals.Mask(filters.ExcludeLocations);
        _actorCounts = count ? Rent(_actorOrdinals.Labels.Length) : [];
        _locationCounts = count ? Rent(_locationOrdinals.Labels.Length) : [];
        if (significant)
        {
            // Without a selection in a dimension, its facet counts are exactly the hits' counts.
            _hitActorCounts = count && _selectedActors is null ? _actorCounts : Rent(_actorOrdinals.Labels.Length);
            _hitLocationCounts = count && _selectedLocations is null ? _locationCounts : Rent(_locationOrdinals.Labels.Length);
        }

        _dateCounts = count ? new DateCounts(reader, filters) : DateCounts.None;
        _actorsMergedInto = _actorOrdinals.ReceivesMerged; // merged values: a document counts once under a target it reaches twice
        _locationsMergedInto = _locationOrdinals.ReceivesMerged;
        _unfiltered = _selectedActors is null && _selectedLocations is null && _excludedActors is null && _excludedLocations is null
            && !filters.HasDateRange && filters.ExcludedDateKeys.Length == 0;
        _collectHits = _unfiltered && (count || significant);
    }

    /// <summary>Hits that passed every filter.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        CloseSegment();
        _inner.SetNextReader(context);
        var reader = context.AtomicReader;
        var actors = _actorOrdinals.Segments[context.Ord];
        var locations = _locationOrdinals.Segments[context.Ord];
        _hasActors = actors is not null;
        _actorStarts = actors?.Starts ?? NoOrdinals;
        _actorOrds = actors?.Ords ?? [];
        _actorMap = _actorOrdinals.SegmentToGlobal[context.Ord];
        _hasLocations = locations is not null;
        _locationStarts = locations?.Starts ?? NoOrdinals;
        _locationOrds = locations?.Ords ?? [];
        _locationMap = _locationOrdinals.SegmentToGlobal[context.Ord];
        _dates = _needDates ? SegmentDates.For(reader).Keys : [];
    }

    public void Collect(int doc)
    {
        if (_unfiltered)
        {
            TotalHits++;
            _inner.Collect(doc);
            if (_collectHits)
            {
                if (_hitCount == _hits.Length)
                {
                    GrowHits();
                }

                _hits[_hitCount++] = doc;
            }

            return;
        }

        var date = _needDates ? _dates[doc] : 0;
        if (_excludedActors is not null && HasAny(_hasActors, _actorStarts, _actorOrds, _actorMap, doc, _excludedActors))
        {
            return;
        }

        if (_excludedLocations is not null && HasAny(_hasLocations, _locationStarts, _locationOrds, _locationMap, doc, _excludedLocations))
        {
            return;
        }

        if (_filters.ExcludedDateKeys.Length > 0 && _filters.IsExcludedDate(date))
        {
            return;
        }

        var actorFails = _selectedActors is not null && !HasAny(_hasActors, _actorStarts, _actorOrds, _actorMap, doc, _selectedActors);
        var locationFails = _selectedLocations is not null && !HasAny(_hasLocations, _locationStarts, _locationOrds, _locationMap, doc, _selectedLocations);
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
            if (_hitActorCounts is not null && _hitActorCounts != _actorCounts && _hasActors)
            {
                CountActors(doc, _hitActorCounts);
            }

            if (_hitLocationCounts is not null && _hitLocationCounts != _locationCounts && _hasLocations)
            {
                CountLocations(doc, _hitLocationCounts);
            }
        }

        if (!_count)
        {
            return;
        }

        if ((failures == 0 || actorFails) && _hasActors)
        {
            CountActors(doc, _actorCounts);
        }

        if ((failures == 0 || locationFails) && _hasLocations)
        {
            CountLocations(doc, _locationCounts);
        }

        if (failures == 0 || dateFails)
        {
            _dateCounts.Count(date);
        }
    }

    /// <summary>Builds the facet results from the counts.</summary>
    public FacetResults Finish(int size)
    {
        CountCollected();
        if (!_count)
        {
            return FacetResults.Empty;
        }

        return new FacetResults(
            Top("actor", _actorCounts, _actorOrdinals.Labels, size, _selectedActors),
            Top("location", _locationCounts, _locationOrdinals.Labels, size, _selectedLocations),
            _dateCounts.Dimension());
    }

    /// <summary>The hits' most significant actors and locations against the whole index.</summary>
    public SignificantResults FinishSignificant(int size)
    {
        CountCollected();
        if (_hitActorCounts is null || _hitLocationCounts is null || size == 0 || TotalHits == 0)
        {
            return SignificantResults.Empty;
        }

        var documents = _reader.NumDocs;
        return new SignificantResults(
            SignificantTerms.Top(_hitActorCounts, TotalHits, _actorOrdinals.DocumentCounts, documents, _actorOrdinals.Labels, size),
            SignificantTerms.Top(_hitLocationCounts, TotalHits, _locationOrdinals.DocumentCounts, documents, _locationOrdinals.Labels, size));
    }

    /// <summary>Gives the count arrays back to the pool.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_hits.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_hits);
            _hits = [];
        }

        Return(_actorCounts);
        Return(_locationCounts);
        if (_hitActorCounts is not null && _hitActorCounts != _actorCounts)
        {
            Return(_hitActorCounts);
        }

        if (_hitLocationCounts is not null && _hitLocationCounts != _locationCounts)
        {
            Return(_hitLocationCounts);
        }
    }

    /// <summary>A zeroed array of at least <paramref name="length"/> counts from the shared pool.</summary>
    private static int[] Rent(int length)
    {
        if (length == 0)
        {
            return [];
        }

        var counts = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(counts, 0, length);
        return counts;
    }

    private static void Return(int[] counts)
    {
        if (counts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static bool HasAny(bool hasValues, int[] starts, int[] ords, int[] map, int doc, bool[] mask)
    {
        if (!hasValues)
        {
            return false;
        }

        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            if (mask[map[ords[i]]])
            {
                return true;
            }
        }

        return false;
    }

    private void CountActors(int doc, int[] counts)
    {
        if (_actorsMergedInto is null)
        {
            CountValues(_actorStarts, _actorOrds, _actorMap, doc, counts);
        }
        else
        {
            MergedCounting.Count(_actorStarts, _actorOrds, _actorMap, doc, counts, _actorsMergedInto);
        }
    }

    private void CountLocations(int doc, int[] counts)
    {
        if (_locationsMergedInto is null)
        {
            CountValues(_locationStarts, _locationOrds, _locationMap, doc, counts);
        }
        else
        {
            MergedCounting.Count(_locationStarts, _locationOrds, _locationMap, doc, counts, _locationsMergedInto);
        }
    }

    private static void CountValues(int[] starts, int[] ords, int[] map, int doc, int[] counts)
    {
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            counts[map[ords[i]]]++;
        }
    }

    /// <summary>
    /// The <paramref name="size"/> most frequent values (most first, then by ordinal) and how many values occur at all;
    /// the values marked in <paramref name="selected"/> are listed too (in their place by count, even with a count of
    /// zero), so a selection always shows its count.
    /// </summary>
    internal static FacetDimension Top(string name, int[] counts, string[] labels, int size, bool[]? selected = null)
    {
        var distinct = 0;
        var queue = new PriorityQueue<int, (int Count, int NegOrd)>();
        for (var ord = 0; ord < labels.Length; ord++)
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

        var ords = new List<int>(queue.Count);
        while (queue.TryDequeue(out var ord, out _))
        {
            ords.Add(ord);
        }

        ords.Reverse();
        if (selected is not null && size > 0)
        {
            AddSelected(ords, counts, selected);
        }

        return new FacetDimension(name, [.. ords.Select(ord => new FacetValue(labels[ord], counts[ord]))], distinct);
    }

    /// <summary>Adds the selected ordinals missing from <paramref name="ords"/> (most frequent first, then by ordinal) in their place.</summary>
    private static void AddSelected(List<int> ords, int[] counts, bool[] selected)
    {
        var listed = ords.ToHashSet();
        for (var ord = 0; ord < selected.Length; ord++)
        {
            if (!selected[ord] || listed.Contains(ord))
            {
                continue;
            }

            var at = ords.FindIndex(other => counts[other] < counts[ord] || (counts[other] == counts[ord] && other > ord));
            ords.Insert(at < 0 ? ords.Count : at, ord);
        }
    }
}
