using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;

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

    public static Analyzer Create() => GermanAnalyzers.WithTail(Tail);

    /// <summary>The field's own steps after the shared ones: GermanNormalizationFilter → TruncateTokenFilter.</summary>
    public static TokenStream Tail(TokenStream words) => new TruncateTokenFilter(new GermanNormalizationFilter(words), Length);
}
