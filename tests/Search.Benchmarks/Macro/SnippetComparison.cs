using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using BytesRef = Lucene.Net.Util.BytesRef;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Benchmarks.Macro;

/// <summary>
/// Snippets marked from the offsets in the postings against the classic highlighter (re-analysing the stored text)
/// on the same hits: how many differ, a few examples of each kind of difference, and the time of each.
/// </summary>
internal static class SnippetComparison
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var options = new Options(args, new HashSet<string>(), new HashSet<string> { "--corpus", "--queries", "--index", "--top", "--snippets", "--examples" });
        var corpus = Path.GetFullPath(options.Require("--corpus"));
        var queriesFile = Path.GetFullPath(options.Require("--queries"));
        var top = options.Int("--top", 10);
        var maxSnippets = options.Int("--snippets", 2);
        var examples = options.Int("--examples", 8);
        var index = Path.GetFullPath(options.Get("--index") ?? Path.Combine(Path.GetTempPath(), "search-bench", "snippets-" + Path.GetFileName(corpus.TrimEnd('/'))));
        if (!System.IO.Directory.Exists(index))
        {
            using var builder = IndexBuilder.Open(index);
            var built = builder.UpdateFromFolder(corpus, full: true);
            Console.Error.WriteLine($"built {index}: {built.Added} documents");
        }

        // A line is a query, or (a tab-separated file such as ranking-dev/queries.tsv) the query is its second column.
        var queries = File.ReadLines(queriesFile)
            .Select(l => l.Contains('\t', StringComparison.Ordinal) ? l.Split('\t')[1] : l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = IndexSchema.Similarity };
        var length = new SearchRequest().SnippetLength;
        int hits = 0, sameTitle = 0, sameSnippets = 0, fewerMarks = 0, moreMarks = 0, otherPassage = 0;
        var classicTime = TimeSpan.Zero;
        var postingsTime = TimeSpan.Zero;
        var shown = new List<string>();
        var findTime = TimeSpan.Zero;
        var unanswered = 0;
        foreach (var text in queries)
        {
            Query? query;
            try
            {
                query = Search.Core.Searching.Queries.LuceneQueryBuilder.ForText(text);
            }
            catch (QuerySyntaxException)
            {
                continue;
            }

            if (query is null)
            {
                continue;
            }

            var narrowed = query;
            foreach (var scoreDoc in searcher.Search(narrowed, top).ScoreDocs)
            {
                var leaf = reader.Leaves[ReaderUtil.SubIndex(scoreDoc.Doc, reader.Leaves)];
                var local = scoreDoc.Doc - leaf.DocBase;
                var bytes = new BytesRef();
                leaf.AtomicReader.GetBinaryDocValues(IndexSchema.HitSummary).Get(local, bytes);
                var title = IndexSchema.DecodeSummary(bytes).Title;
                var body = searcher.Doc(scoreDoc.Doc).Get(IndexSchema.Body) ?? "";
                hits++;

                var watch = Stopwatch.StartNew();
                var classicTitle = SnippetBuilder.MarkAll(query, null, title);
                var classic = SnippetBuilder.Build(query, IndexSchema.Body, body, title, classicTitle, maxSnippets, length);
                classicTime += watch.Elapsed;
                watch.Restart();
                var hit = new IndexedHit(leaf.AtomicReader, local);
                var postingsTitle = SnippetBuilder.MarkAll(query, title, hit);
                var postings = SnippetBuilder.Build(query, IndexSchema.Body, body, title, postingsTitle, maxSnippets, length, hit);
                postingsTime += watch.Elapsed;

                watch.Restart();
                unanswered += PostingsMatches.Find(query, hit, PostingsMatches.HeadlineAndBody) is null ? 1 : 0;
                findTime += watch.Elapsed;

                var titleSame = classicTitle.SequenceEqual(postingsTitle);
                sameTitle += titleSame ? 1 : 0;
                var snippetsSame = classic.Count == postings.Count && classic.Zip(postings).All(p => p.First.Text == p.Second.Text && p.First.Highlights.SequenceEqual(p.Second.Highlights));
                sameSnippets += snippetsSame ? 1 : 0;
                if (snippetsSame && titleSame)
                {
                    continue;
                }

                var classicMarks = classicTitle.Count + classic.Sum(s => s.Highlights.Count);
                var postingsMarks = postingsTitle.Count + postings.Sum(s => s.Highlights.Count);
                var samePassages = classic.Select(s => s.Text).SequenceEqual(postings.Select(s => s.Text));
                if (!samePassages)
                {
                    otherPassage++;
                }
                else if (postingsMarks < classicMarks)
                {
                    fewerMarks++;
                }
                else
                {
                    moreMarks++;
                }

                if (shown.Count < examples)
                {
                    shown.Add($"- `{text}` → {title}\n  - classic:  {Show(title, classicTitle)} | {string.Join(" | ", classic.Select(s => Show(s.Text, s.Highlights)))}\n  - postings: {Show(title, postingsTitle)} | {string.Join(" | ", postings.Select(s => Show(s.Text, s.Highlights)))}");
                }
            }
        }

        Console.WriteLine($"Snippets from postings offsets vs the classic highlighter: {queries.Count} queries, {hits} hits (top {top}, up to {maxSnippets} snippets of {length} characters), index {index}");
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(Inv, $"| hits with the same headline marks | {sameTitle} of {hits} |"));
        Console.WriteLine(string.Create(Inv, $"| hits with the same snippets (text and marks) | {sameSnippets} of {hits} |"));
        Console.WriteLine(string.Create(Inv, $"| differing: other passages chosen | {otherPassage} |"));
        Console.WriteLine(string.Create(Inv, $"| differing: same passages, fewer marks | {fewerMarks} |"));
        Console.WriteLine(string.Create(Inv, $"| differing: same passages, more or other marks | {moreMarks} |"));
        Console.WriteLine(string.Create(Inv, $"| time, classic / postings (one pass, headline + snippets) | {classicTime.TotalMilliseconds:0} ms / {postingsTime.TotalMilliseconds:0} ms ({classicTime / postingsTime:0.0}x) |"));
        Console.WriteLine(string.Create(Inv, $"| matches from the postings alone (of which the postings could not answer) | {findTime.TotalMilliseconds:0} ms ({unanswered} hits) |"));
        if (shown.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Examples ([marked] words):");
            Console.WriteLine();
            shown.ForEach(Console.WriteLine);
        }

        return 0;
    }

    private static string Show(string text, IReadOnlyList<HighlightRange> marks)
    {
        var result = text;
        foreach (var mark in marks.OrderByDescending(m => m.Start))
        {
            result = result[..mark.Start] + "[" + result.Substring(mark.Start, mark.Length) + "]" + result[(mark.Start + mark.Length)..];
        }

        return result.Replace("\n", " ", StringComparison.Ordinal);
    }
}
