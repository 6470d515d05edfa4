using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Term queries given their term states from the pooled enumerators before a search (issue 16) find the same
/// documents with the same scores as the query Lucene looks up itself, over several segments.
/// </summary>
public sealed class QueryTermStatesTests : IDisposable
{
    private const string Field = "body";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public QueryTermStatesTests()
    {
        string[][] segments =
        [
            ["regierung krise berlin", "regierung rat", "zeitung berlin berlin"],
            ["quant physik", "regierung", "krieg ukrain"],
            ["comput netz berlin", "ukrain krieg heute regierung", "zoo"],
        ];
        var config = new IndexWriterConfig(GermanAnalyzers.Version, new WhitespaceAnalyzer(GermanAnalyzers.Version));
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var segment in segments)
            {
                foreach (var words in segment)
                {
                    writer.AddDocument(new Document { new TextField(Field, words, Lucene.Net.Documents.Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = IndexSchema.Similarity };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Queries => ["regierung", "absent", "quant", "berlin regierung", "nested", "minimum", "phrase"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Attach_Query_FindsTheSameDocumentsWithTheSameScores(string name)
    {
        // Arrange
        Assert.Equal(3, _reader.Leaves.Count);
        var query = Build(name);
        var text = query.ToString();

        // Act
        var attached = QueryTermStates.Attach(_searcher, query);

        // Assert
        var expected = _searcher.Search(query, 20).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var actual = _searcher.Search(attached, 20).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(text, attached.ToString());
        Assert.Equal(text, query.ToString()); // the query given is left as it was
        Assert.True(name is "absent" || expected.Count > 0, "the query should find something");
    }

    [Fact]
    public void Attach_TermQueries_AreReplacedOtherQueriesKept()
    {
        // Arrange
        var phrase = new PhraseQuery { new Term(Field, "ukrain"), new Term(Field, "krieg") };
        var term = new TermQuery(new Term(Field, "regierung")) { Boost = 2f };
        var query = new BooleanQuery { { term, Occur.SHOULD }, { phrase, Occur.SHOULD } };

        // Act
        var attached = (BooleanQuery)QueryTermStates.Attach(_searcher, query);

        // Assert
        Assert.NotSame(query, attached);
        Assert.NotSame(term, attached.Clauses[0].Query);
        Assert.Equal(2f, attached.Clauses[0].Query.Boost);
        Assert.Same(phrase, attached.Clauses[1].Query);
        Assert.Same(phrase, QueryTermStates.Attach(_searcher, phrase));
    }

    private static Query Build(string name)
    {
        TermQuery T(string term, float boost = 1f) => new(new Term(Field, term)) { Boost = boost };
        static BooleanQuery Minimum(BooleanQuery query, int minimum)
        {
            query.MinimumNumberShouldMatch = minimum;
            return query;
        }

        return name switch
        {
            "berlin regierung" => new BooleanQuery { { T("berlin"), Occur.SHOULD }, { T("regierung", 0.5f), Occur.SHOULD } },
            "nested" => new BooleanQuery
            {
                { T("regierung"), Occur.MUST },
                { new BooleanQuery { { T("krieg"), Occur.SHOULD }, { T("berlin", 3f), Occur.SHOULD } }, Occur.MUST },
                { T("zoo"), Occur.MUST_NOT },
            },
            "minimum" => Minimum(new BooleanQuery(disableCoord: true) { { T("regierung"), Occur.SHOULD }, { T("berlin"), Occur.SHOULD }, { T("krieg"), Occur.SHOULD } }, 2),
            "phrase" => new BooleanQuery { { T("ukrain"), Occur.SHOULD }, { new PhraseQuery { new Term(Field, "krieg"), new Term(Field, "ukrain") }, Occur.SHOULD } },
            _ => T(name),
        };
    }
}
