using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Tagging;

namespace Search.Core.Tests.Entities;

public class WordFactsTests
{
    private static readonly Gazetteer Lists = new([], [], []);

    [Fact]
    public void Load_EveryToken_HasTheValuesOfItsOwnCharacters()
    {
        // Words of every shape, repeated (the second time from the facts), and pairs whose hash steps would meet if
        // shape and character were mixed in one step ("X" capitalised and "[" punctuation).
        const string text = "X [ Berlin berlin BERLIN 2024 , Müller Straße straße X [ Berlin. Paris (47) - EU-Kommission x Y ] Z";
        var s = new TaggedSentence();
        s.Load(text, Lists);
        s.Load(text, Lists); // the facts of every word now come from the cache

        Assert.True(s.Tokens.Count > 20);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var token = s.Tokens[i];
            var chars = token.Of(text);
            var lower = FeatureHash.Lower(chars);
            Assert.Equal(lower, s.Lower[i]);
            Assert.Equal(FeatureHash.Shape(chars), s.Shape[i]);
            Assert.Equal(TaggedSentence.EmbeddedClusters.Value.Of(lower), s.Cluster[i]);
            var own = token.Shape == TokenShape.Punctuation ? GazetteerFlags.None : Lists.Flags(chars);
            var phrases = GazetteerFlags.LocationPhraseBegin | GazetteerFlags.LocationPhraseInside | GazetteerFlags.ActorPhraseBegin | GazetteerFlags.ActorPhraseInside;
            Assert.Equal(own, s.Flags[i] & ~phrases);
        }

        var x = s.Tokens.FindIndex(t => t.Of(text) is "X");
        var bracket = s.Tokens.FindIndex(t => t.Of(text) is "[");
        Assert.NotEqual(s.Words[x], s.Words[bracket]);
    }

    [Fact]
    public void Load_SameWordInAnotherShape_IsAnotherWord()
    {
        const string text = "Berlin berlin Berlin";
        var s = new TaggedSentence();
        s.Load(text, Lists);

        Assert.Equal(s.Words[0], s.Words[2]);
        Assert.NotEqual(s.Words[0], s.Words[1]);
    }
}
