using System.Buffers;

namespace Search.Core.Facets;

/// <summary>Counting the hits of a search without filters after the search (see <see cref="CountCollected"/>).</summary>
internal sealed partial class FacetCollector
{
    /// <summary>
    /// From this many hits on, the dimensions are counted side by side: actors on one thread, locations and dates on
    /// another. Counting is memory-bound (a million documents, 200,000 hits: about 8 ms for actors and locations one
    /// after the other, under 5 ms side by side); below this the second thread costs more than it saves.
    /// </summary>
    internal const int ParallelCountingHits = 16_384;

    /// <summary>
    /// Hits further apart than this many documents on average are sparse: their values lie in different cache lines
    /// and are fetched ahead (<see cref="Touch"/>). Denser hits read their values almost in sequence, which the
    /// processor's own prefetching serves better.
    /// </summary>
    private const int SparseGap = 16;

    private readonly List<SegmentHits> _segments = [];

    // A sum of the values read ahead by Touch, kept so that those reads are not left out as unused.
    private int _touched;

    /// <summary>Hits are appended at the end of the pooled array; when it is full it is replaced by one twice as long.</summary>
    private void GrowHits()
    {
        var grown = ArrayPool<int>.Shared.Rent(Math.Max(1024, _hits.Length * 2));
        _hits.AsSpan(0, _hitCount).CopyTo(grown);
        if (_hits.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_hits);
        }

        _hits = grown;
    }

    /// <summary>Remembers the current segment's hits and value arrays, to be counted at the end.</summary>
    private void CloseSegment()
    {
        if (_collectHits && _hitCount > _segmentFrom)
        {
            _segments.Add(new SegmentHits(_segmentFrom, _hitCount,
                new Values(_hasActors, _actorStarts, _actorOrds, _actorMap),
                new Values(_hasLocations, _locationStarts, _locationOrds, _locationMap),
                _dates));
        }

        _segmentFrom = _hitCount;
    }

    /// <summary>
    /// Counts the collected hits (all of which passed, as there are no filters), once: one tight loop per dimension
    /// and segment lets the processor fetch the values of several hits at once, where one hit at a time between the
    /// scorer's steps waited for each. With many hits the dimensions are counted on two threads; each writes only its
    /// own count arrays.
    /// </summary>
    private void CountCollected()
    {
        CloseSegment();
        if (_counted || !_collectHits)
        {
            return;
        }

        _counted = true;
        if (_hitCount >= _parallelCountingHits && Environment.ProcessorCount > 1)
        {
            Parallel.Invoke(CountActors, CountLocationsAndDates);
        }
        else
        {
            CountActors();
            CountLocationsAndDates();
        }
    }

    private void CountActors()
    {
        var touched = 0;
        foreach (var segment in _segments)
        {
            var docs = _hits.AsSpan(segment.From, segment.To - segment.From);
            var actors = segment.Actors;
            if (!actors.Present)
            {
                continue;
            }

            if (Sparse(docs))
            {
                touched += Touch(docs, actors);
            }

            if (_hitActorCounts is not null && _hitActorCounts != _actorCounts)
            {
                CountAll(docs, actors, _hitActorCounts, _actorsMergedInto);
            }

            if (_count)
            {
                CountAll(docs, actors, _actorCounts, _actorsMergedInto);
            }
        }

        Interlocked.Add(ref _touched, touched);
    }

    private void CountLocationsAndDates()
    {
        var touched = 0;
        foreach (var segment in _segments)
        {
            var docs = _hits.AsSpan(segment.From, segment.To - segment.From);
            var locations = segment.Locations;
            if (Sparse(docs))
            {
                if (locations.Present)
                {
                    touched += Touch(docs, locations);
                }

                if (_count && _needDates)
                {
                    touched += TouchDates(docs, segment.Dates);
                }
            }

            if (locations.Present && _hitLocationCounts is not null && _hitLocationCounts != _locationCounts)
            {
                CountAll(docs, locations, _hitLocationCounts, _locationsMergedInto);
            }

            if (!_count)
            {
                continue;
            }

            if (locations.Present)
            {
                CountAll(docs, locations, _locationCounts, _locationsMergedInto);
            }

            _dateCounts.Count(docs, segment.Dates);
        }

        Interlocked.Add(ref _touched, touched);
    }

    private static bool Sparse(ReadOnlySpan<int> docs) => docs[^1] - docs[0] > docs.Length * SparseGap;

    /// <summary>Counts the values of <paramref name="docs"/>, each document once per counted ordinal.</summary>
    private static void CountAll(ReadOnlySpan<int> docs, Values values, int[] counts, bool[]? receivesMerged)
    {
        var (starts, ords, map) = (values.Starts, values.Ords, values.Map);
        if (receivesMerged is not null)
        {
            foreach (var doc in docs)
            {
                MergedCounting.Count(starts, ords, map, doc, counts, receivesMerged);
            }

            return;
        }

        foreach (var doc in docs)
        {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
            {
                counts[map[ords[i]]]++;
            }
        }
    }

    /// <summary>
    /// Reads the first value of each hit, in loops without branches whose loads the processor issues side by side,
    /// so that the counting loop after them finds the values in the cache.
    /// </summary>
    /// <returns>A sum of what was read (see <see cref="_touched"/>).</returns>
    private static int Touch(ReadOnlySpan<int> docs, Values values)
    {
        var (starts, ords) = (values.Starts, values.Ords);
        var sum = 0;
        foreach (var doc in docs)
        {
            sum += starts[doc];
        }

        var last = ords.Length - 1;
        if (last >= 0)
        {
            foreach (var doc in docs)
            {
                sum += ords[Math.Min(starts[doc], last)];
            }
        }

        return sum;
    }

    private static int TouchDates(ReadOnlySpan<int> docs, int[] dates)
    {
        var sum = 0;
        foreach (var doc in docs)
        {
            sum += dates[doc];
        }

        return sum;
    }

    /// <summary>One dimension's arrays in one segment: values of document d are Ords[Starts[d]..Starts[d + 1]].</summary>
    private readonly record struct Values(bool Present, int[] Starts, int[] Ords, int[] Map);

    /// <summary>The hits of one segment (<c>_hits[From..To]</c>) with the arrays to count them.</summary>
    private readonly record struct SegmentHits(int From, int To, Values Actors, Values Locations, int[] Dates);
}
