using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The query's matches in one indexed document, read from the character offsets stored in the body field's
/// postings instead of analysing the stored text again. The body field holds the headline, two line breaks and
/// the text (see <see cref="LuceneDocumentBuilder"/>), so the same postings mark headline and text.
/// </summary>
/// <remarks>
/// Follows the classic highlighter's choices: words of a prohibited clause are not marked, a phrase marks its words
/// only where they stand as the phrase, a word matched through a compound part marks the whole compound (its token
/// carries the compound's offsets), and overlapping marks are merged. Queries it cannot read this way (sloppy
/// phrases, span and function queries, filters, a prefix with more than 1,024 words) give null, and the caller
/// falls back to re-analysing the text.
/// </remarks>
internal static class PostingsMatches
{
    /// <summary>
    /// The fields whose terms mark words of headline and text: both are in the body field, and the person field (a
    /// person noun in either form) is read from the same words. An actor's or location's words (<c>actor:Merkel</c>,
    /// <c>ort:"Frankfurt am Main"</c>) are analysed as a query word of the text is, so they are looked up in the body
    /// field too and mark the name where the text names it.
    /// </summary>
    public static readonly IReadOnlySet<string> HeadlineAndBody = new HashSet<string> { IndexSchema.Body, IndexSchema.Title, IndexSchema.Person, IndexSchema.ActorText, IndexSchema.LocationText };

    /// <summary>
    /// The matches of <paramref name="query"/>'s terms of the given fields in the document, as ranges of the body
    /// field's indexed text (headline, "\n\n", text), in order and not overlapping; null when the query holds a kind
    /// of query this cannot read, or the index has no offsets.
    /// </summary>
    public static List<HighlightRange>? Find(Query query, IndexedHit hit, IReadOnlySet<string> fields)
    {
        var ranges = new List<HighlightRange>();
        var context = new Lookup(hit, fields);
        try
        {
            if (!Collect(query, context, ranges))
            {
                return null;
            }
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }

        return Merge(ranges);
    }

    /// <summary>The ranges of <paramref name="matches"/> inside [from, from + length), moved to start at 0.</summary>
    public static List<HighlightRange> Within(List<HighlightRange> matches, int from, int length)
    {
        var result = new List<HighlightRange>();
        foreach (var m in matches)
        {
            if (m.Start >= from && m.Start + m.Length <= from + length)
            {
                result.Add(new HighlightRange(m.Start - from, m.Length));
            }
        }

        return result;
    }

    private static bool Collect(Query query, Lookup hit, List<HighlightRange> ranges)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (!clause.IsProhibited && !Collect(clause.Query, hit, ranges))
                    {
                        return false;
                    }
                }

                return true;
            case TermQuery term:
                return !hit.Fields.Contains(term.Term.Field) || AddTerm(hit, term.Term, ranges);
            case PhraseQuery phrase:
                return !hit.Fields.Contains(phrase.GetTerms().FirstOrDefault()?.Field ?? "")
                    || AddPhrase(hit, [.. phrase.GetTerms().Select(t => new[] { t })], phrase.GetPositions(), phrase.Slop, ranges);
            case MultiPhraseQuery multi:
                return !hit.Fields.Contains(multi.GetTermArrays().FirstOrDefault()?.FirstOrDefault()?.Field ?? "")
                    || AddPhrase(hit, [.. multi.GetTermArrays()], multi.GetPositions(), multi.Slop, ranges);
            case DisjunctionMaxQuery max:
                return max.Disjuncts.All(d => Collect(d, hit, ranges));
            case ConstantScoreQuery constant when constant.Query is not null:
                return Collect(constant.Query, hit, ranges);
            case MultiTermQuery { Field: IndexSchema.Exact }:
                return false; // exact spellings (a prefix or pattern): no offsets there, so the text is analysed again
            case MultiTermQuery multiTerm:
                // Prefix, wildcard, fuzzy, range: the words of this segment it stands for.
                return !hit.Fields.Contains(multiTerm.Field)
                    || Collect(MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE.Rewrite(hit.Hit.Segment, multiTerm), hit, ranges);
            case MatchAllDocsQuery:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Every occurrence of the term in the document; false when the postings hold no offsets.</summary>
    private static bool AddTerm(Lookup hit, Term term, List<HighlightRange> ranges)
    {
        var postings = hit.Postings(term);
        if (postings is null)
        {
            return true;
        }

        for (var i = postings.Freq; i > 0; i--)
        {
            postings.NextPosition();
            if (postings.StartOffset < 0)
            {
                return false;
            }

            ranges.Add(new HighlightRange(postings.StartOffset, postings.EndOffset - postings.StartOffset));
        }

        return true;
    }

    /// <summary>
    /// The words of an exact phrase (slop 0) where they stand in order at the phrase's relative positions; a sloppy
    /// phrase is left to the classic highlighter.
    /// </summary>
    private static bool AddPhrase(Lookup hit, Term[][] alternatives, int[] positions, int slop, List<HighlightRange> ranges)
    {
        if (slop != 0 || alternatives.Length == 0)
        {
            return slop == 0;
        }

        // position -> offsets, per phrase slot (any of its alternative terms)
        var slots = new Dictionary<int, HighlightRange>[alternatives.Length];
        for (var i = 0; i < alternatives.Length; i++)
        {
            slots[i] = [];
            foreach (var term in alternatives[i])
            {
                var postings = hit.Postings(term);
                if (postings is null)
                {
                    continue;
                }

                for (var n = postings.Freq; n > 0; n--)
                {
                    var position = postings.NextPosition();
                    if (postings.StartOffset < 0)
                    {
                        return false;
                    }

                    slots[i][position] = new HighlightRange(postings.StartOffset, postings.EndOffset - postings.StartOffset);
                }
            }

            if (slots[i].Count == 0)
            {
                return true;
            }
        }

        foreach (var start in slots[0].Keys)
        {
            var origin = start - positions[0];
            var all = true;
            for (var i = 1; i < alternatives.Length && all; i++)
            {
                all = slots[i].ContainsKey(origin + positions[i]);
            }

            if (!all)
            {
                continue;
            }

            for (var i = 0; i < alternatives.Length; i++)
            {
                ranges.Add(slots[i][origin + positions[i]]);
            }
        }

        return true;
    }

    /// <summary>
    /// Looks terms up in the body field of one document, reusing one terms enumerator and one postings enumerator
    /// (each new one allocates its buffers).
    /// </summary>
    private sealed class Lookup(IndexedHit hit, IReadOnlySet<string> fields)
    {
        private readonly TermsEnum? _terms = hit.Segment.GetTerms(IndexSchema.Body)?.GetEnumerator();
        private TermsEnum? _personTerms;
        private DocsAndPositionsEnum? _reuse;
        private DocsAndPositionsEnum? _personReuse;

        public IndexedHit Hit { get; } = hit;

        public IReadOnlySet<string> Fields { get; } = fields;

        /// <summary>The term's postings positioned on the document, or null when the document lacks the term.</summary>
        public DocsAndPositionsEnum? Postings(Term term)
        {
            // Headline and text are both in the body field; a headline term is looked up there. A person noun has a
            // field of its own, read from the same words (same offsets).
            if (term.Field == IndexSchema.Person)
            {
                _personTerms ??= Hit.Segment.GetTerms(IndexSchema.Person)?.GetEnumerator();
                return Positioned(_personTerms, term, ref _personReuse);
            }

            return Positioned(_terms, term, ref _reuse);
        }

        private DocsAndPositionsEnum? Positioned(TermsEnum? terms, Term term, ref DocsAndPositionsEnum? reuse)
        {
            if (terms is null || !terms.SeekExact(term.Bytes))
            {
                return null;
            }

            var postings = terms.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
            if (postings is null)
            {
                return null;
            }

            reuse = postings;
            return postings.Advance(Hit.Doc) == Hit.Doc ? postings : null;
        }
    }

    /// <summary>Sorted by start; overlapping ranges (a compound and its stacked parts) become one.</summary>
    private static List<HighlightRange> Merge(List<HighlightRange> ranges)
    {
        if (ranges.Count < 2)
        {
            return ranges;
        }

        ranges.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<HighlightRange>(ranges.Count) { ranges[0] };
        for (var i = 1; i < ranges.Count; i++)
        {
            var last = merged[^1];
            var next = ranges[i];
            if (next.Start < last.Start + last.Length)
            {
                var end = Math.Max(last.Start + last.Length, next.Start + next.Length);
                merged[^1] = new HighlightRange(last.Start, end - last.Start);
            }
            else
            {
                merged.Add(next);
            }
        }

        return merged;
    }
}
