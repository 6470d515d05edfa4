using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Searching.Queries;

/// <summary>
/// Turns the query model into a Lucene query over the schema's fields. Words are analysed with the schema's query
/// analyzer of their field (stemmed, folded; stop words drop out); prefixes, wildcards are folded (lower case,
/// umlauts) but not stemmed.
/// </summary>
internal static class LuceneQueryBuilder
{
    /// <summary>Folds a word pattern as the text fields fold words, without stemming ("Gespräch*" → "gesprach*").</summary>
    private static readonly Analyzer PatternFolder = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new GermanNormalizationFilter(new InvariantLowerCaseFilter(tokenizer)));
    });

    /// <summary>Folds and stems a word pattern as the text fields hold words ("Müller*" → "mull*", "M?ller" → "m?ll").</summary>
    private static readonly Analyzer PatternStemmer = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, GermanWordStemmer.Filter(new GermanNormalizationFilter(new InvariantLowerCaseFilter(tokenizer))));
    });

    /// <summary>The Lucene query of a node; null when nothing of it is searchable (only stop words).</summary>
    public static Query? Build(QueryNode node)
    {
        var query = node switch
        {
            WordNode { Field: QueryField.Default } word => PerField(word.Field, field => Word(field, word.Text)),
            // A word in a named field is the same as that word quoted: "title:Ukraine-Krieg" = title:"Ukraine-Krieg".
            WordNode word => PerField(word.Field, field => Phrase(field, word.Text, 0)),
            PhraseNode phrase => PerField(phrase.Field, field => Phrase(field, phrase.Text, phrase.Slop, quoted: true)),
            PrefixNode prefix => PerField(prefix.Field, field => OfParts(field, prefix.Text, Prefix)),
            WildcardNode wildcard => PerField(wildcard.Field, field => OfParts(field, wildcard.Pattern, Wildcard)),
            FuzzyNode fuzzy => PerField(fuzzy.Field, field => Fuzzy(field, fuzzy.Text, fuzzy.MaxEdits)),
            DateRangeNode range => NumericRangeQuery.NewInt32Range(
                IndexSchema.Date,
                range.From is { } from ? IndexSchema.EncodeDate(from) : null,
                range.To is { } to ? IndexSchema.EncodeDate(to) : null,
                true,
                true),
            MatchAllNode => new MatchAllDocsQuery(),
            BooleanNode boolean => Boolean(boolean),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown query node."),
        };
        if (query is not null && node.Boost != 1f)
        {
            query.Boost *= node.Boost;
        }

        return query;
    }

    /// <summary>
    /// The strict Lucene query of a query text as a search runs it first (a plain word list narrowed to its minimum
    /// of words); null for an empty text. For tools and tests that need the query without searching.
    /// </summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read.</exception>
    public static Query? ForText(string text)
    {
        var parsed = QueryParser.Parse(text);
        if (parsed.IsPlain)
        {
            var words = new PlainWordQueries(parsed);
            return words.Matching(words.Minimum);
        }

        return parsed.Root is { } root ? Build(root) : null;
    }

    /// <summary>The analysed terms of a text in a field, in order, with their positions.</summary>
    public static List<(string Term, int Position)> Analyze(string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = IndexSchema.QueryAnalyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    /// <summary>The schema fields a model field means, with their weights.</summary>
    public static IEnumerable<KeyValuePair<string, float>> Fields(QueryField field) => field switch
    {
        QueryField.Default => IndexSchema.SearchFields,
        QueryField.Title => [new(IndexSchema.Title, 1f)],
        QueryField.Body => [new(IndexSchema.Body, 1f)],
        QueryField.Actor => [new(IndexSchema.ActorText, 1f)],
        QueryField.Location => [new(IndexSchema.LocationText, 1f)],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Dates have no text field."),
    };

    /// <summary>Folds a pattern as the text fields fold words, keeping '*' and '?'.</summary>
    public static string Fold(string pattern) => Apply(PatternFolder, pattern);

    /// <summary>
    /// The forms of a word pattern to look for in the index, which holds stems: folded ("m?ller") and, when
    /// different, also folded and stemmed ("m?ll", as "Müller" is indexed).
    /// </summary>
    public static IEnumerable<string> Patterns(string pattern)
    {
        var folded = Fold(pattern);
        var stemmed = Stem(pattern);
        return stemmed.Length == 0 || stemmed == folded ? [folded] : [folded, stemmed];
    }

    /// <summary>The word folded and stemmed as the text fields hold it ("Müller" → "mull").</summary>
    public static string Stem(string word) => Apply(PatternStemmer, word);

    /// <summary>
    /// Words beginning with the text (folded, "Gespräche*" → gesprache…) and the word itself as indexed (stemmed,
    /// "gesprach"), which a folded beginning misses when the stemmer cut the end off.
    /// </summary>
    private static Query Prefix(string field, string text)
    {
        if (field == IndexSchema.Body)
        {
            // The body holds stems, and a stem may be shorter than the beginning typed ("Regierungs" → regierung, which
            // "Regierung" has too): words whose stem begins with it, or whose exact spelling does ("Gespräche*" finds
            // "Gespräche", stemmed gesprach), and no others.
            return Any([new PrefixQuery(new Term(field, Fold(text))), new PrefixQuery(new Term(IndexSchema.Exact, Lower(text)))])!;
        }

        var folded = Fold(text);
        var stemmed = Stem(text);
        var prefix = new PrefixQuery(new Term(field, folded));
        return stemmed.Length == 0 || stemmed.StartsWith(folded, StringComparison.Ordinal)
            ? prefix
            : Any([prefix, new TermQuery(new Term(field, stemmed))]);
    }

    /// <summary>
    /// A word pattern ("M?ller"): in the body, stems that fit it folded, or exact spellings that fit it ("Müller", stemmed
    /// mull, is found by its spelling; "Müll", stemmed mull too, is not); elsewhere the folded and stemmed forms.
    /// </summary>
    private static Query? Wildcard(string field, string pattern) => field == IndexSchema.Body
        ? Any([new WildcardQuery(new Term(field, Fold(pattern))), new WildcardQuery(new Term(IndexSchema.Exact, Lower(pattern)))])
        : Any(Patterns(pattern).Select(p => (Query)new WildcardQuery(new Term(field, p))));

    /// <summary>
    /// A beginning or pattern of a word of parts ("US-Präs*", "Covid-1?"): the parts before the last as the word they
    /// make, and the last part as the beginning or pattern. The whole text as one term found nothing, as no term holds
    /// the hyphen. Null when the field keeps none of the parts before the last (the person field and "US").
    /// </summary>
    private static Query? OfParts(string field, string text, Func<string, string, Query?> last)
    {
        var cut = text.Length - 1;
        while (cut > 0 && (char.IsLetterOrDigit(text[cut]) || text[cut] is '*' or '?' or '\\'))
        {
            cut--;
        }

        if (cut <= 0 || !text.AsSpan(0, cut).ContainsAnyExcept(" -/.:'’") || cut == text.Length - 1)
        {
            return last(field, text);
        }

        var head = Word(field, text[..cut]);
        var tail = last(field, text[(cut + 1)..]);
        return head is null || tail is null ? null : new BooleanQuery { { head, Occur.MUST }, { tail, Occur.MUST } };
    }

    /// <summary>A pattern as the exact field holds words: lower case, nothing folded.</summary>
    private static string Lower(string pattern) => pattern.ToLowerInvariant();

    private static string Apply(Analyzer analyzer, string pattern)
    {
        using var stream = analyzer.GetTokenStream("", pattern);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : pattern.ToLowerInvariant();
        stream.End();
        return result;
    }

    private static Query? PerField(QueryField field, Func<string, Query?> build)
    {
        Query? single = null;
        BooleanQuery? any = null;
        foreach (var (name, weight) in Fields(field))
        {
            var query = build(name);
            if (query is null)
            {
                continue;
            }

            if (weight != 1f)
            {
                query.Boost *= weight;
            }

            if (single is null)
            {
                single = query;
                continue;
            }

            any ??= new BooleanQuery { { single, Occur.SHOULD } };
            any.Add(query, Occur.SHOULD);
        }

        return any ?? single;
    }

    /// <summary>
    /// A word: its one term; when the analysis splits it ("US-Präsident", "Covid-19", "9/11"), its parts next to each
    /// other in that order, or all at one position, as the index holds a compound's parts ("Ukraine-Krieg" finds
    /// "Ukraine-Krieg", "Ukraine Krieg" and "Ukrainekrieg", not every article naming Ukraine or a war). A field whose
    /// analysis keeps only one of the parts (the person field keeps "Präsident") is not searched for such a word.
    /// </summary>
    private static Query? Word(string field, string text)
    {
        var terms = Analyze(field, text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (Positions(terms) == 1)
        {
            return KeepsFewerWords(field, text, terms) ? null : Any(terms.Select(t => (Query)new TermQuery(new Term(field, t.Term))));
        }

        var first = terms[0].Position;
        return Any([Adjacent(field, terms, t => t.Position - first), Adjacent(field, terms, _ => 0)]);
    }

    /// <summary>
    /// Any of the word's terms in any of its field's fields, as a word the analysis splits was once searched: a
    /// question's relaxed reading of such a word ("Was misst der CPI-Maßstab?" where the text says "CPI"). Null when the
    /// analysis does not split the word.
    /// </summary>
    public static Query? AnyOfItsParts(WordNode word) =>
        Positions(Analyze(IndexSchema.Body, word.Text)) < 2 ? null
            : PerField(word.Field, field => Analyze(field, word.Text) is { Count: > 0 } terms ? Any(terms.Select(t => (Query)new TermQuery(new Term(field, t.Term)))) : null);

    /// <summary>
    /// The terms at the positions <paramref name="position"/> gives them; terms sharing a position are alternatives (a
    /// gender form's two forms).
    /// </summary>
    private static Query Adjacent(string field, List<(string Term, int Position)> terms, Func<(string Term, int Position), int> position)
    {
        var slots = terms.GroupBy(t => t.Position).Select(g => (Terms: g.Select(t => new Term(field, t.Term)).ToArray(), Position: position(g.First()))).ToList();
        if (slots.All(s => s.Terms.Length == 1))
        {
            var phrase = new PhraseQuery();
            foreach (var (slot, at) in slots)
            {
                phrase.Add(slot[0], at);
            }

            return phrase;
        }

        var multi = new MultiPhraseQuery();
        foreach (var (slot, at) in slots)
        {
            multi.Add(slot, at);
        }

        return multi;
    }

    private static Query? Phrase(string field, string text, int slop, bool quoted = false)
    {
        var terms = Analyze(field, text);
        if (terms.Count == 0)
        {
            return null;
        }

        // A quoted phrase is not searched in a field whose analysis drops some of its words (the person field keeps person
        // nouns only): "direkten Gesprächen" there was just "direkt", which matched "direkt an der Elbe", and a long
        // quotation was only its few person nouns at their distances.
        if (quoted && KeepsFewerWords(field, text, terms))
        {
            return null;
        }

        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        // A leading stop word leaves a gap before the first term; the phrase starts at its first searched word.
        var phrase = new PhraseQuery { Slop = slop };
        var first = terms[0].Position;
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position - first);
        }

        return phrase;
    }

    /// <summary>
    /// Whether <paramref name="field"/>'s analysis of <paramref name="text"/> (its <paramref name="terms"/>) keeps fewer
    /// words than the body's: the person field keeps person nouns only, so a phrase or a word of parts searched there
    /// would be a few of its words ("Präsident" of "US-Präsident"), and the field is not searched for it.
    /// </summary>
    private static bool KeepsFewerWords(string field, string text, List<(string Term, int Position)> terms) =>
        field != IndexSchema.Body && Positions(terms) < Positions(Analyze(IndexSchema.Body, text));

    /// <summary>How many word positions the terms stand at (compound parts share their word's position).</summary>
    private static int Positions(IReadOnlyList<(string Term, int Position)> terms) => terms.Select(t => t.Position).Distinct().Count();

    /// <summary>
    /// A word of similar spelling. A word of parts ("Covid-19~") needs every part, each allowing a third of its letters
    /// as edits at most: any of its parts with two edits found every article with a two-digit number or a two-letter word.
    /// </summary>
    private static Query? Fuzzy(string field, string text, int maxEdits)
    {
        var terms = Analyze(field, text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (Positions(terms) == 1)
        {
            return KeepsFewerWords(field, text, terms)
                ? null // the person field keeps one part of a word of parts ("Präsident" of "US-Präsident~")
                : Any(terms.Select(t => (Query)new FuzzyQuery(new Term(field, t.Term), maxEdits)));
        }

        var all = new BooleanQuery();
        foreach (var slot in terms.GroupBy(t => t.Position))
        {
            all.Add(Any(slot.Select(t => (Query)new FuzzyQuery(new Term(field, t.Term), Math.Min(maxEdits, t.Term.Length / 3)))), Occur.MUST);
        }

        return all;
    }

    private static Query Any(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
    }

    private static Query? Boolean(BooleanNode node)
    {
        var boolean = new BooleanQuery();
        foreach (var clause in node.Clauses)
        {
            if (Build(clause.Node) is not { } query)
            {
                continue;
            }

            boolean.Add(query, clause.Occur switch
            {
                ClauseOccur.Must => Occur.MUST,
                ClauseOccur.MustNot => Occur.MUST_NOT,
                _ => Occur.SHOULD,
            });
        }

        if (boolean.Clauses.Count == 0)
        {
            return null;
        }

        // Only negations: every document except those.
        if (boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return boolean;
    }
}
