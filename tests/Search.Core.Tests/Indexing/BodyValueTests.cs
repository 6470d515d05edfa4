using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// Issue 16: the article text is read from a doc value of its own (<see cref="BodyValue"/>) instead of the stored
/// field, whose 16 KB LZ4 blocks cost a full request about as much as everything else. Everything that reads the
/// text must get it back unchanged, however long it is and whatever characters stand where.
/// </summary>
public sealed class BodyValueTests
{
    private const string Emoji = "\U0001F642";

    [Fact]
    public void GetDocument_TextOver64KilobytesWithUmlautsSharpSAndEmojiAtEveryBorder_ComesBackUnchanged()
    {
        // Arrange: emoji (4 UTF-8 bytes each) across 32,766 bytes (the old binary doc-value limit), 32 KiB and 64 KiB
        var body = LongBody();
        var utf8 = Encoding.UTF8.GetBytes(body);
        Assert.True(utf8.Length > 70_000);
        Assert.Equal((0xF0, 0xF0), (utf8[32_765], utf8[65_534]));
        using var index = new TestIndex([Articles.Make("long.txt", "2025-01-02", "Größenmaß", body)]);

        // Act
        var document = index.Index.GetDocument("long.txt");
        var snippets = index.Index.Search(SearchRequest.For("Zebrafinken") with { MaxSnippets = 1 }).Hits.Single().Snippets;

        // Assert: the whole text, and a snippet from its very end (read through the same doc value)
        Assert.NotNull(document);
        Assert.Equal(body, document.Body);
        Assert.Contains("Zebrafinken", Assert.Single(snippets).Text, StringComparison.Ordinal);
        Assert.EndsWith("Ende " + Emoji, body, StringComparison.Ordinal);
        Assert.Contains("Zebrafinken flogen über die Straße " + Emoji + " Ende " + Emoji, snippets[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", BodyValue.Plain)]
    [InlineData("Kurz: Grüße aus Köln 🙂", BodyValue.Plain)]
    [InlineData("below", BodyValue.Plain)]
    [InlineData("from", BodyValue.Deflated)]
    [InlineData("long", BodyValue.Deflated)]
    public void Encode_ThenDecode_GivesTheTextBack(string kind, byte expectedEncoding)
    {
        // Arrange: from 512 UTF-8 bytes on the text is deflated
        var text = kind switch
        {
            "below" => new string('ä', (BodyValue.DeflateFrom / 2) - 1) + "x",
            "from" => new string('ä', BodyValue.DeflateFrom / 2),
            "long" => LongBody(),
            _ => kind,
        };

        // Act
        var value = BodyValue.Encode(text);

        // Assert
        Assert.Equal(text, BodyValue.Decode(value));
        Assert.Equal(expectedEncoding, value.Bytes[value.Offset]);
    }

    [Fact]
    public void Read_AnyText_EqualsWhatTheStoredFieldGave()
    {
        // Arrange: the stored field (the schema 9 way) and the doc value of the same texts side by side; an unpaired
        // surrogate becomes U+FFFD either way
        string[] texts = ["", "ä", "Maß " + Emoji, LongBody(), "kaputt \uD800 Ende", "\uDC00" + Emoji + "\uD83D"];
        string[] expected = ["", "ä", "Maß " + Emoji, texts[3], "kaputt \uFFFD Ende", "\uFFFD" + Emoji + "\uFFFD"];
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            foreach (var text in texts)
            {
                writer.AddDocument(new Document { new StoredField(IndexSchema.Body, text), new BinaryDocValuesField(IndexSchema.BodyText, BodyValue.Encode(text)) });
            }
        }

        using var reader = DirectoryReader.Open(directory);

        // Act
        var read = Enumerable.Range(0, texts.Length).Select(d => BodyValue.Read(reader, d)).ToList();

        // Assert
        Assert.Equal(Enumerable.Range(0, texts.Length).Select(d => reader.Document(d).Get(IndexSchema.Body)), read);
        Assert.Equal(expected, read);
    }

    [Fact]
    public void Read_SegmentOfAnEarlierSchema_ReadsTheStoredField()
    {
        // Arrange: schema 9 kept the text only as a stored field
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            writer.AddDocument(new Document { new StoredField(IndexSchema.Body, "Früher gespeichert " + Emoji) });
        }

        using var reader = DirectoryReader.Open(directory);

        // Act
        var read = BodyValue.Read(reader, 0);

        // Assert
        Assert.Equal("Früher gespeichert " + Emoji, read);
    }

    [Fact]
    public void Build_Document_KeepsTheTextInTheDocValueOnly()
    {
        // Arrange
        using var index = new TestIndex(Articles.Sample);
        using var reader = DirectoryReader.Open(FSDirectory.Open(index.IndexPath));

        // Act
        var stored = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get(IndexSchema.Body)).ToList();
        var values = Enumerable.Range(0, reader.MaxDoc).Select(d => BodyValue.Read(reader, d)).Order(StringComparer.Ordinal).ToList();

        // Assert: stored once, not twice (the index stays as large as before)
        Assert.All(stored, Assert.Null);
        Assert.Equal(Articles.Sample.Select(a => a.Body).Order(StringComparer.Ordinal), values);
    }

    [Fact]
    public void UpdateFromFolder_ChangedFile_DocumentAndSnippetsShowTheNewText()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nTitel\n\nDie Amsel singt über Würzburg.");
        folder.Write("seeds/b.txt", "date 2024-03-02\n\nAnderes\n\nDie Drossel singt über Bamberg.");
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nTitel\n\nDer Kranich zieht über Würzburg, groß und grau " + Emoji + ".");
        File.SetLastWriteTimeUtc(folder.Combine("seeds/a.txt"), DateTime.UtcNow.AddMinutes(5));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(1, result.Updated);
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal("Der Kranich zieht über Würzburg, groß und grau " + Emoji + ".", index.GetDocument("a.txt")!.Body);
        Assert.Equal("Die Drossel singt über Bamberg.", index.GetDocument("b.txt")!.Body);
        var hit = Assert.Single(index.Search(SearchRequest.For("Würzburg")).Hits);
        Assert.Contains("Kranich", hit.Snippets[0].Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// About 75 KB of German text; an emoji takes the UTF-8 bytes 32,765 to 32,768 (across 32,766, the old limit of a
    /// binary doc value, and 32 KiB) and one 65,534 to 65,537 (across 64 KiB).
    /// </summary>
    private static string LongBody()
    {
        var text = new StringBuilder();
        var sentence = "Die Bürgerinnen und Bürger in Großenhain äußerten sich über Maßnahmen der Behörde, öffentlich und ungeschönt. ";
        foreach (var border in new[] { 32_765, 65_534 })
        {
            while (Encoding.UTF8.GetByteCount(text.ToString()) + sentence.Length * 2 < border)
            {
                text.Append(sentence);
            }

            while (Encoding.UTF8.GetByteCount(text.ToString()) < border - 1)
            {
                text.Append('x');
            }

            text.Append(' ').Append(Emoji);
        }

        text.Append("\n\n");
        for (var i = 0; i < 60; i++)
        {
            text.Append(sentence);
        }

        return text.Append("Zebrafinken flogen über die Straße ").Append(Emoji).Append(" Ende ").Append(Emoji).ToString();
    }
}
