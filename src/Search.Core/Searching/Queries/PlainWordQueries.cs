using Lucene.Net.Analysis.De;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Searching.Queries;

/// <summary>
/// The queries of a plain word list (<see cref="ParsedQuery.IsPlain"/>): strict, relaxed and the ranking bonus. Only
/// plain word lists are relaxed; explicit syntax means exactly what it says.
/// </summary>
internal sealed class PlainWordQueries
{
    /// <summary>How many of the best matches by the query alone get the <see cref="Bonus"/> added and are ranked again.</summary>
    public const int RescoreWindow = 20;

    /// <summary>The shortest last word <see cref="LastWordAsBeginning"/> reads as a beginning.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Weight of the word-prefix bonus (see <see cref="Analysis.PrefixAnalyzer"/>).</summary>
    private const float PrefixWeight = 1.0f;

    /// <summary>Weight of the bonus for a query word in the headline (the body field holds the headline too).</summary>
    private const float TitleWeight = 2.0f;

    /// <summary>Weight of the bonus for the exact spelling (no folding, no stemming) of a query word.</summary>
    private const float ExactWeight = 0.3f;

    /// <summary>How many positions the two words of a pair may stand apart for the proximity bonus.</summary>
    private const int PairSlop = 8;

    /// <summary>
    /// Weight of a word's parts searched in its place: two or more parts would otherwise weigh more than the one word
    /// they stand for.
    /// </summary>
    private const float PartsWeight = 0.5f;

    /// <summary>Weight of each pair clause of the proximity bonus.</summary>
    private const float PairWeight = 0.3f;

    private readonly ParsedQuery _parsed;
    private readonly List<(WordNode Word, Query Query)> _words;

    /// <summary>The words' queries; with <paramref name="reader"/>, a word the index lacks is also searched as its parts.</summary>
    public PlainWordQueries(ParsedQuery parsed, IndexReader? reader = null)
    {
        _parsed = parsed;
        _words = [];
        foreach (var word in parsed.Words)
        {
            if (LuceneQueryBuilder.Build(word) is not { } query)
            {
                continue;
            }

            if (parsed.IsQuestion && LuceneQueryBuilder.AnyOfItsParts(word) is { } parts)
            {
                // A question is read loosely: a split word's parts count on their own ("CPI-Maßstab" for a text
                // saying "CPI"), as they did before; the parts side by side add a little, as a close pair of words does.
                query.Boost *= PairWeight;
                query = new BooleanQuery { { parts, Occur.SHOULD }, { query, Occur.SHOULD } };
            }

            if (reader is not null && QueryCompoundSplitter.Shared.Split(word.Text, reader, rareBelow: 1) is { } split)
            {
                query = WordOrParts(query, split, PartsMeet(reader, split));
                Splits.Add(split);
            }

            _words.Add((word, query));
        }
    }

    /// <summary>The words that were also searched as their parts (see <see cref="QueryNoticeKind.CompoundParts"/>).</summary>
    public List<CompoundSplit> Splits { get; } = [];

    /// <summary>Whether some document holds all the parts of <paramref name="split"/> in its body.</summary>
    private static bool PartsMeet(IndexReader reader, CompoundSplit split)
    {
        using var body = new FieldFrequencies(reader, IndexSchema.Body);
        return body.AnyDocumentHoldsAll(split.Terms);
    }

    /// <summary>
    /// The word, or all its parts; parts standing close together (a sloppy phrase, "Krieg in der Ukraine" for
    /// Ukrainekrieg in either order) rank higher. When no document holds all the parts (<paramref name="meet"/> false),
    /// the parts are kept (they mark the words in snippets, as always) behind a clause that matches nothing, first, so
    /// that searching them opens no postings: for a word the index lacks, whose parts never meet, the query costs a
    /// term look-up per part (issue 16). Hits and scores are the same either way.
    /// </summary>
    private static Query WordOrParts(Query word, CompoundSplit split, bool meet)
    {
        var parts = new BooleanQuery();
        if (!meet)
        {
            parts.Add(new BooleanQuery(), Occur.MUST); // matches nothing: Lucene stops at the first required clause without a scorer
        }

        foreach (var term in split.Terms)
        {
            parts.Add(new TermQuery(new Term(IndexSchema.Body, term)), Occur.MUST);
        }

        if (!meet)
        {
            parts.Boost = PartsWeight;
            return new BooleanQuery { { word, Occur.SHOULD }, { parts, Occur.SHOULD } };
        }

        var near = new PhraseQuery { Slop = PairSlop };
        foreach (var term in split.Terms)
        {
            near.Add(new Term(IndexSchema.Body, term));
        }

        parts.Add(near, Occur.SHOULD);
        parts.Boost = PartsWeight;
        return new BooleanQuery { { word, Occur.SHOULD }, { parts, Occur.SHOULD } };
    }

    /// <summary>The words that are searched (stop words left out).</summary>
    public int Count => _words.Count;

    /// <summary>How many words a document must contain (see <see cref="ParsedQuery.MinimumShouldMatch"/>).</summary>
    public int Minimum => ParsedQuery.MinimumShouldMatch(Count, _parsed.IsQuestion);

    /// <summary>The words, <paramref name="minimum"/> of them required; null when every word is a stop word.</summary>
    public Query? Matching(int minimum)
    {
        if (_words.Count <= 1)
        {
            return _words.Count == 0 ? null : _words[0].Query;
        }

        var query = new BooleanQuery();
        foreach (var (_, word) in _words)
        {
            query.Add(word, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = minimum > 1 ? minimum : 0;
        return query;
    }

    /// <summary>
    /// True when relaxing to any word could find something the strict query did not: more than one word and some
    /// word's terms occur in the index at all.
    /// </summary>
    public bool AnyWordCouldHelp(IndexReader reader) =>
        Count > 1 && Minimum > 1 && _words.Any(w => TermsOf(w.Query).Any(t => reader.DocFreq(t) > 0));

    /// <summary>
    /// Ranking bonuses that never change what matches: for documents whose words share their beginnings with the
    /// query words (a forgiving match for German word forms the stemmer leaves apart), for the exact spelling of a
    /// query word ("Müller" above "Mueller" for the query Müller), for query words in the headline, and for documents
    /// where neighbouring query words stand close together (a sloppy phrase for each pair, over body and headline).
    /// </summary>
    /// <remarks>Added to the best-ranked matches only (<see cref="RescoreWindow"/>), so its cost does not grow with the number of matches.</remarks>
    public Query? Bonus()
    {
        var bonus = new BooleanQuery();
        var terms = new List<string>();
        var seenPrefix = new HashSet<string>(StringComparer.Ordinal);
        var seenExact = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in _parsed.WrittenWords)
        {
            foreach (var (prefix, _) in LuceneQueryBuilder.Analyze(IndexSchema.Prefix, word.Text))
            {
                if (seenPrefix.Add(prefix))
                {
                    bonus.Add(new TermQuery(new Term(IndexSchema.Prefix, prefix)) { Boost = PrefixWeight }, Occur.SHOULD);
                }
            }

            foreach (var (exact, _) in LuceneQueryBuilder.Analyze(IndexSchema.Exact, word.Text))
            {
                if (!GermanAnalyzer.DefaultStopSet.Contains(exact) && seenExact.Add(exact))
                {
                    bonus.Add(new TermQuery(new Term(IndexSchema.Exact, exact)) { Boost = ExactWeight }, Occur.SHOULD);
                }
            }

            terms.AddRange(LuceneQueryBuilder.Analyze(IndexSchema.Body, word.Text).Select(t => t.Term));
        }

        // Headline and body share the query analysis: the body's terms serve both.
        foreach (var title in terms.Distinct(StringComparer.Ordinal))
        {
            bonus.Add(new TermQuery(new Term(IndexSchema.Title, title)) { Boost = TitleWeight }, Occur.SHOULD);
        }

        foreach (var field in new[] { IndexSchema.Body, IndexSchema.Title })
        {
            for (var i = 0; i + 1 < terms.Count; i++)
            {
                var pair = new PhraseQuery { Slop = PairSlop, Boost = PairWeight };
                pair.Add(new Term(field, terms[i]));
                pair.Add(new Term(field, terms[i + 1]));
                bonus.Add(pair, Occur.SHOULD);
            }
        }

        return bonus.Clauses.Count == 0 ? null : bonus;
    }

    /// <summary>
    /// For a plain word list that finds nothing, perhaps because its last word is still being typed ("Friedensgespr"):
    /// the query with its last word standing for any word that begins with it (in its exact spelling, or folded and
    /// stemmed as the index holds it); the other words keep their meaning. Null when the last word is shorter than
    /// <see cref="MinPrefixLength"/> letters, or when <paramref name="reader"/> is given and no term of it begins with
    /// the word in either form (the query could find nothing: issue 16, a word the index lacks).
    /// </summary>
    public Query? LastWordAsBeginning(out string lastWord, IndexReader? reader = null)
    {
        var words = _parsed.Words;
        lastWord = words.Count == 0 ? "" : words[^1].Text;
        if (words.Count == 0 || lastWord.Count(char.IsLetterOrDigit) < MinPrefixLength)
        {
            return null;
        }

        // A word the analysis splits ("Ukraine-Kr", "US-Präs"): the parts before the last stand as typed (their exact
        // spelling), only the last part is a beginning.
        var parts = LuceneQueryBuilder.Analyze(IndexSchema.Exact, lastWord);
        if (parts.Count == 0)
        {
            return null;
        }

        var lastPosition = parts[^1].Position;
        var typing = parts.Where(p => p.Position == lastPosition).Select(p => p.Term).ToList();
        if (typing.Max(t => t.Count(char.IsLetterOrDigit)) < MinPrefixLength)
        {
            return null;
        }

        var beginnings = new BooleanQuery();
        foreach (var field in new[] { IndexSchema.Exact, IndexSchema.Body })
        {
            using var terms = reader is null ? null : new FieldFrequencies(reader, field);
            // In the body its beginning folded, not stemmed: "Müler" stands for words beginning with müler, not with
            // its stem mul (Müll, Multi).
            foreach (var term in field == IndexSchema.Body ? typing.Select(LuceneQueryBuilder.Fold) : typing)
            {
                if (terms is not null && !terms.AnyBeginsWith(term))
                {
                    continue; // matches nothing; with BM25 an empty clause adds nothing to any score either
                }

                beginnings.Add(new PrefixQuery(new Term(field, term)) { MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(50) }, Occur.SHOULD);
            }
        }

        if (beginnings.Clauses.Count == 0)
        {
            return null;
        }

        if (parts.Any(p => p.Position != lastPosition))
        {
            var whole = new BooleanQuery { { beginnings, Occur.MUST } };
            foreach (var typed in parts.Where(p => p.Position != lastPosition).GroupBy(p => p.Position))
            {
                var any = new BooleanQuery();
                foreach (var (term, _) in typed)
                {
                    any.Add(new TermQuery(new Term(IndexSchema.Exact, term)), Occur.SHOULD);
                }

                whole.Add(any.Clauses.Count == 1 ? any.Clauses[0].Query : any, Occur.MUST);
            }

            beginnings = whole;
        }

        var rest = _words.Where(w => !ReferenceEquals(w.Word, words[^1])).ToList();
        if (rest.Count == 0)
        {
            return beginnings;
        }

        var combined = new BooleanQuery { { beginnings, Occur.MUST } };
        var restQuery = new BooleanQuery();
        foreach (var (_, query) in rest)
        {
            restQuery.Add(query, Occur.SHOULD);
        }

        var minimum = ParsedQuery.MinimumShouldMatch(rest.Count, _parsed.IsQuestion);
        restQuery.MinimumNumberShouldMatch = minimum > 1 ? minimum : 0;
        combined.Add(rest.Count == 1 ? rest[0].Query : restQuery, Occur.MUST);
        return combined;
    }

    /// <summary>One query scoring as the query plus its bonus: used to explain a score in the window the bonus applies to.</summary>
    public static Query WithBonus(Query query, Query? bonus)
    {
        if (bonus is null)
        {
            return query;
        }

        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var clause in ((BooleanQuery)bonus).Clauses)
        {
            combined.Add(clause);
        }

        return combined;
    }

    private static IEnumerable<Term> TermsOf(Query query) => query switch
    {
        TermQuery term => [term.Term],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => TermsOf(c.Query)),
        _ => [],
    };
}
