using System.Diagnostics;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Searching.Queries;

namespace Search.Core.Searching;

/// <summary>
/// Answers a request on one searcher: builds the Lucene query from the query model, relaxes a plain word list that
/// finds nothing (saying so), adds the ranking bonus, suggests a spelling, and reads the page of hits.
/// </summary>
internal static partial class SearchAnswer
{
    /// <summary>A search with this many hits or fewer gets a did-you-mean suggestion when one finds more.</summary>
    private const int SuggestBelow = 2;

    private static readonly SpellingSuggester Speller = new(IndexSchema.QueryAnalyzer, [IndexSchema.Title, IndexSchema.Body]);

    public static SearchResults Answer(IndexSearcher searcher, SearchRequest request, UnderstoodQuery understood, Stopwatch stopwatch)
    {
        var parsed = understood.Parsed;
        var plain = parsed.IsPlain ? new PlainWordQueries(parsed, searcher.IndexReader) : null;
        Query? query = null;
        if (plain is not null)
        {
            query = plain.Matching(plain.Minimum) ?? throw NothingToSearch(parsed.Text);
        }
        else if (parsed.Root is { } root)
        {
            query = LuceneQueryBuilder.Build(root) ?? throw NothingToSearch(parsed.Text);
        }

        QueryNoticeKind? noticeKind = null;
        var noticeArgument = "";
        if (plain is { Splits.Count: > 0 })
        {
            noticeKind = QueryNoticeKind.CompoundParts;
            noticeArgument = string.Join("; ", plain.Splits.Select(s => $"{s.Word} = {string.Join(" + ", s.Parts)}"));
        }

        if (understood.LikeText is { } likeText)
        {
            var (like, terms) = LikeTextQuery.Build(searcher.IndexReader, likeText);
            like ??= new BooleanQuery(); // no word of the text is in the index: nothing matches
            query = query is null ? like : new BooleanQuery { { query, Occur.MUST }, { like, Occur.MUST } };
            noticeKind = understood.LongText ? QueryNoticeKind.LongTextAsLike : QueryNoticeKind.LikeText;
            noticeArgument = string.Join(", ", terms);
        }

        // The bonus only reorders hits ranked by relevance.
        var ranked = request.Sort == SearchSort.Relevance && SearchExecution.PageEnd(request, searcher.IndexReader.MaxDoc) > 0;
        var bonus = ranked && plain is not null && understood.LikeText is null ? plain.Bonus() : null;
        var run = SearchExecution.Execute(searcher, request, query, bonus);
        var strictTotal = run.Total;
        var highlightQuery = query;
        if (run.Total == 0 && plain is not null && understood.LikeText is null)
        {
            if (plain.LastWordAsBeginning(out var lastWord, searcher.IndexReader) is { } beginning)
            {
                // Nothing found, perhaps because the last word is still being typed: words that begin with it.
                var widened = SearchExecution.Execute(searcher, request, beginning, bonus: null);
                if (widened.Total > 0)
                {
                    run = widened;
                    highlightQuery = beginning;
                    noticeKind = QueryNoticeKind.LastWordAsBeginning;
                    noticeArgument = lastWord;
                }
            }

            if (run.Total == 0 && plain.AnyWordCouldHelp(searcher.IndexReader))
            {
                run = SearchExecution.Execute(searcher, request, plain.Matching(1), bonus);
                if (run.Total > 0)
                {
                    noticeKind = QueryNoticeKind.AnyWord;
                }
            }
        }

        var hits = new List<SearchHit>(run.Docs.Length);
        for (var i = 0; i < run.Docs.Length; i++)
        {
            var scoreDoc = run.Docs[i];
            var hit = SearchExecution.ToHit(searcher, scoreDoc, highlightQuery, request);
            if (request.Explain && run.Query is not null)
            {
                // Within the rescoring window a score is the query's plus the bonus; beyond it, the query's alone.
                var explained = run.Rescored && request.Skip + i < PlainWordQueries.RescoreWindow ? PlainWordQueries.WithBonus(run.Query, bonus) : run.Query;
                hit = hit with { Explanation = ExplanationFormatter.Format(searcher.Explain(explained, scoreDoc.Doc)) };
            }

            hits.Add(hit);
        }

        return new SearchResults
        {
            Request = request,
            Suggestion = strictTotal <= SuggestBelow && understood.LikeText is null ? Suggest(searcher, request, understood, strictTotal) : null,
            TotalHits = run.Total,
            Hits = hits,
            Facets = run.Facets,
            Significant = run.Significant,
            Took = stopwatch.Elapsed,
            Notice = noticeKind is { } kind ? QueryNotices.English(kind, noticeArgument) : null,
            NoticeKind = noticeKind,
            NoticeArgument = noticeArgument,
            SyntaxError = understood.SyntaxError,
            HighlightQuery = highlightQuery,
        };
    }

    private static QuerySyntaxException NothingToSearch(string text)
    {
        var longWord = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(word => word.Length > QueryErrors.MaxWordLength);
        return longWord is not null
            ? QueryErrors.Create(QueryErrorKind.WordTooLong, text, text.IndexOf(longWord, StringComparison.Ordinal), longWord.Length, longWord[..20] + "…")
            : QueryErrors.Create(text.Any(char.IsLetterOrDigit) ? QueryErrorKind.OnlyStopWords : QueryErrorKind.NoSearchableText, text, -1, 0, text.Trim());
    }

    /// <summary>
    /// The query text with misspelt words corrected from the index vocabulary, when the corrected query finds more;
    /// else null. Works on the query model: only words are corrected, operators, fields, phrases and patterns stay.
    /// </summary>
    private static string? Suggest(IndexSearcher searcher, SearchRequest request, UnderstoodQuery understood, int total)
    {
        var parsed = understood.Parsed;
        if (parsed.Root is null)
        {
            return null;
        }

        var corrections = new Dictionary<QueryNode, string>(ReferenceEqualityComparer.Instance);
        foreach (var word in QueryNodes.Words(parsed.Root))
        {
            if (Speller.Suggest(searcher.IndexReader, IndexSchema.Exact, word.Text) is { } suggestion && !string.Equals(suggestion, word.Text, StringComparison.OrdinalIgnoreCase))
            {
                corrections[word] = suggestion;
            }
        }

        // The words of a phrase too: "Angela Merkle" in quotes got no suggestion.
        foreach (var phrase in QueryNodes.Phrases(parsed.Root))
        {
            var text = phrase.Text;
            foreach (var match in PhraseWord().Matches(phrase.Text).Reverse())
            {
                if (Speller.Suggest(searcher.IndexReader, IndexSchema.Exact, match.Value) is { } suggestion && !string.Equals(suggestion, match.Value, StringComparison.OrdinalIgnoreCase))
                {
                    text = string.Concat(text.AsSpan(0, match.Index), suggestion, text.AsSpan(match.Index + match.Length));
                }
            }

            if (text != phrase.Text)
            {
                corrections[phrase] = text;
            }
        }

        if (corrections.Count == 0)
        {
            return null;
        }

        var corrected = QueryNodes.Replace(parsed, corrections);
        Query? query;
        if (corrected.IsPlain)
        {
            var words = new PlainWordQueries(corrected);
            query = words.Matching(words.Minimum);
        }
        else
        {
            query = LuceneQueryBuilder.Build(corrected.Root!);
        }

        if (query is null)
        {
            return null;
        }

        var probe = request with { Skip = 0, Take = 0, FacetSize = 0, SignificantSize = 0 };
        var found = SearchExecution.Execute(searcher, probe, query, bonus: null).Total;
        return found > total ? QueryNodes.CorrectedText(parsed, corrections, understood.SyntaxError is not null) : null;
    }

    /// <summary>A word of a phrase's text: letters (with an inner apostrophe or hyphen) and digits.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{Nd}]+(?:['’-][\p{L}\p{Nd}]+)*")]
    private static partial System.Text.RegularExpressions.Regex PhraseWord();
}
