using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>Masculine, feminine and gender-inclusive forms find each other through SearchIndex, exact form first.</summary>
public sealed class GenderFormsSearchTests : IClassFixture<GenderFormsSearchTests.SampleIndex>
{
    private readonly TestIndex _index;

    public GenderFormsSearchTests(SampleIndex fixture) => _index = fixture.Value;

    /// <summary>One modern sentence per marker, each in its own document.</summary>
    public static TheoryData<string, string> MarkedSentences => new()
    {
        { "star.txt", "Die Lehrer*innen der Schule streiken am Montag." },
        { "colon.txt", "Viele Lehrer:innen fordern kleinere Klassen." },
        { "gap.txt", "Die Gewerkschaft vertritt Lehrer_innen im ganzen Land." },
        { "capital.txt", "LehrerInnen und Eltern diskutierten im Rathaus." },
        { "slash.txt", "Gesucht werden Lehrer/-innen für Mathematik." },
        { "brackets.txt", "Die Lehrer(innen) erhalten mehr Geld." },
        { "singular.txt", "Eine Lehrer*in der Grundschule wurde ausgezeichnet." },
    };

    public static TheoryData<string> TeacherQueries => new() { "Lehrer", "Lehrerin", "Lehrerinnen" };

    [Theory]
    [MemberData(nameof(TeacherQueries))]
    public void Search_AnyTeacherForm_FindsEveryMarkedSpelling(string query)
    {
        // Act
        var ids = _index.Index.Search(new SearchRequest { Text = query, Take = 50 }).Hits.Select(h => h.Id).ToList();

        // Assert
        foreach (var (id, _) in MarkedSentences.Select(row => ((string)row[0], (string)row[1])))
        {
            Assert.Contains(id, ids);
        }
    }

    [Theory]
    [InlineData("Lehrer*innen")]
    [InlineData("LehrerInnen")]
    public void Search_TeacherQuery_MarksTheWholeGenderForm(string written)
    {
        // Arrange
        var id = written.Contains('*') ? "star.txt" : "capital.txt";

        // Act
        var hit = _index.Index.Search(new SearchRequest { Text = "Lehrer", Take = 50 }).Hits.Single(h => h.Id == id);

        // Assert
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length)));
        Assert.Contains(written, marked);
    }

    [Theory]
    [InlineData("Kanzler", "kanzler.txt", "kanzlerin.txt")]
    [InlineData("Kanzlerin", "kanzlerin.txt", "kanzler.txt")]
    [InlineData("Ministerin", "ministerin.txt", "minister.txt")]
    [InlineData("Minister", "minister.txt", "ministerin.txt")]
    public void Search_OneForm_FindsTheOtherAndRanksTheExactFormFirst(string query, string exact, string other)
    {
        // Act
        var ids = _index.Search(query).Hits.Select(h => h.Id).ToList();

        // Assert
        Assert.Contains(other, ids);
        Assert.True(ids.IndexOf(exact) < ids.IndexOf(other), $"{exact} should rank above {other}: {string.Join(", ", ids)}");
    }

    [Fact]
    public void Search_Kanzler_FindsBundeskanzlerinAndMarksIt()
    {
        // Act
        var hit = _index.Search("Kanzler").Hits.Single(h => h.Id == "bundeskanzlerin.txt");

        // Assert
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length)));
        Assert.Contains("Bundeskanzlerin", marked);
    }

    [Theory]
    [InlineData("Term", "termin.txt")]
    [InlineData("Benz", "benzin.txt")]
    [InlineData("Berl", "berlin.txt")]
    [InlineData("Protein", "prote.txt")]
    [InlineData("Minister", "termin.txt")]
    public void Search_FalseFriend_DoesNotFindTheWordEndingInIn(string query, string notExpected)
    {
        // Act
        var ids = _index.Search(query).Hits.Select(h => h.Id);

        // Assert
        Assert.DoesNotContain(notExpected, ids);
    }

    [Theory]
    [InlineData("Term", "term.txt")]
    [InlineData("Benz", "benz.txt")]
    [InlineData("Berl", "berl.txt")]
    [InlineData("Termin", "termin.txt")]
    public void Search_FalseFriendQuery_StillFindsItsOwnDocument(string query, string expected)
    {
        Assert.Contains(_index.Search(query).Hits, h => h.Id == expected);
    }

    public sealed class SampleIndex : IDisposable
    {
        public SampleIndex()
        {
            var documents = MarkedSentences
                .Select(row => Articles.Make((string)row[0], "2024-03-01", "Schule", (string)row[1]))
                .Concat(
                [
                    Articles.Make("kanzler.txt", "2024-03-02", "Regierung", "Der Kanzler sprach im Bundestag über den Haushalt."),
                    Articles.Make("kanzlerin.txt", "2024-03-03", "Regierung", "Die Kanzlerin sprach im Bundestag über den Haushalt und die Kanzlerin lachte."),
                    Articles.Make("bundeskanzlerin.txt", "2024-03-04", "Besuch", "Die Bundeskanzlerin reiste nach Paris."),
                    Articles.Make("minister.txt", "2024-03-05", "Kabinett", "Der Minister stellte den Plan vor."),
                    Articles.Make("ministerin.txt", "2024-03-06", "Kabinett", "Die Ministerin stellte den Plan vor."),
                    Articles.Make("termin.txt", "2024-03-07", "Kalender", "Der Termin beim Kanzler wurde verschoben, sagte die Kanzlerin."),
                    Articles.Make("term.txt", "2024-03-08", "Mathematik", "Ein Term ist ein mathematischer Ausdruck."),
                    Articles.Make("benzin.txt", "2024-03-09", "Preise", "Benzin wird wieder teurer."),
                    Articles.Make("berlin.txt", "2024-03-10", "Hauptstadt", "Berlin feiert den Jahrestag."),
                    Articles.Make("berl.txt", "2024-03-11", "Familie", "Die Familie Berl zog nach Hamburg."),
                    Articles.Make("benz.txt", "2024-03-12", "Technik", "Carl Benz baute das erste Auto."),
                    Articles.Make("prote.txt", "2024-03-13", "Schiff", "Die Prote lag im Hafen."),
                ]);
            Value = new TestIndex(documents);
        }

        public TestIndex Value { get; }

        public void Dispose() => Value.Dispose();
    }
}
