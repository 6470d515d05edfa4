using Xunit.Abstractions;
using System.Text;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Searching.Queries;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// Issue 12, "Proof": on a random multi-segment index, generated queries return exactly the documents that a
/// brute-force evaluation of their query model over the documents' analysed terms returns, and exactly the documents
/// their intended structure means (so the parser's precedence is held too).
/// </summary>
public sealed class QueryModelTests(ITestOutputHelper output)
{
    private const int Seed = 1212;
    private const int QueryCount = 2000;

    [Fact]
    public void Search_GeneratedQueries_ReturnExactlyTheModelsDocuments()
    {
        // Arrange
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var corpus = new GeneratedCorpus(Seed);
        using var folder = new TempFolder();
        var indexPath = folder.Combine("index");
        using (var builder = IndexBuilder.Open(indexPath))
        {
            // Several commits: several segments, with updated documents deleted from earlier ones.
            for (var batch = 0; batch < 5; batch++)
            {
                builder.AddOrUpdate(corpus.NextBatch(60, batch * 60));
            }
        }

        var built = stopwatch.Elapsed;
        using var index = SearchIndex.Open(indexPath);
        var model = new ModelEvaluator(corpus);
        var generator = new QueryGenerator(corpus, Seed);
        var failures = new List<string>();
        var searchTime = TimeSpan.Zero;
        int compared = 0, plain = 0, notComparable = 0, nonEmpty = 0;

        // Act
        for (var i = 0; i < QueryCount && failures.Count < 30; i++)
        {
            var generated = generator.Next();
            var text = generated.Text;
            ParsedQuery parsed;
            try
            {
                parsed = QueryParser.Parse(text);
            }
            catch (QuerySyntaxException ex)
            {
                failures.Add($"well-formed query rejected: «{text}»: {ex.Kind} at {ex.Position}: {ex.Message}");
                continue;
            }

            HashSet<string>? expected, intended;
            try
            {
                expected = parsed.IsPlain ? PlainStrict(model, parsed) : model.Evaluate(parsed.Root!);
                intended = parsed.IsPlain ? expected : generated.Intended(model);
            }
            catch (NotComparableException)
            {
                notComparable++;
                continue;
            }

            var searchStart = stopwatch.Elapsed;
            var actual = Search(index, text, out var error, out var notice);
            searchTime += stopwatch.Elapsed - searchStart;
            if (expected is null)
            {
                if (error is null)
                {
                    failures.Add($"«{text}»: nothing searchable by the model, but the search answered {Format(actual!)}");
                }

                continue;
            }

            if (error is not null)
            {
                failures.Add($"«{text}»: the search threw {error.Kind} at {error.Position} ({error.Message}); expected {Format(expected)}");
                continue;
            }

            compared++;
            nonEmpty += expected.Count > 0 ? 1 : 0;
            if (parsed.IsPlain)
            {
                plain++;

                // A plain word list that finds nothing strictly is relaxed, and says so: compare only the strict form.
                if (expected.Count == 0 && notice is not null)
                {
                    continue;
                }
            }

            if (!actual!.SetEquals(expected))
            {
                failures.Add($"«{text}» (model {Describe(parsed.Root)}): expected {Format(expected)}, actual {Format(actual)}; missing {Format(expected.Except(actual))}, extra {Format(actual.Except(expected))}");
            }
            else if (intended is null || !actual.SetEquals(intended))
            {
                failures.Add($"«{text}» read as {Describe(parsed.Root)}, but it means {Format(intended)}; the search and the model answer {Format(actual)}");
            }
        }

        output.WriteLine($"{compared} compared ({plain} plain, {nonEmpty} expecting documents), {notComparable} not comparable, in {stopwatch.Elapsed}, index built in {built}, searching {searchTime}");

        // Assert
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compared >= QueryCount * 8 / 10, $"only {compared} of {QueryCount} queries compared ({notComparable} not comparable, {plain} plain)");
        Assert.True(nonEmpty >= compared / 3, $"only {nonEmpty} of {compared} compared queries expect any document: the test data is too thin");
    }

    /// <summary>The strict form of a plain word list: documents with at least the required number of its searchable words.</summary>
    private static HashSet<string>? PlainStrict(ModelEvaluator model, ParsedQuery parsed)
    {
        var words = parsed.Words.Select(w => model.Evaluate(w)).Where(ids => ids is not null).Select(ids => ids!).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var minimum = ParsedQuery.MinimumShouldMatch(words.Count, parsed.IsQuestion);
        return [.. model.All.Where(id => words.Count(w => w.Contains(id)) >= Math.Max(1, minimum))];
    }

    private static HashSet<string>? Search(SearchIndex index, string text, out QuerySyntaxException? error, out string? notice)
    {
        error = null;
        notice = null;
        try
        {
            var results = index.Search(new SearchRequest { Text = text, Take = 1000, FacetSize = 0, MaxSnippets = 0 });
            notice = results.Notice;
            Assert.Equal(results.TotalHits, results.Hits.Count);
            return [.. results.Hits.Select(h => h.Id)];
        }
        catch (QuerySyntaxException ex)
        {
            error = ex;
            return null;
        }
    }

    private static string Format(IEnumerable<string>? ids) =>
        ids is null ? "(nothing searchable)" : "{" + string.Join(",", ids.Order(StringComparer.Ordinal).Select(id => id.Replace("doc", ""))) + "}";

    /// <summary>The query model in a compact form for failure messages.</summary>
    internal static string Describe(QueryNode? node)
    {
        var sb = new StringBuilder();
        Write(node);
        return sb.ToString();

        void Write(QueryNode? n)
        {
            switch (n)
            {
                case null:
                    sb.Append("∅");
                    break;
                case BooleanNode b:
                    sb.Append('(');
                    foreach (var c in b.Clauses)
                    {
                        sb.Append(c.Occur switch { ClauseOccur.Must => "+", ClauseOccur.MustNot => "-", _ => "?" });
                        Write(c.Node);
                        sb.Append(' ');
                    }

                    sb.Length--;
                    sb.Append(')');
                    break;
                case WordNode w:
                    sb.Append(w.Field).Append(':').Append(w.Text);
                    break;
                case PhraseNode p:
                    sb.Append(p.Field).Append(":\"").Append(p.Text).Append("\"~").Append(p.Slop);
                    break;
                case PrefixNode p:
                    sb.Append(p.Field).Append(':').Append(p.Text).Append('*');
                    break;
                case WildcardNode w:
                    sb.Append(w.Field).Append(':').Append(w.Pattern);
                    break;
                case FuzzyNode f:
                    sb.Append(f.Field).Append(':').Append(f.Text).Append('~').Append(f.MaxEdits);
                    break;
                case DateRangeNode d:
                    sb.Append("date:[").Append(d.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "*")
                        .Append(" TO ").Append(d.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "*").Append(']');
                    break;
                default:
                    sb.Append(n.GetType().Name);
                    break;
            }

            if (n is not null && n.Boost != 1f)
            {
                sb.Append('^').Append(n.Boost.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
