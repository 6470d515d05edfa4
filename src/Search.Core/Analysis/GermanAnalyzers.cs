using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Builds the analyzers for German text. The index side and the query side share the tokenizer,
/// lower-casing, stopwords, normalisation (umlauts folded, ß to ss, ae/oe/ue to a/o/u) and the
/// light stemmer, so a query word always meets the form it was indexed under. Only the index side
/// decompounds: "Friedensgespräche" is indexed as friedensgesprach, fried, gesprach, so the query
/// "Gespräch" finds it, while the query "Friedensgespräche" stays one term.
/// </summary>
/// <remarks>
/// All analyzers replace underscores with spaces before tokenising ("Super_Bowl_50" → super,
/// bowl, 50), but read gender-inclusive spellings ("Lehrer*innen", "Lehrer:in", "LehrerInnen") as one
/// word that stands for the masculine and the feminine form (<see cref="GenderMarkCharFilter"/>,
/// <see cref="GenderFormFilter"/>). Hyphenated words are already split by <see cref="StandardTokenizer"/>
/// ("Ukraine-Krieg" → ukrain, krieg). The decompounding data is loaded once per process, on first
/// use, and shared by all analyzer instances.
/// </remarks>
internal static class GermanAnalyzers
{
    /// <summary>The Lucene version every analysis component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Analyzer used when documents are written into the index: StandardTokenizer →
    /// StandardFilter → lower-casing → StopFilter(German) → decompounder →
    /// GermanNormalizationFilter → GermanLightStemFilter → RemoveDuplicatesTokenFilter. The last
    /// four steps run in one <see cref="DecompoundStemFilter"/>: it stems every word in place and
    /// takes the part stems of words of 8 or more letters from a per-word cache, so it costs
    /// little more than the query chain. Compound parts are stacked on the compound (position
    /// increment 0, the compound's offsets); implausible parts are dropped (see
    /// <see cref="GermanDecompounder.Decompose(char[], int)"/>).
    /// </summary>
    /// <returns>A new analyzer; it is thread-safe and meant to be reused.</returns>
    public static Analyzer CreateIndexAnalyzer() => WithTail(IndexTail);

    /// <summary>Analyzer used to analyse query text: the German chain without decompounding.</summary>
    /// <returns>A new analyzer; it is thread-safe and meant to be reused.</returns>
    public static Analyzer CreateQueryAnalyzer() => WithTail(QueryTail);

    /// <summary>
    /// Analyzer for an "exact" field: tokenizer, lower-casing and stopwords only, no umlaut
    /// folding, no stemming. Use it on both index and query side of that field, so the exact
    /// spelling can rank first ("Müller" above "Mueller"); its vocabulary also holds the surface
    /// words <see cref="SpellingSuggester"/> suggests from. Stopwords get no exact-spelling bonus
    /// and need no spelling suggestion; leaving them out spares about a third of the field's words.
    /// </summary>
    /// <returns>A new analyzer; it is thread-safe and meant to be reused.</returns>
    public static Analyzer CreateExactAnalyzer() => CreateWordsAnalyzer();

    /// <summary>
    /// Analyzer of the person field (see <see cref="PersonFormFilter"/>): only person nouns, each as the
    /// shared form of its masculine and feminine ("Kanzlerin", "Kanzler" → kanzler).
    /// </summary>
    /// <param name="indexSide">True for writing documents: compounds also give their head's form.</param>
    /// <returns>A new analyzer; it is thread-safe and meant to be reused.</returns>
    public static Analyzer CreatePersonAnalyzer(bool indexSide) => WithTail(indexSide ? PersonIndexTail : PersonQueryTail);

    /// <summary>The person field's tail on the index side: shared forms, compounds with their head's.</summary>
    public static TokenStream PersonIndexTail(TokenStream words) => new PersonFormFilter(words, PersonNouns.Shared, withHeads: true);

    /// <summary>The person field's tail on the query side: shared forms of whole words.</summary>
    public static TokenStream PersonQueryTail(TokenStream words) => new PersonFormFilter(words, PersonNouns.Shared, withHeads: false);

    /// <summary>
    /// The steps every analysed text field starts with: gender markers joined and other underscores as
    /// spaces (<see cref="GenderMarkCharFilter"/>), StandardTokenizer → StandardFilter →
    /// <see cref="GenderFormFilter"/> → lower-casing (<see cref="InvariantLowerCaseFilter"/>) → StopFilter(German). Each field adds its own tail
    /// (<see cref="IndexTail"/>, <see cref="QueryTail"/>, <see cref="PrefixAnalyzer.Tail"/>, none for
    /// the exact field), so a document's text can be read once (<see cref="TextWords"/>) and fed to
    /// several fields.
    /// </summary>
    /// <returns>A new analyzer; it is thread-safe and meant to be reused.</returns>
    public static Analyzer CreateWordsAnalyzer() => WithTail(words => words);

    /// <summary>The index side's tail: decompounding, normalisation and stemming (see <see cref="DecompoundStemFilter"/>).</summary>
    public static TokenStream IndexTail(TokenStream words) => new DecompoundStemFilter(words, DecompoundStemmer.Shared);

    /// <summary>The query side's tail: GermanNormalizationFilter → <see cref="GermanWordStemmer"/>.</summary>
    public static TokenStream QueryTail(TokenStream words) => GermanWordStemmer.Filter(new GermanNormalizationFilter(words));

    /// <summary>An analyzer of the shared first steps followed by <paramref name="tail"/>.</summary>
    public static Analyzer WithTail(Func<TokenStream, TokenStream> tail) => Analyzer.NewAnonymous(
        (field, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new StandardFilter(Version, source);
            stream = new GenderFormFilter(stream);
            stream = new InvariantLowerCaseFilter(stream);
            stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(source, tail(stream));
        },
        (field, reader) => new GenderMarkCharFilter(reader));
}
