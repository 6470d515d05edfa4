namespace Search.Core.Entities.Tagging;

/// <summary>
/// First-order Viterbi decoding over BIO tags: per-token emission scores plus tag transition
/// weights; an I tag may only follow the B or I tag of its own type.
/// </summary>
internal static class ViterbiDecoder
{
    private const float Impossible = float.NegativeInfinity;

    /// <summary>Whether tag <paramref name="tag"/> may follow <paramref name="prev"/> (-1: sentence start).</summary>
    public static bool Allowed(int prev, int tag) =>
        !EntityTag.IsInside(tag) || (prev >= 0 && prev != EntityTag.O && EntityTag.Begin(prev) == EntityTag.Begin(tag));

    /// <summary>Finds the best tag sequence.</summary>
    /// <param name="emissions">length x <see cref="EntityTag.Count"/> scores.</param>
    /// <param name="length">Number of tokens.</param>
    /// <param name="transitions">(<see cref="EntityTag.Count"/> + 1) x <see cref="EntityTag.Count"/> weights, last row the start.</param>
    /// <param name="tags">Receives the tags.</param>
    /// <param name="score">Work buffer of at least length x <see cref="EntityTag.Count"/>.</param>
    /// <param name="back">Work buffer of at least length x <see cref="EntityTag.Count"/>.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int length, ReadOnlySpan<float> transitions, Span<int> tags, Span<float> score, Span<int> back)
    {
        const int C = EntityTag.Count;
        if (length == 0)
        {
            return;
        }

        for (var t = 0; t < C; t++)
        {
            score[t] = Allowed(-1, t) ? emissions[t] + transitions[(C * C) + t] : Impossible;
            back[t] = -1;
        }

        // The transitions with the forbidden ones made impossible, column by column (tag, then previous tag), so the
        // inner loop needs no test.
        Span<float> allowed = stackalloc float[C * C];
        for (var t = 0; t < C; t++)
        {
            for (var p = 0; p < C; p++)
            {
                allowed[(t * C) + p] = Allowed(p, t) ? transitions[(p * C) + t] : Impossible;
            }
        }

        for (var i = 1; i < length; i++)
        {
            var row = i * C;
            var prev = score.Slice(row - C, C);
            for (var t = 0; t < C; t++)
            {
                var best = Impossible;
                var arg = 0;
                var into = allowed.Slice(t * C, C);

                // An inside tag follows only the begin and inside tags of its type (the tags just before it); every
                // other previous tag is impossible and need not be looked at.
                var first = EntityTag.IsInside(t) ? EntityTag.Begin(t) : 0;
                var end = EntityTag.IsInside(t) ? t + 1 : C;
                for (var p = first; p < end; p++)
                {
                    var v = prev[p] + into[p];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }

                score[row + t] = best + emissions[row + t];
                back[row + t] = arg;
            }
        }

        var last = (length - 1) * C;
        var bestTag = 0;
        for (var t = 1; t < C; t++)
        {
            if (score[last + t] > score[last + bestTag])
            {
                bestTag = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            tags[i] = bestTag;
            bestTag = i > 0 ? back[(i * C) + bestTag] : 0;
        }
    }
}
