using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// The light German stemmer (<see cref="GermanLightStemmer"/>) with the genitive singular of nouns in -er: the light
/// stemmer takes -s only after b, d, f, g, h, k, l, m, n or t, so "Lehrers", "Bürgers", "Fahrers", "Schröders" kept
/// their s and did not meet "Lehrer" (lehr), "Bürger", "Fahrer", "Schröder"; "des Lehrers" was another word. A stem
/// of six letters or more that ends in -ers loses the -ers, as the -er form loses its -er.
/// </summary>
internal static class GermanWordStemmer
{
    // Stateless: Stem only works on the buffer it is given.
    private static readonly GermanLightStemmer Light = new();

    /// <summary>Stems the folded word in <paramref name="buffer"/> in place; returns the stem's length.</summary>
    public static int Stem(char[] buffer, int length)
    {
        length = Light.Stem(buffer, length);
        return length >= 6 && buffer[length - 3] == 'e' && buffer[length - 2] == 'r' && buffer[length - 1] == 's' ? length - 3 : length;
    }

    /// <summary>A token filter stemming every token with <see cref="Stem"/> (in place of <see cref="GermanLightStemFilter"/>).</summary>
    public static TokenStream Filter(TokenStream input) => new StemFilter(input);

    private sealed class StemFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;

        public StemFilter(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            if (!_keyword.IsKeyword)
            {
                _term.Length = Stem(_term.Buffer, _term.Length);
            }

            return true;
        }
    }
}
