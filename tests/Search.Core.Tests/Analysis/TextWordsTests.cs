using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// A document's text is read once and replayed into the body, prefix and exact fields. What those fields get must be
/// exactly what their analyzers give (the highlighter and the query side rely on the analyzers).
/// </summary>
public sealed class TextWordsTests
{
    public static TheoryData<string> Texts => new()
    {
        "Die Friedensgespräche in Miami: Selenski und Witkoff verhandelten über den Ukraine-Krieg.",
        "Müller, Mueller und MÜLLER gehen in der Straße spazieren; Super_Bowl_50 am 3. Februar 2024 (47).",
        "der die das und oder aber",
        "",
        "Lehrer*innen, Schüler:innen und Kolleg_innen (LehrerInnen, Ärzt/-innen) trafen Bundeskanzlerin Merkel; Bürger(innen) im Flugzeug.",
        "Bundestagsabgeordnete diskutieren Klimaschutzmaßnahmen\n\nZweiter Absatz mit Verkehrsministerium und E-Mail-Adressen wie info@example.org.",
        File.ReadAllText(RepoPaths.SeedArticle),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Replay_ThroughEachFieldsTail_EqualsThatFieldsAnalyzer(string text)
    {
        // Arrange
        var words = TextWords.Read(text);

        // Act / Assert
        Assert.Equal(Tokens(IndexSchema.IndexAnalyzer.GetTokenStream(IndexSchema.Body, text)), Tokens(GermanAnalyzers.IndexTail(words.Replay())));
        Assert.Equal(Tokens(IndexSchema.IndexAnalyzer.GetTokenStream(IndexSchema.Prefix, text)), Tokens(PrefixAnalyzer.Tail(words.Replay())));
        Assert.Equal(Tokens(IndexSchema.IndexAnalyzer.GetTokenStream(IndexSchema.Exact, text)), Tokens(words.Replay()));
        Assert.Equal(Tokens(IndexSchema.IndexAnalyzer.GetTokenStream(IndexSchema.Person, text)), Tokens(GermanAnalyzers.PersonIndexTail(words.Replay())));
    }

    [Fact]
    public void Replay_TwiceAtOnce_GivesTheSameWords()
    {
        // Arrange
        var words = TextWords.Read("Friedensgespräche in Miami");

        // Act
        var first = Tokens(words.Replay());
        var second = Tokens(words.Replay());

        // Assert
        Assert.Equal(2, words.Count); // "in" is a stopword
        Assert.Equal(first, second);
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var tokens = new List<(string, int, int, int)>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            tokens.Add(("<end>", increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            return tokens;
        }
    }
}
