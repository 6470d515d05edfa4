namespace Search.Core.Facets;

/// <summary>
/// Picks the values far more common among the hits (the foreground) than in the whole index (the background),
/// scored with JLH as Elasticsearch's <c>significant_terms</c> does by default: with the foreground share
/// <c>f = count / hits</c> and the background share <c>b = background / documents</c>, the score is
/// <c>(f - b) * (f / b)</c> for values where <c>f &gt; b</c>. The first factor favours values that gain much share,
/// the second rare values; values named by fewer than <see cref="MinimumCount"/> hits are left out so that one-off
/// values (which have the highest ratios of all) do not crowd out the rest.
/// </summary>
internal static class SignificantTerms
{
    /// <summary>Hits a value needs at least (as Elasticsearch's default <c>min_doc_count</c>).</summary>
    public const int MinimumCount = 3;

    /// <summary>The minimum count for a result of <paramref name="hits"/> hits: 3, or 2 when there are fewer than 10 hits.</summary>
    public static int MinimumCountFor(int hits) => hits < 10 ? 2 : MinimumCount;

    /// <summary>JLH score of a value; 0 when it is no more common among the hits than in the index.</summary>
    public static double Score(int count, int hits, int background, int documents)
    {
        if (count == 0 || hits == 0 || documents == 0)
        {
            return 0;
        }

        var foreground = (double)count / hits;
        var share = (double)Math.Max(background, count) / Math.Max(documents, hits);
        return foreground > share ? (foreground - share) * (foreground / share) : 0;
    }

    /// <summary>
    /// The <paramref name="size"/> best values, highest score first (ties: more hits, then label order). The arrays
    /// are indexed by global ordinal and may be longer than <paramref name="labels"/>.
    /// </summary>
    public static IReadOnlyList<SignificantValue> Top(int[] counts, int hits, int[] background, int documents, string[] labels, int size)
    {
        var minimum = MinimumCountFor(hits);
        var queue = new PriorityQueue<int, (double Score, int Count, int NegOrd)>();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            var count = counts[ord];
            if (count < minimum)
            {
                continue;
            }

            var score = Score(count, hits, background[ord], documents);
            if (score <= 0)
            {
                continue;
            }

            var priority = (score, count, -ord);
            if (queue.Count < size)
            {
                queue.Enqueue(ord, priority);
            }
            else
            {
                queue.EnqueueDequeue(ord, priority);
            }
        }

        var top = new List<SignificantValue>(queue.Count);
        while (queue.TryDequeue(out var ord, out var priority))
        {
            top.Add(new SignificantValue(labels[ord], counts[ord], Math.Max(background[ord], counts[ord]), priority.Score));
        }

        top.Reverse();
        return top;
    }
}
