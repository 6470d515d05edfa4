using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Searching.Queries;

/// <summary>
/// "More like this": a text's most telling terms (term frequency in the text times inverse document frequency in the
/// index), searched as any of them, each weighted by how telling it is. Pasting an article's text finds that article
/// first, then its neighbours.
/// </summary>
internal static class LikeTextQuery
{
    /// <summary>How many terms are searched at most.</summary>
    public const int MaxTerms = 25;

    /// <summary>How many characters of the text are read at most.</summary>
    public const int MaxCharacters = 100_000;

    /// <summary>The query and the words it searches (as first written in the text); a null query when no word of the text is in the index.</summary>
    public static (Query? Query, IReadOnlyList<string> Terms) Build(IndexReader reader, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var input = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        using (var stream = IndexSchema.QueryAnalyzer.GetTokenStream(IndexSchema.Body, input))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (term.Length < 2)
                {
                    continue;
                }

                var value = term.ToString();
                counts[value] = counts.GetValueOrDefault(value) + 1;
                written.TryAdd(value, input[offset.StartOffset..offset.EndOffset]);
            }

            stream.End();
        }

        var documents = Math.Max(1, reader.NumDocs);
        var scored = new List<(string Term, double Score)>(counts.Count);
        foreach (var (value, count) in counts)
        {
            var frequency = reader.DocFreq(new Term(IndexSchema.Body, value));
            if (frequency == 0)
            {
                continue;
            }

            var idf = 1 + Math.Log(documents / (frequency + 1.0));
            scored.Add((value, count * idf));
        }

        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Term, StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (best.Count == 0)
        {
            return (null, []);
        }

        var top = best[0].Score;
        var query = new BooleanQuery();
        foreach (var (value, score) in best)
        {
            query.Add(new TermQuery(new Term(IndexSchema.Body, value)) { Boost = (float)(score / top) }, Occur.SHOULD);
        }

        return (query, [.. best.Select(b => written[b.Term])]);
    }
}
