using Lucene.Net.Documents;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>
/// Turns a news document into the Lucene document of <see cref="IndexSchema"/>'s fields, reusing its field objects
/// and token streams from one document to the next. Lucene.Net takes a lock inside every new token stream (its
/// attribute factory), and a document has a dozen of them: with two indexing threads they queued on each other, so
/// each thread keeps one builder (<see cref="ForThisThread"/>) and the indexer hands every built document to the
/// writer before it builds the next.
/// </summary>
/// <remarks>Not thread-safe; a built document is valid until the next call of <see cref="Build"/> on the same builder.</remarks>
internal sealed class LuceneDocumentBuilder
{
    [ThreadStatic]
    private static LuceneDocumentBuilder? t_builder;

    private readonly StringField _id = new(IndexSchema.Id, "", Field.Store.YES);
    private readonly StoredField _path = new(IndexSchema.Path, "");
    private readonly BinaryDocValuesField _bodyValue = new(IndexSchema.BodyText, new BytesRef());
    private readonly TextWords.ReplayStream _bodyWords = new();
    private readonly TextWords.ReplayStream _prefixWords = new();
    private readonly TextWords.ReplayStream _exactWords = new();
    private readonly TextWords.ReplayStream _personWords = new();
    private readonly Field _bodyText;
    private readonly Field _prefix;
    private readonly Field _exact;
    private readonly Field _person;
    private readonly StringField _day = new(IndexSchema.Day, "", Field.Store.NO);
    private readonly Int32Field _date = new(IndexSchema.Date, 0, Field.Store.YES);
    private readonly StringField _hash = new(IndexSchema.Hash, "", Field.Store.YES);
    private readonly List<StringField> _actors = [];
    private readonly List<StringField> _locations = [];
    private readonly List<StringField> _personKeys = [];

    public LuceneDocumentBuilder()
    {
        // Headline and text are read once (TextWords); the body, prefix, exact and person fields each add their own steps
        // to the same words, exactly as their analyzers would (IndexAnalyzer re-analyses stored text for snippets).
        _bodyText = new Field(IndexSchema.Body, GermanAnalyzers.IndexTail(_bodyWords), IndexSchema.BodyFieldType);
        _prefix = new Field(IndexSchema.Prefix, PrefixAnalyzer.Tail(_prefixWords), IndexSchema.BonusFieldType);
        _exact = new Field(IndexSchema.Exact, _exactWords, IndexSchema.BonusFieldType);
        _person = new Field(IndexSchema.Person, GermanAnalyzers.PersonIndexTail(_personWords), IndexSchema.PersonFieldType);
    }

    /// <summary>The calling thread's builder.</summary>
    public static LuceneDocumentBuilder ForThisThread => t_builder ??= new LuceneDocumentBuilder();

    /// <summary>Builds the document; it is valid until the next call on this builder.</summary>
    public Document Build(NewsDocument news, long fileSize = -1, long fileTime = -1)
    {
        var words = TextWords.Read(news.Title + IndexSchema.HeadlineSeparator + news.Body);
        _bodyWords.Words = words;
        _prefixWords.Words = words;
        _exactWords.Words = words;
        _personWords.Words = words;
        _id.SetStringValue(news.Id);
        _path.SetStringValue(news.SourcePath ?? news.Id);
        _bodyValue.SetBytesValue(BodyValue.Encode(news.Body));
        _day.SetStringValue(IndexSchema.FormatDate(news.Date));
        _date.SetInt32Value(IndexSchema.EncodeDate(news.Date));
        _hash.SetStringValue(news.ContentHash);

        var doc = new Document
        {
            _id,
            _path,
            new TextField(IndexSchema.Title, news.Title, Field.Store.YES),
            _bodyValue,
            _bodyText,
            _prefix,
            _exact,
            _person,
            _day,
            _date,
            new NumericDocValuesField(IndexSchema.Date, IndexSchema.EncodeDate(news.Date)),
            new SortedDocValuesField(IndexSchema.Id, new BytesRef(news.Id)),
            _hash,
            new BinaryDocValuesField(IndexSchema.Hash, new BytesRef(news.ContentHash)),
            new NumericDocValuesField(IndexSchema.FileSize, fileSize),
            new NumericDocValuesField(IndexSchema.FileTime, fileTime),
            new BinaryDocValuesField(IndexSchema.HitSummary, new BytesRef(IndexSchema.EncodeSummary(news))),
        };
        AddFacetValues(doc, IndexSchema.Actor, news.Actors, _actors);
        AddFacetValues(doc, IndexSchema.Location, news.Locations, _locations);
        AddPersonKeys(doc, news, _personKeys);
        foreach (var person in news.Persons)
        {
            doc.Add(new StoredField(IndexSchema.Persons, person));
        }

        doc.Add(new TextField(IndexSchema.ActorText, string.Join("\n", news.Actors), Field.Store.NO));
        doc.Add(new TextField(IndexSchema.LocationText, string.Join("\n", news.Locations), Field.Store.NO));
        return doc;
    }

    /// <summary>The persons' own names and the words that may stand for them (<see cref="IndexSchema.PersonKey"/>).</summary>
    private static void AddPersonKeys(Document doc, NewsDocument news, List<StringField> pool)
    {
        var used = 0;
        foreach (var person in IndexSchema.UniqueValues(news.Persons))
        {
            if (!person.Contains(' ', StringComparison.Ordinal))
            {
                // A bare listed first name ("Alexander", "Frank") is someone's first name, not a surname to merge.
                if (!PersonNameKeys.IsFirstName(person))
                {
                    doc.Add(Reused(pool, used++, IndexSchema.PersonKey, person, Field.Store.NO));
                }

                continue;
            }

            foreach (var key in PersonNameKeys.Keys(person))
            {
                doc.Add(Reused(pool, used++, IndexSchema.PersonKey, string.Concat(key, IndexSchema.PersonKeySeparator.ToString(), person), Field.Store.NO));
            }
        }
    }

    /// <summary>Each value once, as a drill-down term (stored) and a doc value for counting.</summary>
    private static void AddFacetValues(Document doc, string field, IReadOnlyList<string> values, List<StringField> pool)
    {
        var used = 0;
        foreach (var value in IndexSchema.UniqueValues(values))
        {
            doc.Add(Reused(pool, used++, field, value, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    /// <summary>
    /// The pool's field number <paramref name="index"/> holding <paramref name="value"/>, made on first need: a new
    /// string field makes a new token stream, whose attributes Lucene.Net creates under a lock shared by all threads.
    /// </summary>
    private static StringField Reused(List<StringField> pool, int index, string field, string value, Field.Store store)
    {
        if (index == pool.Count)
        {
            pool.Add(new StringField(field, value, store));
        }
        else
        {
            pool[index].SetStringValue(value);
        }

        return pool[index];
    }
}
