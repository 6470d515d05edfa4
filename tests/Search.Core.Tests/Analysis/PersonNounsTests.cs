using Search.Core.Analysis;
using Search.Core.Indexing;
using static Search.Core.Tests.Analysis.AnalysisTestHelpers;

namespace Search.Core.Tests.Analysis;

/// <summary>Masculine and feminine person nouns fold to one shared form; words that only end in "in" do not.</summary>
public class PersonNounsTests
{
    [Theory]
    [InlineData("kanzler", "kanzlerin", "kanzler")]
    [InlineData("kanzlers", "kanzlerinnen", "kanzler")]
    [InlineData("minister", "ministerin", "minister")]
    [InlineData("lehrern", "lehrerinnen", "lehrer")]
    [InlineData("präsidenten", "präsidentin", "prasident")]
    [InlineData("journalisten", "journalistin", "journalist")]
    [InlineData("friseur", "friseurin", "friseur")]
    [InlineData("autoren", "autorin", "autor")]
    [InlineData("kandidat", "kandidatin", "kandidat")]
    [InlineData("arzt", "ärztin", "arzt")]
    [InlineData("ärzte", "ärztinnen", "arzt")]
    [InlineData("bauer", "bäuerin", "bauer")]
    [InlineData("koch", "köchin", "koch")]
    [InlineData("kollegen", "kollegin", "kollege")]
    [InlineData("jude", "jüdin", "jude")]
    [InlineData("franzose", "französin", "franzose")]
    [InlineData("student", "studierende", "student")]
    public void TryFold_MasculineAndFeminine_GiveTheSameSharedForm(string masculine, string feminine, string shared)
    {
        Assert.True(PersonNouns.Shared.TryFold(masculine, out var fromMasculine, out _, out _));
        Assert.True(PersonNouns.Shared.TryFold(feminine, out var fromFeminine, out _, out _));
        Assert.Equal(shared, fromMasculine);
        Assert.Equal(shared, fromFeminine);
    }

    [Theory]
    [InlineData("berlin")]
    [InlineData("termin")]
    [InlineData("benzin")]
    [InlineData("protein")]
    [InlineData("medizin")]
    [InlineData("vitamin")]
    [InlineData("magazin")]
    [InlineData("disziplin")]
    [InlineData("kerosin")]
    [InlineData("zeppelin")]
    [InlineData("konstantin")]
    [InlineData("valentin")]
    [InlineData("martin")]
    [InlineData("putin")]
    [InlineData("platin")]
    [InlineData("nikotin")]
    [InlineData("cholesterin")]
    [InlineData("heroin")]
    [InlineData("login")]
    [InlineData("schwerin")]
    [InlineData("verein")]
    [InlineData("allein")]
    [InlineData("gewinnen")]
    [InlineData("beginnen")]
    [InlineData("binnen")]
    [InlineData("wahltermin")]
    [InlineData("gerichtsmedizin")]
    [InlineData("nachrichtenmagazin")]
    public void TryFold_FalseFriend_IsNoPersonNoun(string word)
    {
        Assert.False(PersonNouns.Shared.TryFold(word, out var key, out _, out _), $"{word} folded to {key}");
    }

    [Fact]
    public void TryFold_FeminineCompound_GivesWholeFormAndHead()
    {
        Assert.True(PersonNouns.Shared.TryFold("bundeskanzlerin", out var key, out var head, out var start));
        Assert.Equal("bundeskanzler", key);
        Assert.Equal("kanzler", head);
        Assert.Equal(6, start);
    }

    [Fact]
    public void PersonAnalyzer_IndexSide_AddsHeadsWhereTheDecompounderSplits()
    {
        // Act
        var index = Terms(GermanAnalyzers.CreatePersonAnalyzer(indexSide: true), "Bundeskanzlerin trifft Flugzeuge und Thüringer");
        var query = Terms(GermanAnalyzers.CreatePersonAnalyzer(indexSide: false), "Bundeskanzlerin");

        // Assert: the query side keeps compounds whole; no "zeuge" in Flugzeuge, no "ringer" in Thüringer
        Assert.Equal(["bundeskanzler", "kanzler"], index.Take(2));
        Assert.DoesNotContain("zeuge", index);
        Assert.DoesNotContain("ringer", index);
        Assert.Equal(["bundeskanzler"], query);
    }

    [Fact]
    public void PersonAnalyzer_DropsOtherWords_KeepsPositions()
    {
        // Act
        var tokens = Analyze(GermanAnalyzers.CreatePersonAnalyzer(indexSide: false), "Die neue Lehrerin trifft Lehrer*innen im Termin");

        // Assert: one shared form for the stacked pair of Lehrer*innen; "Termin" is none; positions as in the text
        // (die 0, neue 1, Lehrerin 2, trifft 3, Lehrer*innen 4)
        Assert.Equal(["lehrer", "lehrer"], tokens.Select(t => t.Term));
        Assert.Equal([3, 2], tokens.Select(t => t.PositionIncrement));
    }

    [Fact]
    public void PersonAnalyzer_SchemaFieldsUseIt()
    {
        Assert.Equal(["kanzler"], Terms(IndexSchema.QueryAnalyzer, "Kanzlerin", IndexSchema.Person));
        Assert.True(IndexSchema.SearchFields[IndexSchema.Person] < IndexSchema.SearchFields[IndexSchema.Body]);
    }
}
