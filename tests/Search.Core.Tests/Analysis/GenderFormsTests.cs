using Search.Core.Analysis;
using Search.Core.Indexing;
using static Search.Core.Tests.Analysis.AnalysisTestHelpers;

namespace Search.Core.Tests.Analysis;

/// <summary>Gender-inclusive spellings read as one word that stands for the masculine and the feminine form.</summary>
public class GenderFormsTests
{
    public static TheoryData<string, string, string> MarkedForms => new()
    {
        { "Lehrer*innen", "lehrer", "lehrerinnen" },
        { "Lehrer:innen", "lehrer", "lehrerinnen" },
        { "Lehrer_innen", "lehrer", "lehrerinnen" },
        { "Lehrer·innen", "lehrer", "lehrerinnen" },
        { "Lehrer/innen", "lehrer", "lehrerinnen" },
        { "Lehrer/-innen", "lehrer", "lehrerinnen" },
        { "Lehrer(innen)", "lehrer", "lehrerinnen" },
        { "LehrerInnen", "lehrer", "lehrerinnen" },
        { "Lehrer*Innen", "lehrer", "lehrerinnen" },
        { "Lehrer*in", "lehrer", "lehrerin" },
        { "Lehrer:in", "lehrer", "lehrerin" },
        { "LehrerIn", "lehrer", "lehrerin" },
        { "Ärzt*innen", "ärzt", "ärztinnen" },
    };

    [Theory]
    [MemberData(nameof(MarkedForms))]
    public void WordsAnalyzer_GenderMarkedForm_IsOneWordForBothForms(string written, string masculine, string feminine)
    {
        // Arrange
        var text = $"Die {written} streiken.";

        // Act
        var tokens = Analyze(GermanAnalyzers.CreateWordsAnalyzer(), text);

        // Assert: "die" is a stopword; both forms stand at one position and cover the whole written form
        var start = text.IndexOf(written, StringComparison.Ordinal);
        Assert.Equal(
            [
                new Token(masculine, 2, start, start + written.Length),
                new Token(feminine, 0, start, start + written.Length),
                new Token("streiken", 1, start + written.Length + 1, start + written.Length + 9),
            ],
            tokens);
    }

    [Theory]
    [InlineData("Super_Bowl_50", new[] { "super", "bowl", "50" })]
    [InlineData("Berlin: in drei Tagen", new[] { "berlin", "drei", "tagen" })]
    [InlineData("LinkedIn", new[] { "linkedin" })]
    [InlineData("Bahn/Innenstadt", new[] { "bahn", "innenstadt" })]
    [InlineData("ab*in bau", new[] { "ab", "bau" })]
    [InlineData("zeit(in) bau", new[] { "zeit", "bau" })]
    [InlineData("Lehrer* in Bern", new[] { "lehrer", "bern" })]
    public void WordsAnalyzer_NoGenderMarker_KeepsWordsApart(string text, string[] expected)
    {
        // Act ("in" is a stopword)
        var terms = Terms(GermanAnalyzers.CreateWordsAnalyzer(), text);

        // Assert
        Assert.Equal(expected, terms);
    }

    [Fact]
    public void IndexAnalyzer_GenderMarkedForm_HoldsTheStemsOfBothForms()
    {
        // Act
        var terms = Terms(IndexSchema.IndexAnalyzer, "Lehrer*innen");

        // Assert: what the queries Lehrer (lehr) and Lehrerinnen (lehrerinn) look for
        Assert.Contains("lehr", terms);
        Assert.Contains("lehrerinn", terms);
    }

    [Fact]
    public void CharFilter_MarkersAndUnderscores_RewrittenOneForOne()
    {
        // Arrange
        var text = "Lehrer/-innen, Super_Bowl, Bürger(innen). Kolleg*in".ToCharArray();

        // Act
        GenderMarkCharFilter.Rewrite(text);

        // Assert
        Assert.Equal("Lehrer__innen, Super Bowl, Bürger_innen_. Kolleg_in", new string(text));
    }
}
