using Search.Core.Searching;
using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

public sealed class GermanMessagesTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Bayern \"Hochwasser", GermanMessages.QueryError.UnclosedQuote, "Anführungszeichen nicht geschlossen")]
    [InlineData("Bayern)", GermanMessages.QueryError.UnmatchedBracket, "Klammer „)“ ohne öffnende Klammer")]
    [InlineData("(Bayern", GermanMessages.QueryError.UnclosedBracket, "Klammer „(“ nicht geschlossen")]
    [InlineData("der die das", GermanMessages.QueryError.OnlyStopWords, "nur Füllwörter")]
    [InlineData("Bayern OR", GermanMessages.QueryError.EndsEarly, "endet zu früh")]
    public void The_library_s_query_errors_are_told_in_German(string query, GermanMessages.QueryError kind, string german)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For(query)));

        Assert.Equal(kind, GermanMessages.Classify(error).Kind);
        Assert.Contains(german, GermanMessages.ForSyntax(error));
        Assert.DoesNotContain("query", GermanMessages.ForFailure(error), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_kind_has_a_German_text()
    {
        foreach (var kind in Enum.GetValues<GermanMessages.QueryError>())
        {
            var text = GermanMessages.Text(kind, "x");
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.True(text.Length <= 90, $"{kind}: '{text}' does not fit a line");
        }
    }

    [Fact]
    public void The_library_s_notices_are_told_in_German()
    {
        Assert.Equal(
            "Kein Dokument enthält „Friedensgespr“; gezeigt werden Wörter, die so beginnen.",
            GermanMessages.ForNotice("No document contains 'Friedensgespr'; showing words that begin with it."));
        Assert.StartsWith("Kein Dokument enthält alle Wörter", GermanMessages.ForNotice("No document contains all the words; showing documents that contain some of them."));
    }
}
