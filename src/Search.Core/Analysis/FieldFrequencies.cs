using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Document frequencies of many terms of one field, looked up with one terms enumerator per segment kept open between
/// look-ups: <see cref="IndexReader.DocFreq(Term)"/> opens (and clones the file input of) a fresh one per segment and
/// term, which costs more than the look-up when a query word is split or corrected by trying dozens of terms.
/// </summary>
/// <remarks>Not thread-safe: one instance per request.</remarks>
internal sealed class FieldFrequencies
{
    private readonly TermsEnum?[] _segments;
    private readonly BytesRef _bytes = new();

    /// <summary>Prepares look-ups in <paramref name="field"/> of <paramref name="reader"/>.</summary>
    public FieldFrequencies(IndexReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(field);
        _segments = [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator())];
    }

    /// <summary>Number of documents (deleted ones included, as Lucene counts) whose field holds <paramref name="term"/>.</summary>
    public int Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        _bytes.CopyChars(term);
        var count = 0;
        foreach (var terms in _segments)
        {
            if (terms is not null && terms.SeekExact(_bytes))
            {
                count += terms.DocFreq;
            }
        }

        return count;
    }
}
