using Search.Core.Searching;
using Search.Tui.Tests.TestSupport;
using Search.Tui.ViewModels;

namespace Search.Tui.Tests.ViewModels;

public sealed class GermanMessagesTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Bayern \"Hochwasser", QueryErrorKind.UnclosedQuote, "Anführungszeichen nicht geschlossen")]
    [InlineData("Bayern)", QueryErrorKind.UnmatchedBracket, "Klammer „)“ ohne öffnende Klammer")]
    [InlineData("(Bayern", QueryErrorKind.UnclosedBracket, "Klammer „(“ nicht geschlossen")]
    [InlineData("der die das", QueryErrorKind.OnlyStopWords, "nur Füllwörter")]
    [InlineData("datum:2025-13-45", QueryErrorKind.InvalidDate, "„2025-13-45“ ist kein gültiges Datum")]
    public void The_library_s_query_errors_are_told_in_German(string query, QueryErrorKind kind, string german)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Index.Search(SearchRequest.For(query)));

        Assert.Equal(kind, error.Kind);
        Assert.Contains(german, GermanMessages.ForSyntax(error));
        Assert.Equal(GermanMessages.ForSyntax(error), GermanMessages.ForFailure(error));
    }

    [Fact]
    public void Every_error_kind_has_a_German_text_that_fits_a_line()
    {
        foreach (var kind in Enum.GetValues<QueryErrorKind>())
        {
            var text = GermanMessages.Text(kind, "x");
            Assert.DoesNotContain("Sonderzeichen in Anführungszeichen setzen.", text); // the fallback for unknown kinds
            Assert.True(text.Length <= 90, $"{kind}: '{text}' does not fit a line");
        }
    }

    [Fact]
    public void The_library_s_notices_are_told_in_German()
    {
        var results = _index.Index.Search(SearchRequest.For("Hochwasser Tokio"));

        Assert.Equal(QueryNoticeKind.AnyWord, results.NoticeKind);
        Assert.Equal("Kein Dokument enthält alle Wörter; gezeigt werden Dokumente, die einige davon enthalten.", GermanMessages.ForNotice(results));
        Assert.Null(GermanMessages.ForNotice(_index.Index.Search(SearchRequest.For("Hochwasser"))));
    }
}
