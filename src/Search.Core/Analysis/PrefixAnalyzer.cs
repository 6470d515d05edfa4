using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Reduces every word to its first six characters after German normalisation ("Verteidigung", "verteidigte" →
/// "vertei"): a coarse, forgiving match for word forms the light stemmer leaves apart. Used only as a ranking
/// bonus, never to decide what matches.
/// </summary>
internal static class PrefixAnalyzer
{
    /// <summary>How many characters of a word are kept.</summary>
    public const int Length = 6;

    public static Analyzer Create() => Analyzer.NewAnonymous(
        (field, reader) =>
        {
            var source = new StandardTokenizer(GermanAnalyzers.Version, reader);
            TokenStream stream = new StandardFilter(GermanAnalyzers.Version, source);
            stream = new LowerCaseFilter(GermanAnalyzers.Version, stream);
            stream = new StopFilter(GermanAnalyzers.Version, stream, GermanAnalyzer.DefaultStopSet);
            stream = new GermanNormalizationFilter(stream);
            stream = new TruncateTokenFilter(stream, Length);
            return new TokenStreamComponents(source, stream);
        },
        (field, reader) => new UnderscoreCharFilter(reader));
}
