using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Document frequencies of many terms of one field (and whether any term begins with a text, whether some document
/// holds all of some terms), looked up with one terms enumerator per segment kept open between
/// look-ups (and lent from <see cref="SegmentTermsPool"/>): <see cref="IndexReader.DocFreq(Term)"/> opens (and clones
/// the file input of) a fresh one per segment and term, which costs more than the look-up when a query word is split
/// or corrected by trying dozens of terms.
/// </summary>
/// <remarks>Not thread-safe: one instance per request. Dispose it to give the enumerators back.</remarks>
internal sealed class FieldFrequencies : IDisposable
{
    private readonly SegmentTermsPool.Lease _lease;
    private readonly BytesRef _bytes = new();

    /// <summary>Prepares look-ups in <paramref name="field"/> of <paramref name="reader"/>.</summary>
    public FieldFrequencies(IndexReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(field);
        _lease = SegmentTermsPool.Rent(reader, field);
    }

    /// <summary>Number of documents (deleted ones included, as Lucene counts) whose field holds <paramref name="term"/>.</summary>
    public int Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        _bytes.CopyChars(term);
        var count = 0;
        foreach (var terms in _lease.Segments)
        {
            if (terms is not null && terms.SeekExact(_bytes))
            {
                count += terms.DocFreq;
            }
        }

        return count;
    }

    /// <summary>Whether any term of the field (in any segment) begins with <paramref name="prefix"/>.</summary>
    public bool AnyBeginsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        _bytes.CopyChars(prefix);
        foreach (var terms in _lease.Segments)
        {
            if (terms is null)
            {
                continue;
            }

            var status = terms.SeekCeil(_bytes);
            if (status == TermsEnum.SeekStatus.FOUND || (status == TermsEnum.SeekStatus.NOT_FOUND && StringHelper.StartsWith(terms.Term, _bytes)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one document (deleted ones included, as in <see cref="Of"/>) holds every one of <paramref name="terms"/>
    /// in the field: stops at the first such document.
    /// </summary>
    public bool AnyDocumentHoldsAll(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return false;
        }

        var postings = new DocsEnum[terms.Count];
        var reuse = _lease.Postings(terms.Count);
        for (var s = 0; s < reuse.Length; s++)
        {
            if (_lease.Segments[s] is { } segment && Postings(segment, terms, reuse[s], postings) && Meet(postings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The postings of each term in one segment, rarest first, reusing the segment's enumerators in
    /// <paramref name="reuse"/>; false when the segment lacks one of the terms.
    /// </summary>
    private bool Postings(TermsEnum segment, IReadOnlyList<string> terms, DocsEnum?[] reuse, DocsEnum[] postings)
    {
        var counts = new int[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            _bytes.CopyChars(terms[i]);
            if (!segment.SeekExact(_bytes))
            {
                return false;
            }

            counts[i] = segment.DocFreq;
            postings[i] = reuse[i] = segment.Docs(null, reuse[i], DocsFlags.NONE);
        }

        Array.Sort(counts, postings);
        return true;
    }

    /// <summary>Whether the postings share a document (leapfrogging from the rarest).</summary>
    private static bool Meet(DocsEnum[] postings)
    {
        var doc = postings[0].NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var all = true;
            for (var i = 1; i < postings.Length && all; i++)
            {
                var other = postings[i].DocID < doc ? postings[i].Advance(doc) : postings[i].DocID;
                if (other != doc)
                {
                    all = false;
                    doc = other == DocIdSetIterator.NO_MORE_DOCS ? other : postings[0].Advance(other);
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives the enumerators back.</summary>
    public void Dispose() => _lease.Dispose();
}
