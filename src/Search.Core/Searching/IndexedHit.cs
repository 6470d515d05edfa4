using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Where a hit's text lies in the index (its segment and document number there), with the query's matches in it
/// once they have been read from the postings: headline and snippets of a hit use the same look-ups.
/// </summary>
/// <param name="segment">The segment holding the document.</param>
/// <param name="doc">The document's number within <paramref name="segment"/>.</param>
internal sealed class IndexedHit(AtomicReader segment, int doc)
{
    private Query? _query;
    private List<HighlightRange>? _matches;
    private bool _read;

    /// <summary>The segment holding the document.</summary>
    public AtomicReader Segment { get; } = segment;

    /// <summary>The document's number within <see cref="Segment"/>.</summary>
    public int Doc { get; } = doc;

    /// <summary>
    /// The matches of the query's headline and body terms (see <see cref="PostingsMatches.Find"/>), read once per
    /// query; null when the postings cannot answer.
    /// </summary>
    public List<HighlightRange>? Matches(Query query)
    {
        if (!_read || !ReferenceEquals(query, _query))
        {
            _matches = PostingsMatches.Find(query, this, PostingsMatches.HeadlineAndBody);
            _query = query;
            _read = true;
        }

        return _matches;
    }
}
