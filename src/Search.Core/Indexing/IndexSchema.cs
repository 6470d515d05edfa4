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
    /// <summary>
    /// Bumped whenever fields or analysis change; an index of another version is rebuilt. 11: soft hyphens and
    /// zero-width characters are dropped from words (<see cref="Analysis.InvariantLowerCaseFilter"/>), and the genitive
    /// of nouns in -er meets the word ("Lehrers", <see cref="Analysis.GermanWordStemmer"/>).
    /// </summary>
    public const string Version = "11";

    /// <summary>Commit user-data key holding <see cref="Version"/>.</summary>
    public const string VersionKey = "schema";

    /// <summary>Commit user-data key holding the fingerprint of the indexing settings (see DocumentPipeline).</summary>
    public const string SettingsKey = "settings";

    /// <summary>
    /// Commit user-data key holding the index's identity: a random id given at its first commit and kept by every later
    /// one. A folder removed and built again holds a new index under the same segment names; the identity tells them
    /// apart. Indexes written before it lack the key.
    /// </summary>
    public const string IdentityKey = "identity";

    /// <summary>Commit user-data key holding the full path of the seeds folder of the last update from a folder.</summary>
    public const string SeedsKey = "seeds";

    /// <summary>Commit user-data key holding the file pattern of the last update from a folder.</summary>
    public const string PatternKey = "pattern";

    /// <summary>The schema version a commit's user data records (<see cref="Version"/> when this version wrote it), or null.</summary>
    public static string? ReadVersion(IDictionary<string, string> userData) => userData.TryGetValue(VersionKey, out var version) ? version : null;

    /// <summary>The index identity a commit's user data records (see <see cref="IdentityKey"/>), or null.</summary>
    public static string? ReadIdentity(IDictionary<string, string>? userData) =>
        userData is not null && userData.TryGetValue(IdentityKey, out var identity) ? identity : null;

    /// <summary>The seeds folder and pattern a commit's user data remembers, or null.</summary>
    public static SeedsOrigin? ReadOrigin(IDictionary<string, string> userData) =>
        userData.TryGetValue(SeedsKey, out var seeds) && userData.TryGetValue(PatternKey, out var pattern) ? new SeedsOrigin(seeds, pattern) : null;

    public const string Id = "id";
    public const string Path = "path";
    public const string Title = "title";
    public const string Body = "body";

    /// <summary>
    /// Binary doc value with the article text (see <see cref="BodyValue"/>): snippets and <c>GetDocument</c> read it
    /// instead of a stored field. Schema 10; earlier indexes stored the text as the stored field <see cref="Body"/>.
    /// </summary>
    public const string BodyText = "bodytext";
    public const string Prefix = "prefix";
    public const string Exact = "exact";

    /// <summary>
    /// Person nouns only, masculine and feminine folded to one shared form ("Kanzlerin", "Kanzler" → kanzler; see
    /// <see cref="Analysis.PersonNouns"/>): searched with <see cref="PersonWeight"/>, so either form finds the other
    /// and the exact form ranks first.
    /// </summary>
    public const string Person = "person";

    /// <summary>Weight of <see cref="Person"/> against the body's 1.0.</summary>
    public const float PersonWeight = 0.2f;
    public const string ActorText = "actors";
    public const string LocationText = "locations";
    public const string Day = "day";
    public const string Date = "date";
    public const string Hash = "hash";
    public const string FileSize = "size";
    public const string FileTime = "mtime";
    public const string Actor = "actor";
    public const string Location = "location";

    /// <summary>
    /// Indexed, not stored: per person of <see cref="NewsDocument.Persons"/>, the term "name" for a one-word name that is no listed first name and
    /// "key U+001F full name" for each word that may stand for a longer name (<see cref="Entities.PersonNameKeys"/>).
    /// The actor facet reads the terms to count a bare name under the one full name it stands for.
    /// </summary>
    public const string PersonKey = "personkey";

    /// <summary>
    /// Stored only, one value per person of <see cref="NewsDocument.Persons"/>, so a document read back keeps which of
    /// its actors are persons (and writing it back keeps their names merged). Older indexes lack it: no persons.
    /// </summary>
    public const string Persons = "persons";

    /// <summary>Separates the key from the full name in a <see cref="PersonKey"/> term.</summary>
    public const char PersonKeySeparator = '\u001F';

    /// <summary>
    /// Binary doc value with what a hit in a result list shows besides id and date (path, title, actors,
    /// locations), so a page of hits is read without decompressing stored documents.
    /// </summary>
    public const string HitSummary = "hit";

    /// <summary>Separates the parts of <see cref="HitSummary"/>.</summary>
    private const char PartSeparator = '\u001E';

    /// <summary>Separates the values of a list inside <see cref="HitSummary"/>.</summary>
    private const char ValueSeparator = '\u001F';

    /// <summary>What separates the headline from the text in the body field's indexed text.</summary>
    public const string HeadlineSeparator = "\n\n";

    /// <summary>
    /// The body field (headline, <see cref="HeadlineSeparator"/>, text): analysed, not stored, with positions and the
    /// character offsets of every word in its postings, from which snippets mark matches without analysing the
    /// stored text again (see <see cref="Searching.PostingsMatches"/>).
    /// </summary>
    internal static readonly FieldType BodyFieldType = CreateBodyFieldType();

    /// <summary>
    /// Analysed, not stored, with term frequencies but no positions: the ranking-bonus fields, searched only by
    /// single terms. Without positions they cost far less to write.
    /// </summary>
    internal static readonly FieldType BonusFieldType = CreateBonusFieldType();

    /// <summary>
    /// The analysed text fields a plain query searches, with their weights. The body field holds the headline as
    /// well as the text, so one field decides what matches; the headline's extra weight is a ranking bonus (see
    /// <see cref="Searching.Queries.PlainWordQueries.Bonus"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, float> SearchFields { get; } = new Dictionary<string, float>
    {
        [Body] = 1.0f,
        [Person] = PersonWeight,
    };

    /// <summary>
    /// Analysed, not stored, with positions but without norms: the <see cref="Person"/> field holds a few words of a
    /// document, so its length says nothing; positions keep phrase queries over all search fields valid.
    /// </summary>
    internal static readonly FieldType PersonFieldType = CreatePersonFieldType();

    private static readonly Lazy<Analyzer> IndexAnalyzerInstance = new(() =>
        new PerFieldAnalyzerWrapper(GermanAnalyzers.CreateIndexAnalyzer(), FieldAnalyzers(indexSide: true)));

    private static readonly Lazy<Analyzer> QueryAnalyzerInstance = new(() =>
        new PerFieldAnalyzerWrapper(GermanAnalyzers.CreateQueryAnalyzer(), FieldAnalyzers(indexSide: false)));

    /// <summary>
    /// Analyzers of the fields that differ from the main text fields, the same on both sides except that the index
    /// side of <see cref="Person"/> adds the heads of compounds.
    /// </summary>
    private static Dictionary<string, Analyzer> FieldAnalyzers(bool indexSide)
    {
        var entities = GermanAnalyzers.CreateQueryAnalyzer();
        return new Dictionary<string, Analyzer>
        {
            [Prefix] = PrefixAnalyzer.Create(),
            [Exact] = GermanAnalyzers.CreateExactAnalyzer(),
            [Person] = GermanAnalyzers.CreatePersonAnalyzer(indexSide),
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

    /// <summary>
    /// Builds the Lucene document for a news document, from new field objects (see
    /// <see cref="LuceneDocumentBuilder"/> for the reusing builder the indexer uses).
    /// </summary>
    public static Document ToLucene(NewsDocument news, long fileSize = -1, long fileTime = -1) =>
        new LuceneDocumentBuilder().Build(news, fileSize, fileTime);

    /// <summary>Reads a news document back from its stored fields and its article text (see <see cref="BodyValue"/>).</summary>
    public static NewsDocument FromLucene(Document doc, string body) => new()
    {
        Id = doc.Get(Id) ?? "",
        SourcePath = doc.Get(Path),
        Title = doc.Get(Title) ?? "",
        Body = body,
        Date = DecodeDate(doc.GetField(Date)?.GetInt32Value() ?? 19700101),
        ContentHash = doc.Get(Hash) ?? "",
        Actors = doc.GetValues(Actor),
        Locations = doc.GetValues(Location),
        Persons = doc.GetValues(Persons),
    };

    /// <summary>What <see cref="HitSummary"/> holds for a document.</summary>
    public readonly record struct Summary(string Path, string Title, IReadOnlyList<string> Actors, IReadOnlyList<string> Locations);

    /// <summary>Reads the hit summary of a document (see <see cref="HitSummary"/>) from its doc value.</summary>
    public static Summary DecodeSummary(BytesRef bytes)
    {
        var parts = bytes.Utf8ToString().Split(PartSeparator);
        static IReadOnlyList<string> List(string part) => part.Length == 0 ? [] : part.Split(ValueSeparator);
        return parts.Length < 4 ? new Summary("", "", [], []) : new Summary(parts[0], parts[1], List(parts[2]), List(parts[3]));
    }

    internal static string EncodeSummary(NewsDocument news) => string.Join(
        PartSeparator,
        news.SourcePath ?? news.Id,
        Clean(news.Title),
        string.Join(ValueSeparator, UniqueValues(news.Actors).Select(Clean)),
        string.Join(ValueSeparator, UniqueValues(news.Locations).Select(Clean)));

    /// <summary>The text without the two separator characters (control characters no article needs).</summary>
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAny(PartSeparator, ValueSeparator) < 0 ? text : text.Replace(PartSeparator, ' ').Replace(ValueSeparator, ' ');

    internal static IEnumerable<string> UniqueValues(IReadOnlyList<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return values.Where(v => !string.IsNullOrWhiteSpace(v) && seen.Add(v));
    }

    private static FieldType CreateBodyFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }

    private static FieldType CreateBonusFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static FieldType CreatePersonFieldType()
    {
        // Offsets, as the body field has: a snippet marks the other form of a person noun ("Kanzlerin" for Kanzler)
        // from the postings instead of analysing the article again. An index written before has none; its snippets
        // for such queries are marked by analysing the text, as they were.
        var type = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true, IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
