using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// The facet counts of all live documents of a reader, without any filter: the actor and location counts are the
/// values' document counts (<see cref="GlobalOrdinals.DocumentCounts"/>), the years are counted once per reader and
/// cached. A match-all request then costs a top-N pass over the cached dates instead of a facet count per document.
/// </summary>
/// <remarks>Immutable once built; one instance per reader serves many searching threads.</remarks>
internal sealed class AllDocumentsFacets
{
    private static readonly ConditionalWeakTable<IndexReader, AllDocumentsFacets> Cache = new();

    private readonly GlobalOrdinals _actors;
    private readonly GlobalOrdinals _locations;
    private readonly FacetDimension _years;

    private AllDocumentsFacets(GlobalOrdinals actors, GlobalOrdinals locations, FacetDimension years)
    {
        _actors = actors;
        _locations = locations;
        _years = years;
    }

    /// <summary>The counts of <paramref name="reader"/>'s live documents (built on first use, once per reader).</summary>
    public static AllDocumentsFacets For(IndexReader reader) => Cache.GetValue(reader, Build);

    /// <summary>The facet results a counting pass over every live document gives, with <paramref name="size"/> values a dimension.</summary>
    public FacetResults Results(int size) => new(
        FacetCollector.Top("actor", _actors.DocumentCounts, _actors.Labels, size),
        FacetCollector.Top("location", _locations.DocumentCounts, _locations.Labels, size),
        _years);

    private static AllDocumentsFacets Build(IndexReader reader)
    {
        var years = new DateCounts(reader, FacetFilters.None);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var keys = SegmentDates.For(segment).Keys;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < keys.Length; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    years.Count(keys[doc]);
                }
            }
        }

        return new AllDocumentsFacets(
            GlobalOrdinals.For(reader, IndexSchema.Actor),
            GlobalOrdinals.For(reader, IndexSchema.Location),
            years.Dimension());
    }
}
