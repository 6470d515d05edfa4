using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// The one owner of field names and analyzers. Indexing and searching both go through this type, so the two
/// sides cannot drift apart.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Bumped whenever fields or analysis change; an index of another version is rebuilt.</summary>
    public const string Version = "5";

    /// <summary>Commit user-data key holding <see cref="Version"/>.</summary>
    public const string VersionKey = "schema";

    /// <summary>Commit user-data key holding the fingerprint of the indexing settings (see DocumentPipeline).</summary>
    public const string SettingsKey = "settings";

    public const string Id = "id";
    public const string Path = "path";
    public const string Title = "title";
    public const string Body = "body";
    public const string Prefix = "prefix";
    public const string Exact = "exact";
    public const string ActorText = "actors";
    public const string LocationText = "locations";
    public const string Day = "day";
    public const string Date = "date";
    public const string Hash = "hash";
    public const string FileSize = "size";
    public const string FileTime = "mtime";
    public const string Actor = "actor";
    public const string Location = "location";

    /// <summary>The analysed text fields a plain query searches, with their weights.</summary>
    public static IReadOnlyDictionary<string, float> SearchFields { get; } = new Dictionary<string, float>
    {
        [Title] = 2.0f,
        [Body] = 1.0f,
    };

    private static readonly Lazy<Analyzer> IndexAnalyzerInstance = new(() =>
        new PerFieldAnalyzerWrapper(GermanAnalyzers.CreateIndexAnalyzer(), FieldAnalyzers()));

    private static readonly Lazy<Analyzer> QueryAnalyzerInstance = new(() =>
        new PerFieldAnalyzerWrapper(GermanAnalyzers.CreateQueryAnalyzer(), FieldAnalyzers()));

    /// <summary>Analyzers of the fields that differ from the main text fields, the same on both sides.</summary>
    private static Dictionary<string, Analyzer> FieldAnalyzers()
    {
        var entities = GermanAnalyzers.CreateQueryAnalyzer();
        return new Dictionary<string, Analyzer>
        {
            [Prefix] = PrefixAnalyzer.Create(),
            [Exact] = GermanAnalyzers.CreateExactAnalyzer(),
            [ActorText] = entities,
            [LocationText] = entities,
            [Day] = new Lucene.Net.Analysis.Core.KeywordAnalyzer(),
        };
    }

    /// <summary>Analyzer for writing documents (and for re-analysing stored text when highlighting).</summary>
    public static Analyzer IndexAnalyzer => IndexAnalyzerInstance.Value;

    /// <summary>Analyzer for query text.</summary>
    public static Analyzer QueryAnalyzer => QueryAnalyzerInstance.Value;

    /// <summary>The similarity used on both sides.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    public static int EncodeDate(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly DecodeDate(long value) => new((int)(value / 10000), (int)(value / 100 % 100), (int)(value % 100));

    /// <summary>Builds the Lucene document for a news document.</summary>
    public static Document ToLucene(NewsDocument news, long fileSize = -1, long fileTime = -1)
    {
        var doc = new Document
        {
            new StringField(Id, news.Id, Field.Store.YES),
            new StoredField(Path, news.SourcePath ?? news.Id),
            new TextField(Title, news.Title, Field.Store.YES),
            new TextField(Body, news.Body, Field.Store.YES),
            new TextField(Prefix, news.Title + "\n\n" + news.Body, Field.Store.NO),
            new TextField(Exact, news.Title + "\n\n" + news.Body, Field.Store.NO),
            new StringField(Day, FormatDate(news.Date), Field.Store.NO),
            new Int32Field(Date, EncodeDate(news.Date), Field.Store.YES),
            new NumericDocValuesField(Date, EncodeDate(news.Date)),
            new SortedDocValuesField(Id, new BytesRef(news.Id)),
            new StringField(Hash, news.ContentHash, Field.Store.YES),
            new BinaryDocValuesField(Hash, new BytesRef(news.ContentHash)),
            new NumericDocValuesField(FileSize, fileSize),
            new NumericDocValuesField(FileTime, fileTime),
        };
        AddFacetValues(doc, Actor, news.Actors);
        AddFacetValues(doc, Location, news.Locations);
        doc.Add(new TextField(ActorText, string.Join("\n", news.Actors), Field.Store.NO));
        doc.Add(new TextField(LocationText, string.Join("\n", news.Locations), Field.Store.NO));
        return doc;
    }

    /// <summary>
    /// Reads id, content hash, file size and file time of every live document from doc values: the state an
    /// incremental update compares the seeds folder against. Fast even for large indexes (no stored fields).
    /// </summary>
    public static Dictionary<string, IndexedEntry> ReadEntries(IndexReader reader)
    {
        var entries = new Dictionary<string, IndexedEntry>(reader.NumDocs, StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var ids = segment.GetSortedDocValues(Id);
            if (ids is null)
            {
                continue;
            }

            var hashes = segment.GetBinaryDocValues(Hash);
            var sizes = segment.GetNumericDocValues(FileSize);
            var times = segment.GetNumericDocValues(FileTime);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                ids.Get(doc, scratch);
                var id = scratch.Utf8ToString();
                var hash = "";
                if (hashes is not null)
                {
                    hashes.Get(doc, scratch);
                    hash = scratch.Utf8ToString();
                }

                entries[id] = new IndexedEntry(hash, sizes?.Get(doc) ?? -1, times?.Get(doc) ?? -1);
            }
        }

        return entries;
    }

    /// <summary>Reads a news document back from stored fields.</summary>
    public static NewsDocument FromLucene(Document doc) => new()
    {
        Id = doc.Get(Id) ?? "",
        SourcePath = doc.Get(Path),
        Title = doc.Get(Title) ?? "",
        Body = doc.Get(Body) ?? "",
        Date = DecodeDate(doc.GetField(Date)?.GetInt32Value() ?? 19700101),
        ContentHash = doc.Get(Hash) ?? "",
        Actors = doc.GetValues(Actor),
        Locations = doc.GetValues(Location),
    };

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddFacetValues(Document doc, string field, IReadOnlyList<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value) || !seen.Add(value))
            {
                continue;
            }

            doc.Add(new StringField(field, value, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
