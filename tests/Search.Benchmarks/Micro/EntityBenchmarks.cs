using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Util;
using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Benchmarks.Micro;

/// <summary>
/// Entity extraction over the same sample as <see cref="AnalysisBenchmarks"/>, against Lucene's stock
/// GermanAnalyzer over the same text (the work the Java peer does per document). One operation covers the sample.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks
{
    private NewsDocument[] _documents = [];
    private Analyzer _stock = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = MicroData.Articles(AnalysisBenchmarks.SampleSize);
        _stock = new GermanAnalyzer(LuceneVersion.LUCENE_48);
        EntityExtractor.Default.Extract(_documents[0].Title, _documents[0].Body);
    }

    [GlobalCleanup]
    public void Cleanup() => _stock.Dispose();

    [Benchmark(Baseline = true, Description = "stock GermanAnalyzer, title+body")]
    public int StockGerman()
    {
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += AnalysisBenchmarks.Tokens(_stock, IndexSchema.Title, document.Title) + AnalysisBenchmarks.Tokens(_stock, IndexSchema.Body, document.Body);
        }

        return tokens;
    }

    [Benchmark(Description = "EntityExtractor.Default.Extract(title, body)")]
    public int Extract()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            var entities = EntityExtractor.Default.Extract(document.Title, document.Body);
            found += entities.Actors.Count + entities.Locations.Count;
        }

        return found;
    }
}
