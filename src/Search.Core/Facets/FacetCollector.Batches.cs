namespace Search.Core.Facets;

/// <summary>Counting the hits of a search without filters in batches (see <see cref="PendingBatch"/>).</summary>
internal sealed partial class FacetCollector
{
    /// <summary>
    /// Hits whose values are counted together. Without filters a hit's values are needed only for counting, so they are
    /// counted in batches: one tight loop per dimension over a batch of hits lets the processor fetch the values of
    /// several hits at once, where one hit at a time between the scorer's steps waits for each (in a large index the
    /// values of sparse hits are rarely in the cache).
    /// </summary>
    private const int PendingBatch = 256;

    /// <summary>
    /// Hits further apart than this many documents on average are sparse: their values lie in different cache lines
    /// and are fetched ahead (<see cref="Touch"/>). Denser hits read their values almost in sequence, which the
    /// processor's own prefetching serves better.
    /// </summary>
    private const int SparseGap = 16;

    /// <summary>Counts the pending hits of the current segment (all of which passed, as there are no filters).</summary>
    private void CountPending()
    {
        if (_pendingCount == 0)
        {
            return;
        }

        var docs = _pending.AsSpan(0, _pendingCount);
        _pendingCount = 0;
        if (docs[^1] - docs[0] > docs.Length * SparseGap)
        {
            _touched += Touch(docs);
        }

        if (_hitActorCounts is not null && _hitActorCounts != _actorCounts && _hasActors)
        {
            CountAll(docs, _actorStarts, _actorOrds, _actorMap, _hitActorCounts, _actorsMergedInto);
        }

        if (_hitLocationCounts is not null && _hitLocationCounts != _locationCounts && _hasLocations)
        {
            CountAll(docs, _locationStarts, _locationOrds, _locationMap, _hitLocationCounts, null);
        }

        if (!_count)
        {
            return;
        }

        if (_hasActors)
        {
            CountAll(docs, _actorStarts, _actorOrds, _actorMap, _actorCounts, _actorsMergedInto);
        }

        if (_hasLocations)
        {
            CountAll(docs, _locationStarts, _locationOrds, _locationMap, _locationCounts, null);
        }

        _dateCounts.Count(docs, _dates);
    }

    /// <summary>Counts the values of <paramref name="docs"/>, each document once per counted ordinal.</summary>
    private static void CountAll(ReadOnlySpan<int> docs, int[] starts, int[] ords, int[] map, int[] counts, bool[]? receivesMerged)
    {
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
    /// Reads the first value of each pending hit in every dimension, in loops without branches whose loads the
    /// processor issues side by side, so that the counting loops after them find the values in the cache.
    /// </summary>
    /// <returns>A sum of what was read, kept in <see cref="_touched"/> so that the reads are not left out.</returns>
    private int Touch(ReadOnlySpan<int> docs)
    {
        var sum = 0;
        if (_hasActors)
        {
            sum += TouchValues(docs, _actorStarts, _actorOrds);
        }

        if (_hasLocations)
        {
            sum += TouchValues(docs, _locationStarts, _locationOrds);
        }

        if (_needDates)
        {
            var dates = _dates;
            foreach (var doc in docs)
            {
                sum += dates[doc];
            }
        }

        return sum;
    }

    private static int TouchValues(ReadOnlySpan<int> docs, int[] starts, int[] ords)
    {
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
}
