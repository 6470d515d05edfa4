using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class InvariantLowerCaseFilterTests
{
    public static TheoryData<string> Words => new()
    {
        "MÜLLER", "Straße", "ÄÖÜäöüẞ", "ÀÉÎÕØÞ×÷ÿ", "İstanbul", "ΑΘΗΝΑ", "МОСКВА", "ǅemal", "𝐀BC", "Ωmega-X", "ABC123", "",
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void IncrementToken_AnyWord_SameAsLucenesLowerCaseFilter(string word)
    {
        // Act / Assert
        Assert.Equal(Lower(word, stream => new LowerCaseFilter(LuceneVersion.LUCENE_48, stream)), Lower(word, stream => new InvariantLowerCaseFilter(stream)));
    }

    [Fact]
    public void IncrementToken_EveryCharacterOfTheFirstPlanes_SameAsLucenesLowerCaseFilterWithoutInvisibleOnes()
    {
        // Arrange: every character up to U+2FFF (surrogates excluded), in words of 40
        var text = new StringBuilder();
        for (var c = 1; c < 0x3000; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                text.Append((char)c);
            }
        }

        var all = text.ToString();
        for (var i = 0; i < all.Length; i += 40)
        {
            var word = all.Substring(i, Math.Min(40, all.Length - i));

            // Act / Assert
            // (besides dropping the invisible characters: soft hyphen, zero-width joiners, word joiner, no-break space)
            Assert.Equal(Search.Core.Documents.UnicodeText.WithoutInvisible(Lower(word, stream => new LowerCaseFilter(LuceneVersion.LUCENE_48, stream))), Lower(word, stream => new InvariantLowerCaseFilter(stream)));
        }
    }

    [Fact]
    public void ToLowerInvariant_EveryCharacter_SameAsCharToLowerInvariant()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantLowerCaseFilter.ToLowerInvariant((char)c));
        }
    }

    private static string Lower(string word, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new KeywordTokenizer(new StringReader(word)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : "<none>";
        stream.End();
        return result;
    }
}
