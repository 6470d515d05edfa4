using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Snippets of long articles are marked from the character offsets in the body field's postings (issue 16), not
/// by analysing the whole stored text again; they must come out as the classic highlighter's did.
/// </summary>
public sealed class PostingsSnippetTests : IClassFixture<PostingsSnippetTests.LongArticles>
{
    private readonly LongArticles _fixture;

    public PostingsSnippetTests(LongArticles fixture) => _fixture = fixture;

    [Fact]
    public void Index_BodyField_HasOffsetsInItsPostings()
    {
        // Act
        var options = _fixture.Reader.Leaves.Select(l => l.AtomicReader.FieldInfos.FieldInfo(IndexSchema.Body)?.IndexOptions).Distinct().ToList();

        // Assert
        Assert.Equal([IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS], options);
        Assert.Equal([IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS], _fixture.Reader.Leaves.Select(l => l.AtomicReader.FieldInfos.FieldInfo(IndexSchema.Person)?.IndexOptions).Distinct());
    }

    [Theory]
    [InlineData("Regierung")]
    [InlineData("Millionen Euro")]
    [InlineData("\"neue Regierung\"")]
    [InlineData("Haushalt Bundestag")]
    [InlineData("Klimaschutz")]
    [InlineData("Gespräch")]
    [InlineData("Regierung -Berlin")]
    [InlineData("Kanzler")] // person nouns: the other form through the person field
    [InlineData("Präsidentin")]
    [InlineData("Forscher Graz")]
    public void Build_FromPostings_SameSnippetsAsTheClassicHighlighter(string text)
    {
        // Arrange
        var query = Search.Core.Searching.Queries.LuceneQueryBuilder.ForText(text)!;
        var searcher = new IndexSearcher(_fixture.Reader);
        var hits = searcher.Search(query, 10).ScoreDocs;
        Assert.NotEmpty(hits);

        foreach (var scoreDoc in hits)
        {
            var leaf = _fixture.Reader.Leaves[ReaderUtil.SubIndex(scoreDoc.Doc, _fixture.Reader.Leaves)];
            var document = searcher.Doc(scoreDoc.Doc);
            var title = document.Get(IndexSchema.Title);
            var body = BodyValue.Read(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase);
            var hit = new IndexedHit(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase);

            // Act
            var classicTitle = SnippetBuilder.MarkAll(query, null, title);
            var postingsTitle = SnippetBuilder.MarkAll(query, title, hit);
            var classic = SnippetBuilder.Build(query, IndexSchema.Body, body, title, classicTitle, 3, 160);
            var postings = SnippetBuilder.Build(query, IndexSchema.Body, body, title, postingsTitle, 3, 160, hit);

            // Assert
            Assert.NotNull(hit.Matches(query)); // answered from the postings, not by the fallback
            Assert.Equal(classicTitle, postingsTitle);
            Assert.Equal(classic.Select(s => s.Text), postings.Select(s => s.Text));
            Assert.Equal(classic.Select(s => s.Highlights.ToList()), postings.Select(s => s.Highlights.ToList()));
        }
    }

    [Fact]
    public void Build_FromPostings_PrefixQuery_MarksTheBodyAsTheClassicHighlighterAndTheHeadlineToo()
    {
        // Arrange
        var query = Search.Core.Searching.Queries.LuceneQueryBuilder.ForText("Haush*")!;
        var (hit, title, body) = _fixture.Find("long-a.txt");

        // Act
        var postingsTitle = SnippetBuilder.MarkAll(query, title, hit);
        var classic = SnippetBuilder.Build(query, IndexSchema.Body, body, title, [], 3, 160);
        var postings = SnippetBuilder.Build(query, IndexSchema.Body, body, title, [], 3, 160, hit);

        // Assert: the classic highlighter finds no headline word for a body-field prefix (it analyses the headline
        // as another field); the postings hold the headline in the body field.
        Assert.Equal(["Haushalt"], postingsTitle.Select(r => title.Substring(r.Start, r.Length)));
        Assert.Equal(classic.Select(s => s.Text), postings.Select(s => s.Text));
        Assert.Equal(classic.Select(s => s.Highlights.ToList()), postings.Select(s => s.Highlights.ToList()));
    }

    [Fact]
    public void Matches_Phrase_MarksItsWordsOnlyWhereTheyStandAsThePhrase()
    {
        // Arrange
        var query = Search.Core.Searching.Queries.LuceneQueryBuilder.ForText("\"neue Regierung\"")!;
        var (hit, title, body) = _fixture.Find("long-b.txt");

        // Act
        var snippets = SnippetBuilder.Build(query, IndexSchema.Body, body, title, [], 3, 160, hit);

        // Assert
        var marked = snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))).ToList();
        Assert.Equal(["neue", "Regierung"], marked);
        Assert.Contains("Regierung", body.Replace("neue Regierung", "", StringComparison.Ordinal), StringComparison.Ordinal); // a lone one exists
    }

    [Fact]
    public void Search_LongArticle_SnippetMarksTheCompoundWhosePartMatched()
    {
        // Act
        var hit = _fixture.Index.Index.Search(SearchRequest.For("Regierung") with { MaxSnippets = 3 }).Hits.Single(h => h.Id == "long-a.txt");

        // Assert
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))).ToList();
        Assert.Contains("Bundesregierung", marked);
        Assert.All(marked, word => Assert.Contains("egierung", word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("location:Wien", "long-b.txt", "Wien")]
    [InlineData("ort:Graz", "long-d.txt", "Graz")]
    public void Search_EntityField_SnippetsAndHeadlineMarkTheNameInTheText(string text, string id, string name)
    {
        // Act
        var hit = _fixture.Index.Index.Search(SearchRequest.For(text) with { MaxSnippets = 3 }).Hits.Single(h => h.Id == id);

        // Assert: the passage naming the place is chosen and the name is marked, as for a word of the text
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))).ToList();
        Assert.Contains(name, marked);
        Assert.All(marked, word => Assert.Equal(name, word));
        var inTitle = hit.TitleHighlights.Select(r => hit.Title.Substring(r.Start, r.Length)).ToList();
        Assert.Equal(hit.Title.Contains(name, StringComparison.Ordinal) ? [name] : [], inTitle);
    }

    /// <summary>Long articles (many sentences and paragraphs) in an index, with a reader on it.</summary>
    public sealed class LongArticles : IDisposable
    {
        public LongArticles()
        {
            var filler = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Im Absatz {i} berichten Beobachter über das Wetter und den Verkehr in der Stadt."));
            Index = new TestIndex(
            [
                Articles.Make("long-a.txt", "2025-03-01", "Bundesregierung plant neuen Haushalt",
                    $"{filler}\n\nDie Bundesregierung will 20 Millionen Euro mehr für Schulen ausgeben. Der Bundestag berät den Haushalt im Mai.\n\n{filler}\n\nKritiker halten die Regierung für zu zögerlich. Weitere Millionen Euro sollen in den Klimaschutz fließen."),
                Articles.Make("long-b.txt", "2025-04-02", "Wahl in Wien",
                    $"{filler}\n\nNach der Wahl bildet sich eine neue Regierung in Wien. Die Gespräche dauern an.\n\n{filler}\n\nDie Regierung des Landes tagt am Montag. Über den Haushalt wird erst im Herbst gesprochen."),
                Articles.Make("long-c.txt", "2025-05-03", "Klimaschutz in Paris", $"Mehrere Regierungen sprechen über den Klimaschutz.\n\n{filler}"),
                Articles.Make("long-d.txt", "2025-06-04", "Die Kanzlerin trifft Forscherinnen",
                    $"{filler}\n\nDie Bundeskanzlerin sprach mit dem Präsidenten und zwei Forschern. Der Polizeipräsident war auch da.\n\n{filler}\n\nDer Kanzler a. D. lobte die Präsidentin der Akademie und eine Forscherin aus Graz."),
            ]);
            Directory = FSDirectory.Open(Index.IndexPath);
            Reader = DirectoryReader.Open(Directory);
        }

        public TestIndex Index { get; }

        public Lucene.Net.Store.Directory Directory { get; }

        public DirectoryReader Reader { get; }

        internal (IndexedHit Hit, string Title, string Body) Find(string id)
        {
            var searcher = new IndexSearcher(Reader);
            var doc = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1).ScoreDocs.Single().Doc;
            var leaf = Reader.Leaves[ReaderUtil.SubIndex(doc, Reader.Leaves)];
            var stored = searcher.Doc(doc);
            return (new IndexedHit(leaf.AtomicReader, doc - leaf.DocBase), stored.Get(IndexSchema.Title), BodyValue.Read(leaf.AtomicReader, doc - leaf.DocBase));
        }

        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
            Index.Dispose();
        }
    }
}
