using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// The light German stemmer (<see cref="GermanLightStemmer"/>) with the -s it leaves: it takes -s only after b, d, f,
/// g, h, k, l, m, n or t, so "Lehrers", "Bürgers", "Schröders" kept their s and did not meet "Lehrer" (lehr), "Bürger",
/// "Schröder", nor "Autos", "Handys" their words; "Merkel's" was a word of its own. A stem of six letters or more
/// ending in -ers loses the -ers (as the -er form loses its -er), one of five or more loses an -s after o or y, and a
/// word loses an English genitive ('s).
/// </summary>
internal static class GermanWordStemmer
{
    // Stateless: Stem only works on the buffer it is given.
    private static readonly GermanLightStemmer Light = new();

    /// <summary>Stems the folded word in <paramref name="buffer"/> in place; returns the stem's length.</summary>
    public static int Stem(char[] buffer, int length)
    {
        if (length >= 4 && buffer[length - 1] == 's' && buffer[length - 2] is '\'' or '\u2019')
        {
            length -= 2; // "Merkel's", "Obama’s": the English genitive, common in names
        }

        length = Light.Stem(buffer, length);
        if (length >= 6 && buffer[length - 3] == 'e' && buffer[length - 2] == 'r' && buffer[length - 1] == 's')
        {
            return length - 3;
        }

        // The -s of plurals after o or y ("Autos", "Fotos", "Handys"); not after i, where it is mostly the word's own
        // ("Paris", "Basis": as pari and basi they met "parieren" and "basieren"), nor after a, where first names end
        // ("Andreas", "Nicolas", "Thomas" met "Andrea", "Nicola", "Thoma").
        return length >= 5 && buffer[length - 1] == 's' && buffer[length - 2] is 'o' or 'y' ? length - 1 : length;
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
