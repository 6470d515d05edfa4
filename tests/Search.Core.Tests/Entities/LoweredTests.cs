using Search.Core.Entities.Lexicon;

namespace Search.Core.Tests.Entities;

public class LoweredTests
{
    [Theory]
    [InlineData("Österreich")]
    [InlineData("STRASSE Straße ẞ")]
    [InlineData("Ärzte-Übersicht")]
    [InlineData("İstanbul Ωmega ΣΊΣΥΦΟΣ")]
    [InlineData("𐐀𐐁 Deseret")]
    [InlineData("")]
    public void Into_LowerCasesAsTheFramework(string word)
    {
        var into = new char[word.Length];

        var lowered = Lowered.Into(word, into);

        Assert.Equal(word.ToLowerInvariant(), lowered.ToString());
    }

    [Fact]
    public void Into_EveryCharacterOfTheBasicPlane_AsTheFramework()
    {
        Span<char> one = stackalloc char[1];
        Span<char> expected = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            ReadOnlySpan<char> word = [(char)c];
            word.ToLowerInvariant(expected);
            Assert.Equal(expected[0], Lowered.Into(word, one)[0]);
        }
    }
}
