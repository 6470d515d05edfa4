using Search.Core.Analysis;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// The genitive of nouns and names in -er ("des Lehrers", "Schröders Rede"), the plural after o or y ("Autos") and the English
/// genitive ("Merkel's") kept their s under the light stemmer, so they did not meet the word: "Schröders" and
/// "Merkel's" found nothing, "Lehrers" other articles than "Lehrer".
/// </summary>
public sealed class GenitiveStemTests
{
    [Theory]
    [InlineData("lehrers", "lehrer")]
    [InlineData("schröders", "schröder")]
    [InlineData("bürgers", "bürger")]
    [InlineData("computers", "computer")]
    [InlineData("meiers", "meier")]
    [InlineData("obama's", "obama")]
    [InlineData("merkel’s", "merkel")]
    [InlineData("autos", "auto")]
    [InlineData("handys", "handy")]
    public void NormalizeAndStem_GenitiveInEr_IsTheWordsStem(string genitive, string word) =>
        Assert.Equal(DecompoundStemmer.NormalizeAndStem(word), DecompoundStemmer.NormalizeAndStem(genitive));

    [Theory]
    [InlineData("kurs", "kurs")] // too short to be a genitive in -ers
    [InlineData("vers", "vers")]
    [InlineData("merkels", "merkel")] // the light stemmer's own -s rule
    [InlineData("paris", "paris")] // not after i: "Paris" met "parieren"
    [InlineData("basis", "basis")]
    [InlineData("andreas", "andreas")] // not after a: "Andreas" met "Andrea"
    [InlineData("thomas", "thomas")]
    public void NormalizeAndStem_OtherWords_AsBefore(string word, string stem) =>
        Assert.Equal(stem, DecompoundStemmer.NormalizeAndStem(word));

    [Fact]
    public void Search_TheGenitiveAndTheWord_FindEachOther()
    {
        // Arrange
        using var index = new TestIndex(
        [
            Articles.Make("g1.txt", "2024-01-01", "Schule", "Die Rede des Lehrers wurde gelobt."),
            Articles.Make("g2.txt", "2024-01-02", "Kanzler", "Schröders Rede in Berlin war kurz."),
            Articles.Make("g3.txt", "2024-01-03", "Schule", "Der Lehrer und Gerhard Schröder sprachen."),
            Articles.Make("g4.txt", "2024-01-04", "Paris", "In Paris wollte niemand den Angriff parieren."),
            Articles.Make("g5.txt", "2024-01-05", "Rede", "Merkel's Rede und die Autos der Delegation."),
        ]);

        // Act / Assert
        Assert.Equal("g1.txt g3.txt", index.Ids("Lehrer"));
        Assert.Equal("g1.txt g3.txt", index.Ids("Lehrers"));
        Assert.Equal("g2.txt g3.txt", index.Ids("Schröder"));
        Assert.Equal("g2.txt g3.txt", index.Ids("Schröders"));
        Assert.Equal("g5.txt", index.Ids("Merkel"));
        Assert.Equal("g5.txt", index.Ids("Auto"));
        Assert.Equal("g4.txt", index.Ids("Paris"));
        Assert.Equal("g4.txt", index.Ids("parieren")); // and no more, through a stem of Paris
    }
}
