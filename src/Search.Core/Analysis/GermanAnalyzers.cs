using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Builds the analyzers for German text. The index side and the query side share the tokenizer,
/// lower-casing, stopwords, normalisation (umlauts folded, ß to ss) and the light stemmer, so a
/// query word always meets the form it was indexed under.
/// </summary>
internal static class GermanAnalyzers
{
    /// <summary>The Lucene version every analysis component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Analyzer used when documents are written into the index.</summary>
    public static Analyzer CreateIndexAnalyzer() => CreateGermanChain();

    /// <summary>Analyzer used to analyse query text.</summary>
    public static Analyzer CreateQueryAnalyzer() => CreateGermanChain();

    private static Analyzer CreateGermanChain() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });
}
