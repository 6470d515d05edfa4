using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Analysis;

/// <summary>
/// Term enumerators of one field of an index, one per segment, lent out and taken back, so that the look-ups of a query
/// word that finds nothing (is it known, its parts, its beginning, its nearest spellings) do not each open their own.
/// A fresh enumerator clones the segment's file input and grows its stack of block frames (a few arrays each) as it
/// first goes deeper into the vocabulary; for a word the index lacks that cost more than the look-ups themselves
/// (issue 16).
/// </summary>
/// <remarks>
/// Thread-safe. The enumerators are kept per reader (weakly: a reader that is no longer used takes its enumerators with
/// it) and per field; a lease is used by one thread at a time and must be disposed to give them back.
/// </remarks>
internal static class SegmentTermsPool
{
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Stack<TermsEnum?[]>>> Pools = new();

    /// <summary>Postings enumerators kept with each set of pooled terms enumerators (see <see cref="Lease.Postings"/>).</summary>
    private static readonly ConditionalWeakTable<TermsEnum?[], DocsEnum?[][]> Reuse = new();

    /// <summary>Lends one enumerator per segment of <paramref name="reader"/> for <paramref name="field"/> (null for a segment without it).</summary>
    public static Lease Rent(IndexReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(field);
        var pool = Pools.GetValue(reader, static _ => new ConcurrentDictionary<string, Stack<TermsEnum?[]>>(StringComparer.Ordinal))
            .GetOrAdd(field, static _ => new Stack<TermsEnum?[]>());
        TermsEnum?[]? segments;
        lock (pool)
        {
            pool.TryPop(out segments);
        }

        segments ??= [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator())];
        return new Lease(pool, segments);
    }

    /// <summary>The enumerators lent for one use; disposing gives them back.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly Stack<TermsEnum?[]> _pool;
        private TermsEnum?[]? _segments;

        internal Lease(Stack<TermsEnum?[]> pool, TermsEnum?[] segments)
        {
            _pool = pool;
            _segments = segments;
        }

        /// <summary>One enumerator per segment, in the reader's leaf order; null where the segment lacks the field.</summary>
        public TermsEnum?[] Segments => _segments ?? throw new ObjectDisposedException(nameof(Lease));

        /// <summary>
        /// Postings enumerators to reuse with <see cref="Segments"/> (<see cref="TermsEnum.Docs(Lucene.Net.Util.IBits, DocsEnum, DocsFlags)"/>),
        /// per segment as many as a caller needs at once; they go back to the pool with the terms enumerators.
        /// </summary>
        public DocsEnum?[][] Postings(int perSegment)
        {
            var segments = Segments;
            if (!Reuse.TryGetValue(segments, out var postings) || (postings.Length > 0 && postings[0].Length < perSegment))
            {
                postings = [.. segments.Select(_ => new DocsEnum?[perSegment])];
                Reuse.AddOrUpdate(segments, postings);
            }

            return postings;
        }

        /// <summary>Gives the enumerators back (once).</summary>
        public void Dispose()
        {
            if (_segments is { } segments)
            {
                _segments = null;
                lock (_pool)
                {
                    _pool.Push(segments);
                }
            }
        }
    }
}
