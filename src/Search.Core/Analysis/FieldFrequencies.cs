using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Document frequencies of many terms of one field (and whether any term begins with a text), looked up with one terms enumerator per segment kept open between
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

    /// <summary>Gives the enumerators back.</summary>
    public void Dispose() => _lease.Dispose();
}
