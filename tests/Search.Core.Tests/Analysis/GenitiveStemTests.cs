using Search.Core.Analysis;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// The genitive of nouns and names in -er ("des Lehrers", "Schröders Rede") kept its s under the light stemmer, so it
/// did not meet the word: "Schröders" found nothing, "Lehrers" other articles than "Lehrer".
/// </summary>
public sealed class GenitiveStemTests
{
    [Theory]
    [InlineData("lehrers", "lehrer")]
    [InlineData("schröders", "schröder")]
    [InlineData("bürgers", "bürger")]
    [InlineData("computers", "computer")]
    [InlineData("meiers", "meier")]
    public void NormalizeAndStem_GenitiveInEr_IsTheWordsStem(string genitive, string word) =>
        Assert.Equal(DecompoundStemmer.NormalizeAndStem(word), DecompoundStemmer.NormalizeAndStem(genitive));

    [Theory]
    [InlineData("kurs", "kurs")] // too short to be a genitive in -ers
    [InlineData("vers", "vers")]
    [InlineData("merkels", "merkel")] // the light stemmer's own -s rule
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
        ]);

        // Act
        string Ids(string query) => string.Join(' ', index.Index.Search(new SearchRequest { Text = query, FacetSize = 0, MaxSnippets = 0 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));

        // Assert
        Assert.Equal("g1.txt g3.txt", Ids("Lehrer"));
        Assert.Equal("g1.txt g3.txt", Ids("Lehrers"));
        Assert.Equal("g2.txt g3.txt", Ids("Schröder"));
        Assert.Equal("g2.txt g3.txt", Ids("Schröders"));
    }
}
