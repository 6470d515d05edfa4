using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

/// <summary>Small helpers shared by the analysis tests.</summary>
internal static class AnalysisTestHelpers
{
    /// <summary>One analysed token: its text, position increment and offsets.</summary>
    public readonly record struct Token(string Term, int PositionIncrement, int Start, int End);

    public static List<Token> Analyze(Analyzer analyzer, string text, string field = "body")
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), posInc.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static string[] Terms(Analyzer analyzer, string text, string field = "body") =>
        [.. Analyze(analyzer, text, field).Select(t => t.Term)];

    /// <summary>Indexes each text as one document of field "body" with the index analyzer.</summary>
    public static RAMDirectory IndexBodies(params string[] bodies)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(GermanAnalyzers.Version, GermanAnalyzers.CreateIndexAnalyzer());
        using var writer = new IndexWriter(directory, config);
        foreach (var body in bodies)
        {
            writer.AddDocument(new Document { new TextField("body", body, Field.Store.YES) });
        }

        writer.Commit();
        return directory;
    }

    /// <summary>Runs a query parsed with the query analyzer and returns the matching bodies.</summary>
    public static List<string> SearchBodies(Lucene.Net.Store.Directory directory, string queryText)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var parser = new QueryParser(GermanAnalyzers.Version, "body", GermanAnalyzers.CreateQueryAnalyzer());
        var hits = searcher.Search(parser.Parse(queryText), 100).ScoreDocs;
        return [.. hits.Select(h => searcher.Doc(h.Doc).Get("body"))];
    }
}
