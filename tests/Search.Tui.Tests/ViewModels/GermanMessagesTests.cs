using Search.Core.Documents;
using Search.Core.Indexing;
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
    [InlineData("datum:[2025 TO 2024]", QueryErrorKind.InvalidRange, "früheres Datum zuerst")]
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
    public void Every_kind_of_rejected_file_has_a_German_text_of_its_own()
    {
        var texts = Enum.GetValues<FileProblem>()
            .ToDictionary(kind => kind, kind => GermanMessages.ForRejected(new RejectedFile("a.txt", "English reason", kind, "2025-02-30")));

        Assert.Equal(texts.Count, texts.Values.Distinct().Count());
        Assert.All(texts.Values, text => Assert.DoesNotContain("English", text));
        Assert.Equal("zu groß (11,5 MB)", GermanMessages.ForRejected(new RejectedFile("a.txt", "too large", FileProblem.TooLarge, "12058624")));
        var (path, reason) = new RejectedFile("a.txt", "empty file", FileProblem.Empty); // as library code read it before the kind
        Assert.Equal(("a.txt", "empty file"), (path, reason));
    }

    [Fact]
    public void A_file_the_reader_refuses_carries_the_kind_the_German_text_is_chosen_by()
    {
        var reader = new DocumentReader();

        var noDate = reader.Parse("Kein Datum\n\nText"u8.ToArray(), "a.txt");
        var impossible = reader.Parse("date 2025-02-30\n\nText"u8.ToArray(), "b.txt");

        Assert.Equal((FileProblem.NoDateHeader, (string?)null), (noDate.Problem, noDate.ProblemDetail));
        Assert.Equal((FileProblem.ImpossibleDate, "2025-02-30"), (impossible.Problem, impossible.ProblemDetail));
    }

    [Fact]
    public void The_library_s_notices_are_told_in_German()
    {
        var results = _index.Index.Search(SearchRequest.For("Hochwasser Tokio"));

        Assert.Equal(QueryNoticeKind.AnyWord, results.NoticeKind);
        Assert.Equal("Kein Dokument enthält alle Wörter; gezeigt werden Dokumente, die einige davon enthalten.", GermanMessages.ForNotice(results));
        Assert.Null(GermanMessages.ForNotice(_index.Index.Search(SearchRequest.For("Hochwasser"))));
    }

    [Fact]
    public void Every_index_problem_has_its_own_German_text()
    {
        // A new kind fell through to the text for a damaged index.
        var texts = Enum.GetValues<IndexProblem>()
            .Select(problem => GermanMessages.ForIndex(new IndexUnavailableException("/tmp/x", problem, "english")))
            .ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.All(texts, text => Assert.DoesNotContain("english", text, StringComparison.Ordinal));
        Assert.Contains("wird gerade gebaut", GermanMessages.ForIndex(new IndexUnavailableException("/tmp/x", IndexProblem.BeingBuilt, "english")));
    }

    [Fact]
    public void An_index_that_cannot_be_written_is_told_in_German_by_the_kind_of_failure()
    {
        // A full disk was "Der Index ließ sich nicht aufbauen (Cannot write the index at …: No space left on device …)".
        var texts = Enum.GetValues<IndexWriteProblem>()
            .Select(problem => Search.Tui.GermanLaunchText.ForFailure(new IndexWriteException("/tmp/x", problem, new IOException("english"))))
            .ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.All(texts, text => Assert.DoesNotContain("english", text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("Cannot", text, StringComparison.Ordinal));
        Assert.Contains("Datenträger ist voll", texts[(int)IndexWriteProblem.DiskFull]);
    }

    [Fact]
    public void A_text_like_which_nothing_is_says_so_in_German_rather_than_an_empty_list()
    {
        var results = _index.Index.Search(new SearchRequest { LikeText = "Xylofonquark Blubberzwerg" });

        Assert.Equal("Ähnliche Artikel gesucht – aber kein Wort des Textes steht im Index oder sagt genug aus.", GermanMessages.ForNotice(results));
    }
    [Fact]
    public void The_launch_report_tells_every_rebuild_cause_and_notice_kind_in_German()
    {
        foreach (var cause in Enum.GetValues<RebuildCause>())
        {
            var lines = GermanLaunchText.Summary(new IndexUpdateResult { RebuildCause = cause, RebuildReason = "english reason" }, "seeds", 5).ToList();
            Assert.StartsWith("Der ganze Index wurde neu gebaut: ", lines[0]);
            Assert.DoesNotContain("english", string.Join("\n", lines));
        }

        foreach (var kind in Enum.GetValues<FileNoticeKind>())
        {
            var result = new IndexUpdateResult { Notices = [new FileNotice("a.txt", "english notice") { Kind = kind }] };
            var line = Assert.Single(GermanLaunchText.Summary(result, "seeds", 5), l => l.StartsWith("Hinweis a.txt: ", StringComparison.Ordinal));
            Assert.DoesNotContain("english", line);
        }
    }
    [Fact]
    public void A_binary_file_and_a_file_in_neither_UTF8_nor_Windows1252_get_different_German_reasons()
    {
        var folder = Path.Combine(Path.GetTempPath(), "german-reasons-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "seeds"));
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "seeds", "binär.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]);
            // Valid UTF-8 up to byte 25, then 0x81 (not UTF-8, and undefined in Windows-1252).
            File.WriteAllBytes(Path.Combine(folder, "seeds", "kaputt.txt"), [.. "date 2024-01-01\n\nTitel\n\n"u8, 0x81, .. "Text"u8]);
            File.WriteAllText(Path.Combine(folder, "seeds", "gut.txt"), "date 2024-01-01\n\nTitel\n\nText.");
            using var builder = IndexBuilder.Open(Path.Combine(folder, "index"));

            var rejected = builder.UpdateFromFolder(Path.Combine(folder, "seeds")).Rejected.ToDictionary(r => r.Path, GermanMessages.ForRejected);

            Assert.Equal("binär (NUL- oder Steuerzeichen), keine Textdatei", rejected["binär.txt"]);
            Assert.Equal("kein Text in UTF-8 (ungültig ab Byte 25) oder Windows-1252", rejected["kaputt.txt"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
