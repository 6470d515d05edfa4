using System.Text;
using System.Text.RegularExpressions;
using Search.Core.Indexing;
using Search.Core.Searching.Queries;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// Brute-force evaluation of the query model over the analysed documents: which documents a query node means, by
/// the documented semantics, without Lucene queries. Null means the node has nothing searchable (only stop words)
/// and drops out of its parent.
/// </summary>
internal sealed class ModelEvaluator
{
    private readonly GeneratedCorpus corpus;

    /// <summary>Per field, the current documents of each term.</summary>
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _postings;

    private readonly Dictionary<QueryNode, HashSet<string>?> _leaves = [];

    public ModelEvaluator(GeneratedCorpus corpus)
    {
        this.corpus = corpus;
        _postings = GeneratedCorpus.Fields.ToDictionary(f => f, _ => new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
        foreach (var doc in corpus.Current.Values)
        {
            foreach (var (field, terms) in doc.Terms)
            {
                foreach (var term in terms.Keys)
                {
                    if (!_postings[field].TryGetValue(term, out var ids))
                    {
                        _postings[field][term] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(doc.Id);
                }
            }
        }
    }

    /// <summary>Lucene's fuzzy and wildcard queries expand to at most this many terms (FuzzyQuery's default).</summary>
    private const int MaxFuzzyExpansions = 50;

    private IEnumerable<AnalysedDocument> Docs => corpus.Current.Values;

    public HashSet<string> All => [.. corpus.Current.Keys];

    /// <summary>The ids the node means; null when nothing of it is searchable.</summary>
    /// <exception cref="NotComparableException">The node uses a feature whose Lucene result the model does not reproduce.</exception>
    public HashSet<string>? Evaluate(QueryNode node)
    {
        if (node is BooleanNode boolean)
        {
            return Boolean(boolean.Clauses.Select(c => (c.Occur, Evaluate(c.Node))));
        }

        // Records compare by value: a leaf met again (also as the intended structure's leaf) is looked up.
        var key = node with { Start = 0, End = 0, Boost = 1f };
        if (!_leaves.TryGetValue(key, out var ids))
        {
            _leaves[key] = ids = Leaf(node);
        }

        return ids is null ? null : [.. ids];
    }

    private HashSet<string>? Leaf(QueryNode node) => node switch
    {
        WordNode { Field: QueryField.Default } word => PerField(word.Field, field => Word(field, word.Text)),
        WordNode word => PerField(word.Field, field => Phrase(field, word.Text, 0)),
        PhraseNode phrase => PerField(phrase.Field, field => Phrase(field, phrase.Text, phrase.Slop, quoted: true)),
        PrefixNode prefix => PerField(prefix.Field, field => Prefix(field, prefix.Text)),
        WildcardNode wildcard => PerField(wildcard.Field, field => Wildcard(field, wildcard.Pattern)),
        FuzzyNode fuzzy => PerField(fuzzy.Field, field => Fuzzy(field, fuzzy.Text, fuzzy.MaxEdits)),
        DateRangeNode range => [.. Docs.Where(d => (range.From is null || d.Date >= range.From) && (range.To is null || d.Date <= range.To)).Select(d => d.Id)],
        MatchAllNode => All,
        _ => throw new NotComparableException("unknown node " + node.GetType().Name),
    };

    /// <summary>
    /// Clauses combined: all required ones, none of the prohibited ones, and one of the optional ones when none is
    /// required; only prohibited clauses mean every document but those. Null clauses drop out.
    /// </summary>
    public HashSet<string>? Boolean(IEnumerable<(ClauseOccur Occur, HashSet<string>? Ids)> clauses)
    {
        var present = clauses.Where(c => c.Ids is not null).Select(c => (c.Occur, Ids: c.Ids!)).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var must = present.Where(c => c.Occur == ClauseOccur.Must).ToList();
        var should = present.Where(c => c.Occur == ClauseOccur.Should).ToList();
        HashSet<string> result;
        if (must.Count > 0)
        {
            result = [.. must[0].Ids];
            foreach (var (_, ids) in must.Skip(1))
            {
                result.IntersectWith(ids);
            }
        }
        else if (should.Count > 0)
        {
            result = [.. should.SelectMany(c => c.Ids)];
        }
        else
        {
            result = All;
        }

        foreach (var (_, ids) in present.Where(c => c.Occur == ClauseOccur.MustNot))
        {
            result.ExceptWith(ids);
        }

        return result;
    }

    private HashSet<string>? PerField(QueryField field, Func<string, HashSet<string>?> evaluate)
    {
        HashSet<string>? any = null;
        foreach (var (name, _) in LuceneQueryBuilder.Fields(field))
        {
            if (evaluate(name) is { } ids)
            {
                any ??= [];
                any.UnionWith(ids);
            }
        }

        return any;
    }

    private HashSet<string> Where(string field, Func<string, bool> termMatches) =>
        [.. _postings[field].Where(p => termMatches(p.Key)).SelectMany(p => p.Value)];

    /// <summary>
    /// In the body: stems beginning with the folded text, or exact spellings beginning with the text in lower case.
    /// Elsewhere: words beginning with the folded text, and the word itself as indexed (folded and stemmed).
    /// </summary>
    private HashSet<string> Prefix(string field, string text)
    {
        if (field == IndexSchema.Body)
        {
            var start = LuceneQueryBuilder.Fold(text);
            var lower = text.ToLowerInvariant();
            return [.. Where(field, t => t.StartsWith(start, StringComparison.Ordinal)), .. Where(IndexSchema.Exact, t => t.StartsWith(lower, StringComparison.Ordinal))];
        }

        var folded = LuceneQueryBuilder.Fold(text);
        var stemmed = LuceneQueryBuilder.Stem(text);
        return Where(field, t => t.StartsWith(folded, StringComparison.Ordinal) || t == stemmed);
    }

    /// <summary>
    /// A word: any of its terms when they stand at one position; a word the analysis splits ("Ukraine-Krieg") matches
    /// where its parts stand next to each other in order, or all at one position (a compound's stacked parts). A field
    /// that keeps one part of a split word is not searched for it.
    /// </summary>
    private HashSet<string>? Word(string field, string text)
    {
        var analysed = LuceneQueryBuilder.Analyze(field, text);
        if (analysed.Count == 0)
        {
            return null;
        }

        if (Positions(analysed) == 1)
        {
            if (field != IndexSchema.Body && Positions(LuceneQueryBuilder.Analyze(IndexSchema.Body, text)) > 1)
            {
                return null;
            }

            var terms = analysed.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            return Where(field, terms.Contains);
        }

        var slots = analysed.GroupBy(t => t.Position).Select(g => (Terms: g.Select(t => t.Term).ToList(), Position: g.Key - analysed[0].Position)).ToList();
        return Docs.Where(d => SlotsMatch(d.Terms[field], slots, stacked: false) || SlotsMatch(d.Terms[field], slots, stacked: true))
            .Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether some start has, for every slot, one of its terms at start + its offset (or at start, stacked).</summary>
    private static bool SlotsMatch(Dictionary<string, List<int>> doc, List<(List<string> Terms, int Position)> slots, bool stacked)
    {
        var starts = slots.Select(slot => slot.Terms.SelectMany(t => doc.TryGetValue(t, out var at) ? at : []).Select(p => p - (stacked ? 0 : slot.Position)).ToHashSet()).ToList();
        return starts.Skip(1).Aggregate(starts[0], (all, next) => [.. all.Intersect(next)]).Count > 0;
    }

    private HashSet<string>? Phrase(string field, string text, int slop, bool quoted = false)
    {
        var terms = LuceneQueryBuilder.Analyze(field, text);
        if (terms.Count == 0)
        {
            return null;
        }

        // A quoted phrase is not searched in a field that drops some of its words (the person field).
        if (quoted && field != IndexSchema.Body && Positions(terms) < Positions(LuceneQueryBuilder.Analyze(IndexSchema.Body, text)))
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return Where(field, t => t == terms[0].Term);
        }

        if (slop > 0)
        {
            // Lucene's sloppy phrase scorer walks positions with its own rules for terms that stand at one position
            // (compound parts stacked on their compound) or repeat; the model does not reproduce them.
            throw new NotComparableException("sloppy phrase");
        }

        // A leading stop word's gap does not count: the phrase starts at its first searched word.
        var first = terms[0].Position;
        terms = [.. terms.Select(t => (t.Term, t.Position - first))];
        return Docs.Where(d => PhraseMatches(d.Terms[field], terms, slop, fromStart: true)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A phrase matches when each term i stands at some position p_i such that the spread of p_i − offset_i is at
    /// most the slop (for slop 0: all at one start).
    /// </summary>
    private static int Positions(List<(string Term, int Position)> terms) => terms.Select(t => t.Position).Distinct().Count();

    private static bool PhraseMatches(Dictionary<string, List<int>> doc, List<(string Term, int Position)> phrase, int slop, bool fromStart)
    {
        var lists = new List<List<int>>();
        foreach (var (term, offset) in phrase)
        {
            if (!doc.TryGetValue(term, out var positions))
            {
                return false;
            }

            lists.Add([.. positions.Select(p => p - offset).Distinct().Order()]);
        }

        // Smallest window holding one value of every list.
        foreach (var low in lists.SelectMany(l => l).Distinct().Where(v => !fromStart || v >= 0))
        {
            if (lists.All(l => l.Any(v => v >= low && v <= low + slop)))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> Wildcard(string field, string pattern) => field == IndexSchema.Body
        ? [.. WildcardForm(field, LuceneQueryBuilder.Fold(pattern)), .. WildcardForm(IndexSchema.Exact, pattern.ToLowerInvariant())]
        : [.. LuceneQueryBuilder.Patterns(pattern).SelectMany(p => WildcardForm(field, p))];

    private HashSet<string> WildcardForm(string field, string folded)
    {
        if (folded.Contains('\\'))
        {
            throw new NotComparableException("escaped wildcard");
        }

        var regex = new StringBuilder("^");
        foreach (var ch in folded)
        {
            regex.Append(ch switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(ch.ToString()),
            });
        }

        var compiled = new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        return Where(field, compiled.IsMatch);
    }

    private HashSet<string>? Fuzzy(string field, string text, int maxEdits)
    {
        var terms = LuceneQueryBuilder.Analyze(field, text);
        if (terms.Count == 0)
        {
            return null;
        }

        var matching = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _) in terms)
        {
            var close = corpus.AllTerms[field].Where(t => FuzzyAccepts(term, t, maxEdits)).ToList();
            if (close.Count > MaxFuzzyExpansions)
            {
                throw new NotComparableException("fuzzy term expands to more terms than Lucene keeps");
            }

            matching.UnionWith(close);
        }

        return Where(field, matching.Contains);
    }

    /// <summary>
    /// Lucene's FuzzyQuery: within the edits (transpositions count one), and for a change, fewer edits than the
    /// shorter of the two words has letters.
    /// </summary>
    private static bool FuzzyAccepts(string query, string term, int maxEdits)
    {
        if (query.Any(char.IsSurrogate) || term.Any(char.IsSurrogate))
        {
            throw new NotComparableException("fuzzy over surrogate pairs");
        }

        var distance = Search.Core.Analysis.SpellingSuggester.Distance(query, term);
        return distance == 0 || (distance <= maxEdits && distance < Math.Min(query.Length, term.Length));
    }
}

/// <summary>A query whose Lucene answer the brute-force model does not reproduce exactly; it is left out.</summary>
internal sealed class NotComparableException(string reason) : Exception(reason);
