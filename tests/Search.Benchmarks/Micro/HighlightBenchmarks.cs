using BenchmarkDotNet.Attributes;
using Search.Core.Searching;

namespace Search.Benchmarks.Micro;

/// <summary>Highlighting: 10 hits with snippets (10 hits x 1 snippet) against the same request with MaxSnippets 0.</summary>
[MemoryDiagnoser]
public class HighlightBenchmarks
{
    private SearchIndex _index = null!;

    [Params("Regierung", "Polizei Berlin", "\"Europäische Union\"")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _index = MicroData.Index;

    [Benchmark(Baseline = true, Description = "10 hits, MaxSnippets 0")]
    public int NoSnippets() => _index.Search(new SearchRequest { Text = Query, Take = 10, FacetSize = 0, MaxSnippets = 0 }).Hits.Count;

    [Benchmark(Description = "10 hits, 1 snippet each")]
    public int TenSnippets() => _index.Search(new SearchRequest { Text = Query, Take = 10, FacetSize = 0, MaxSnippets = 1 }).Hits.Sum(h => h.Snippets.Count);
}
