using BenchmarkDotNet.Attributes;
using Search.Core.Searching;

namespace Search.Benchmarks.Micro;

/// <summary>Facet counting: a match-all request with facet counts (actor, location, date; 10 values) against the same request without.</summary>
[MemoryDiagnoser]
public class FacetBenchmarks
{
    private SearchIndex _index = null!;

    [GlobalSetup]
    public void Setup() => _index = MicroData.Index;

    [Benchmark(Baseline = true, Description = "match-all, FacetSize 0")]
    public int MatchAllNoFacets() => _index.Search(new SearchRequest { Text = "", FacetSize = 0, MaxSnippets = 0 }).TotalHits;

    [Benchmark(Description = "match-all, FacetSize 10")]
    public int MatchAllFacets() => _index.Search(new SearchRequest { Text = "", FacetSize = 10, MaxSnippets = 0 }).Facets.Actor.Values.Count;
}
