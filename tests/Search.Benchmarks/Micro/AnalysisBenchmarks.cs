using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Benchmarks.Micro;

/// <summary>
/// The index analyzer over a sample of articles, against Lucene's stock GermanAnalyzer (the Java peer's analyzer)
/// on the same text. One operation analyses the whole sample.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    /// <summary>Articles per operation.</summary>
    public const int SampleSize = 200;

    private NewsDocument[] _documents = [];
    private Analyzer _stock = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = MicroData.Articles(SampleSize);
        _stock = new GermanAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _stock.Dispose();

    /// <summary>Lucene's GermanAnalyzer over title and body.</summary>
    [Benchmark(Baseline = true, Description = "stock GermanAnalyzer, title+body")]
    public int StockGerman()
    {
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += Tokens(_stock, IndexSchema.Title, document.Title) + Tokens(_stock, IndexSchema.Body, document.Body);
        }

        return tokens;
    }

    /// <summary>The index analyzer over title and body (the German chain, with decompounding once it is merged).</summary>
    [Benchmark(Description = "index analyzer, title+body")]
    public int IndexTitleBody()
    {
        var analyzer = IndexSchema.IndexAnalyzer;
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += Tokens(analyzer, IndexSchema.Title, document.Title) + Tokens(analyzer, IndexSchema.Body, document.Body);
        }

        return tokens;
    }

    /// <summary>Everything the index analyzer does for one document: every analysed field of the schema (title, body, and the bonus fields over title and body).</summary>
    [Benchmark(Description = "index analyzer, all analysed fields")]
    public int IndexAllFields()
    {
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += AllFieldTokens(document, null);
        }

        return tokens;
    }

    /// <summary>Analyses every tokenised field of the document's Lucene form with the index analyzer; optionally times each field.</summary>
    internal static int AllFieldTokens(NewsDocument document, Dictionary<string, TimeSpan>? perField)
    {
        var analyzer = IndexSchema.IndexAnalyzer;
        var tokens = 0;
        foreach (var field in IndexSchema.ToLucene(document))
        {
            if (!field.IndexableFieldType.IsIndexed || !field.IndexableFieldType.IsTokenized)
            {
                continue;
            }

            // Body, prefix and exact come as token streams over the words read once in ToLucene; the rest as text.
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            if (field is Lucene.Net.Documents.Field typed && typed.GetTokenStreamValue() is { } words)
            {
                tokens += Count(words);
            }
            else if (field.GetStringValue() is { } text)
            {
                tokens += Tokens(analyzer, field.Name, text);
            }
            else
            {
                continue;
            }

            if (perField is not null)
            {
                perField[field.Name] = perField.GetValueOrDefault(field.Name) + System.Diagnostics.Stopwatch.GetElapsedTime(start);
            }
        }

        return tokens;
    }

    internal static int Tokens(Analyzer analyzer, string field, string text) => Count(analyzer.GetTokenStream(field, text));

    private static int Count(TokenStream input)
    {
        using var stream = input;
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return count;
    }
}
