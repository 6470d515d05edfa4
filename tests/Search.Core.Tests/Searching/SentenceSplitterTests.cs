using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Split_PlainSentences_SplitsAtEndPunctuation()
    {
        Assert.Equal(["Erster Satz.", "Zweiter Satz!", "Dritter?"], Sentences("Erster Satz. Zweiter Satz! Dritter?"));
    }

    [Fact]
    public void Split_AbbreviationsAndOrdinals_DoNotEndSentences()
    {
        Assert.Equal(["Am 3. Oktober kam Dr. Müller, z. B. mit Nr. 5 an.", "Danach nicht."], Sentences("Am 3. Oktober kam Dr. Müller, z. B. mit Nr. 5 an. Danach nicht."));
    }

    [Fact]
    public void Split_ParagraphBreak_EndsSentence()
    {
        Assert.Equal(["Titel ohne Punkt", "Text."], Sentences("Titel ohne Punkt\n\nText."));
    }

    [Fact]
    public void Split_QuoteAfterPunctuation_StaysWithSentence()
    {
        Assert.Equal(["«Das ist wichtig.»", "Er ging."], Sentences("«Das ist wichtig.» Er ging."));
    }
}
