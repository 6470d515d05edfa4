using System.Text;
using Search.Core.Documents;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Documents;

public sealed class DocumentReaderTests
{
    private readonly DocumentReader _reader = new();

    private DocumentReadResult Parse(string text) => _reader.Parse(Encoding.UTF8.GetBytes(text), "x.txt");

    [Fact]
    public void ReadFile_Seed_ReadsDateLeadAndTitleOnce()
    {
        // Act
        var result = _reader.ReadFile(RepoPaths.SeedArticle, "000_24110c9fbfdaf8ed.txt");

        // Assert
        Assert.True(result.IsSuccess, result.Error);
        var doc = result.Document!;
        Assert.Equal(new DateOnly(2025, 12, 21), doc.Date);
        Assert.Equal("Das ist das Fazit der Friedensgespräche in Miami", doc.Title);
        Assert.StartsWith("Vertreter der USA und der Ukraine haben in Miami", doc.Body, StringComparison.Ordinal);
        Assert.StartsWith("Vertreter der USA", doc.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Das ist das Fazit", doc.Body, StringComparison.Ordinal);
        Assert.Equal(64, doc.ContentHash.Length);
    }

    [Fact]
    public void ReadFile_Seed_RemovesBothBoilerplateBlocks()
    {
        // Act
        var doc = _reader.ReadFile(RepoPaths.SeedArticle).Document!;

        // Assert
        Assert.DoesNotContain("künstliche Intelligenz von Blick", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Mehr anzeigen", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Externe Inhalte", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Cookies", doc.Body, StringComparison.Ordinal);
        Assert.Contains("russischer Gesandter Dmitrijew (50) soll Bericht erstatten", doc.Body, StringComparison.Ordinal);
        Assert.Contains("In den vergangenen drei Tagen", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BomAndCrlf_AreHandled()
    {
        // Arrange
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("date 2024-01-02\r\n\r\nTitel hier\r\n\r\nErster Absatz.\r\nZweite Zeile.\r\n")).ToArray();

        // Act
        var doc = _reader.Parse(bytes, "x.txt").Document!;

        // Assert
        Assert.Equal(new DateOnly(2024, 1, 2), doc.Date);
        Assert.Equal("Titel hier", doc.Title);
        Assert.Equal("Erster Absatz. Zweite Zeile.", doc.Body);
    }

    [Fact]
    public void Parse_DecomposedUmlauts_AreNormalisedToComposedForm()
    {
        // Act
        var doc = Parse("date 2024-01-02\n\nMu\u0308ller\n\nText").Document!;

        // Assert
        Assert.Equal("M\u00fcller", doc.Title);
    }

    [Fact]
    public void Parse_Utf16WithBom_IsDecoded()
    {
        // Arrange
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("date 2024-01-02\n\nStraße\n\nText")).ToArray();

        // Act
        var result = _reader.Parse(bytes, "x.txt");

        // Assert
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Straße", result.Document!.Title);
    }

    [Theory]
    [InlineData("Kein Datum\n\nText", "no date header")]
    [InlineData("datum 2024-01-02\n\nText", "no date header")]
    [InlineData("date 2025-02-30\n\nText", "impossible date '2025-02-30'")]
    [InlineData("date 2025-13-01\n\nText", "impossible date '2025-13-01': there is no month 13")] // was 'no such day'
    [InlineData("date 2025-02-30\n\nText", "no such day in the calendar")]
    [InlineData("date \u0662\u0660\u0662\u0660-\u0660\u0661-\u0660\u0661\n\nText", "malformed date")] // Arabic-Indic digits: not YYYY-MM-DD (was 'impossible date')
    [InlineData("date 21.12.2025\n\nText", "malformed date")]
    [InlineData("date\n\nText", "no date after 'date'")]
    [InlineData("date 2025-01-01\n\n   \n", "no article text")]
    [InlineData("   \n\n  ", "empty file")]
    public void Parse_BadContent_IsRejectedWithReason(string text, string reason)
    {
        // Act
        var result = Parse(text);

        // Assert
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_IsRejected()
    {
        Assert.Equal("empty file", _reader.Parse([], "x.txt").Error);
    }

    [Fact]
    public void Parse_Windows1252WithUmlauts_IsReadWithNotice()
    {
        // Arrange: Regression: #15 Windows-1252 files were rejected as "invalid UTF-8 at byte 19"
        var bytes = Windows1252("date 2024-01-02\n\nMüller sagt „Grüß Gott“ für 5 €");

        // Act
        var result = _reader.Parse(bytes, "x.txt");

        // Assert
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Müller sagt „Grüß Gott“ für 5 €", result.Document!.Title);
        Assert.Equal("not valid UTF-8 at byte 19; read as Windows-1252", result.Notice);
    }

    [Fact]
    public void Parse_ValidUtf8_HasNoNotice()
    {
        Assert.Null(Parse("date 2024-01-02\n\nMüller\n\nText").Notice);
    }

    [Theory]
    [InlineData(new byte[] { 0x81 })] // one of the five bytes Windows-1252 leaves undefined
    [InlineData(new byte[] { 0xFC, 0x9D })]
    public void Parse_NeitherUtf8NorWindows1252_IsRejected(byte[] bad)
    {
        // Arrange
        var bytes = Encoding.ASCII.GetBytes("date 2024-01-02\n\nM").Concat(bad).Concat(Encoding.ASCII.GetBytes("ller")).ToArray();

        // Act
        var result = _reader.Parse(bytes, "x.txt");

        // Assert
        Assert.False(result.IsSuccess);
        Assert.StartsWith("invalid UTF-8 at byte 19, and not Windows-1252 text either", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotUtf8WithNulAfterTheProbe_IsRejectedAsBinary()
    {
        // Arrange: the first 8 KB look like Latin-1 text, a NUL byte follows
        var bytes = Windows1252("date 2024-01-02\n\nMüller\n\n" + new string('x', 9000)).Concat(new byte[] { 0, 1, 2 }).ToArray();

        // Act
        var result = _reader.Parse(bytes, "x.txt");

        // Assert
        Assert.False(result.IsSuccess);
        Assert.StartsWith("binary content", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01", "before 1800")]
    [InlineData("1799-12-31", "before 1800")]
    [InlineData("2027-06-02", "more than a year in the future (after 2027-06-01)")]
    [InlineData("9999-12-31", "more than a year in the future")]
    public void Parse_ImplausibleDate_IsRejectedWithReason(string date, string reason)
    {
        // Arrange: Regression: #15 'date 0001-01-01' (a placeholder) was accepted and shown as year 0001
        var reader = new DocumentReader(DocumentReaderOptions.Default with { Clock = new FixedClock(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)) });

        // Act
        var result = reader.Parse(Encoding.UTF8.GetBytes($"date {date}\n\nTitel\n\nText"), "x.txt");

        // Assert
        Assert.False(result.IsSuccess);
        Assert.StartsWith($"implausible date '{date}': ", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1800-01-01")]
    [InlineData("2027-06-01")]
    public void Parse_DateAtTheEdgeOfPlausible_IsAccepted(string date)
    {
        // Arrange
        var reader = new DocumentReader(DocumentReaderOptions.Default with { Clock = new FixedClock(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)) });

        // Act
        var result = reader.Parse(Encoding.UTF8.GetBytes($"date {date}\n\nTitel\n\nText"), "x.txt");

        // Assert
        Assert.True(result.IsSuccess, result.Error);
    }

    private static byte[] Windows1252(string text) =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Fact]
    public void Parse_BinaryContent_IsRejected()
    {
        // Arrange
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

        // Act
        var result = _reader.Parse(bytes, "x.png.txt");

        // Assert
        Assert.False(result.IsSuccess);
        Assert.StartsWith("binary content", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_AboveSizeLimit_IsRejectedWithoutReading()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", "date 2024-01-02\n\nTitel\n\n" + new string('x', 2000));
        var reader = new DocumentReader(DocumentReaderOptions.Default with { MaxFileBytes = 1000 });

        // Act
        var result = reader.ReadFile(path);

        // Assert
        Assert.False(result.IsSuccess);
        Assert.Contains("file too large", result.Error, StringComparison.Ordinal);
        Assert.Contains("1000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DateOnOwnLineWithLeadingBlankLines_IsAccepted()
    {
        // Act
        var doc = Parse("\n\n  date 2019-02-08\n\nSuper_Bowl_50\n\nDie Verteidigung der Panthers.").Document!;

        // Assert
        Assert.Equal(new DateOnly(2019, 2, 8), doc.Date);
        Assert.Equal("Super_Bowl_50", doc.Title);
        Assert.Equal("Die Verteidigung der Panthers.", doc.Body);
    }

    [Fact]
    public void Parse_LongFirstParagraph_IsNotTakenAsTitle()
    {
        // Arrange
        var paragraph = "Der erste Satz ist kurz. " + string.Join(' ', Enumerable.Repeat("Viele weitere Wörter folgen hier.", 10));

        // Act
        var doc = Parse("date 2020-01-01\n\n" + paragraph).Document!;

        // Assert
        Assert.Equal("Der erste Satz ist kurz.", doc.Title);
        Assert.Equal(paragraph, doc.Body);
    }

    [Fact]
    public void Parse_CustomBoilerplateRule_IsApplied()
    {
        // Arrange
        var reader = new DocumentReader(DocumentReaderOptions.Default with { Boilerplate = [new BoilerplateRule("Anzeige:", "Ende der Anzeige")] });

        // Act
        var doc = reader.Parse(Encoding.UTF8.GetBytes("date 2020-01-01\n\nTitel\n\nVorher. Anzeige: Kaufen Sie! Ende der Anzeige Nachher."), "x.txt").Document!;

        // Assert
        Assert.Equal("Vorher. Nachher.", doc.Body);
    }

    [Fact]
    public void Parse_BoilerplateWithoutEnd_LeavesTextAlone()
    {
        // Act
        var doc = Parse("date 2020-01-01\n\nTitel\n\nExterne Inhalte sind manchmal nützlich.").Document!;

        // Assert
        Assert.Equal("Externe Inhalte sind manchmal nützlich.", doc.Body);
    }

    [Fact]
    public void BoilerplateRule_EmptyStart_IsRefusedInsteadOfMakingTheReaderLoopForEver()
    {
        // Arrange: an empty start text matched at every position and the reader never got past it
        var rule = new BoilerplateRule("Anzeige:", "Ende");

        // Act and assert
        Assert.Throws<ArgumentException>(() => new BoilerplateRule("", "Mehr Infos"));
        Assert.Throws<ArgumentException>(() => rule with { Start = "" });
        Assert.Throws<ArgumentNullException>(() => rule with { End = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => rule with { MaxLength = -1 });
    }

    [Fact]
    public void Parse_RuleWithEmptyEnd_RemovesTheStartTextAlone()
    {
        // Arrange
        var reader = new DocumentReader(DocumentReaderOptions.Default with { Boilerplate = [new BoilerplateRule("[Werbung]", "")] });

        // Act
        var doc = reader.Parse(Encoding.UTF8.GetBytes("date 2020-01-01\n\nTitel\n\nVorher. [Werbung] Nachher. [Werbung]"), "x.txt").Document!;

        // Assert
        Assert.Equal("Vorher. Nachher.", doc.Body);
    }

    [Fact]
    public void Load_RulesFile_ParsesLinesAndRejectsMalformedOnes()
    {
        // Arrange
        using var folder = new TempFolder();
        var good = folder.Write("rules.txt", "# comment\n\nAnzeige: ... Ende der Anzeige\n");
        var bad = folder.Write("bad.txt", "nur ein Anfang\n");

        // Act
        var rules = BoilerplateRule.Load(good);

        // Assert
        Assert.Equal([new BoilerplateRule("Anzeige:", "Ende der Anzeige")], rules);
        var error = Assert.Throws<FormatException>(() => BoilerplateRule.Load(bad));
        Assert.Contains("bad.txt:1", error.Message, StringComparison.Ordinal);
    }
}
