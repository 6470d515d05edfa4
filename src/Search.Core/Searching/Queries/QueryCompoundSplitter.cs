using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Searching.Queries;

/// <summary>
/// Query-side fallback for compounds the index does not hold ("Ukrainekrieg", "Klimaprotest"): when a query word is
/// rare or absent in the index and splits into parts the index knows, returns those parts as the body field holds
/// them (stemmed and folded: ukrain, krieg), so a query can search the parts instead, near each other ranking higher.
/// The query side otherwise stays free of decompounding; this is meant as a relaxation a query says it made.
/// </summary>
/// <remarks>
/// Uses the same grammar and dictionary as the index side: first the index side's own decomposition
/// (<see cref="GermanDecompounder.Decompose(string)"/>); when that gives no parts the index knows, the word is cut at
/// the hyphenation grammar's break points into the fewest parts of at least <see cref="MinPartLength"/> letters that
/// each occur in the index (a part before another may end in a linking element: "regierungs|krise" → regierung,
/// krise), preferring, among splits of as many parts, the one whose rarest part is most common. Thread-safe.
/// </remarks>
internal sealed class QueryCompoundSplitter
{
    /// <summary>A word found in fewer documents than this counts as rare (the default: absent or in one document).</summary>
    public const int DefaultRareBelow = 2;

    /// <summary>The shortest part, in letters.</summary>
    public const int MinPartLength = 3;

    private static readonly string[] LinkingElements = ["ens", "nen", "es", "en", "er", "ns", "s", "n", "e"];

    private static readonly string[] SLinks = ["ens", "es", "ns", "s"];

    private static readonly string[] InflectionEndings = ["e", "n", "en", "s", "es", "er", "ern"];

    private static readonly Lazy<QueryCompoundSplitter> SharedInstance = new(() => new QueryCompoundSplitter(() => GermanDecompounder.Shared));

    private readonly Lazy<GermanDecompounder> _lazyDecompounder;

    /// <summary>Creates a splitter.</summary>
    /// <param name="decompounder">The index side's decompounder (grammar and dictionary).</param>
    public QueryCompoundSplitter(GermanDecompounder decompounder)
    {
        ArgumentNullException.ThrowIfNull(decompounder);
        _lazyDecompounder = new Lazy<GermanDecompounder>(decompounder);
    }

    /// <summary>
    /// Creates a splitter that asks for its decompounder only when a word is rare enough to be split: loading the
    /// grammar and dictionary costs a fresh process about a quarter of a second, which a query whose words the index
    /// holds must not pay (issue 16).
    /// </summary>
    /// <param name="loadDecompounder">Gives the index side's decompounder; called at most once.</param>
    public QueryCompoundSplitter(Func<GermanDecompounder> loadDecompounder)
    {
        ArgumentNullException.ThrowIfNull(loadDecompounder);
        _lazyDecompounder = new Lazy<GermanDecompounder>(loadDecompounder, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private GermanDecompounder Decompounder => _lazyDecompounder.Value;

    /// <summary>The process-wide splitter over <see cref="GermanDecompounder.Shared"/>.</summary>
    public static QueryCompoundSplitter Shared => SharedInstance.Value;

    /// <summary>
    /// Splits <paramref name="word"/> when the body field of <paramref name="reader"/> holds it in fewer than
    /// <paramref name="rareBelow"/> documents and all its parts in at least one.
    /// </summary>
    /// <param name="word">One query word as typed ("Ukrainekrieg").</param>
    /// <param name="reader">The index.</param>
    /// <param name="rareBelow">The document count below which the word counts as rare.</param>
    /// <returns>The parts, or null when the word is not rare or does not split into known parts.</returns>
    public CompoundSplit? Split(string word, IndexReader reader, int rareBelow = DefaultRareBelow)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var frequencies = new FieldFrequencies(reader, IndexSchema.Body);
        return Split(word, frequencies.Of, rareBelow);
    }

    /// <summary>
    /// Splits <paramref name="word"/> when <paramref name="documentFrequency"/> of its body term is below
    /// <paramref name="rareBelow"/> and that of each part's term at least 1.
    /// </summary>
    /// <param name="word">One query word as typed ("Ukrainekrieg").</param>
    /// <param name="documentFrequency">Number of documents holding a term of the body field (as indexed: stemmed, folded).</param>
    /// <param name="rareBelow">The document count below which the word counts as rare.</param>
    /// <returns>The parts, or null when the word is not rare or does not split into known parts.</returns>
    public CompoundSplit? Split(string word, Func<string, int> documentFrequency, int rareBelow = DefaultRareBelow)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(documentFrequency);
        var lower = word.Trim().ToLowerInvariant();
        // The index is asked first: a word it holds often enough never loads the decompounder's data.
        if (lower.Length == 0 || !lower.All(char.IsLetter)
            || documentFrequency(DecompoundStemmer.NormalizeAndStem(lower)) >= rareBelow
            || lower.Length < Decompounder.MinWordSize)
        {
            return null;
        }

        // Both ways of splitting ask for the same parts: each term is looked up once.
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var inner = documentFrequency;
        documentFrequency = term =>
        {
            if (!known.TryGetValue(term, out var count))
            {
                count = inner(term);
                known[term] = count;
            }

            return count;
        };

        var decomposed = FromDecomposition(lower, documentFrequency);
        var hyphenated = FromHyphenation(lower, documentFrequency);
        var parts = hyphenated is not null && (decomposed is null || hyphenated.Count < decomposed.Count) ? hyphenated : decomposed;
        return parts is null ? null : new CompoundSplit(word, [.. parts.Select(p => p.Word)], [.. parts.Select(p => p.Term)]);
    }

    /// <summary>The index side's parts, when there are two or more, they make up the whole word and the index knows each.</summary>
    private List<(string Word, string Term)>? FromDecomposition(string lower, Func<string, int> documentFrequency)
    {
        var split = Decompounder.Decompose(lower);
        if (!Covers(lower, split))
        {
            return null;
        }

        var parts = split
            .Select((p, i) => (Word: p, Term: DecompoundStemmer.NormalizeAndStem(p), Last: i == split.Length - 1))
            .Select(p => (Word: p.Last ? p.Word : WithoutLink(p.Word, p.Term), p.Term))
            .DistinctBy(p => p.Term)
            .ToList();
        return parts.Count >= 2 && parts.All(p => documentFrequency(p.Term) > 0) ? parts : null;
    }

    /// <summary>
    /// Whether the parts, in order, make up the word: only linking elements between them and at most an inflection
    /// ending after the last ("benzin|preis|erhöhung" is not covered by benzin, preise).
    /// </summary>
    private static bool Covers(string word, string[] parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            var at = word.IndexOf(part, position, StringComparison.Ordinal);
            if (at < 0 || (at > position && (position == 0 || !LinkingElements.Contains(word[position..at]))))
            {
                return false;
            }

            position = at + part.Length;
        }

        return parts.Length > 0 && (position == word.Length || InflectionEndings.Contains(word[position..]));
    }

    /// <summary>The part without a linking s that its term does not hold ("regierungs" → "regierung").</summary>
    private static string WithoutLink(string part, string term)
    {
        foreach (var link in SLinks)
        {
            if (part.Length - link.Length >= MinPartLength && part.EndsWith(link, StringComparison.Ordinal)
                && DecompoundStemmer.NormalizeAndStem(part[..^link.Length]) == term)
            {
                return part[..^link.Length];
            }
        }

        return part;
    }

    private List<(string Word, string Term)>? FromHyphenation(string lower, Func<string, int> documentFrequency)
    {
        var points = Decompounder.HyphenationPoints(lower);
        // best[i]: the best split of lower[..points[i]] (fewest parts, then the most common rarest part)
        var best = new (List<(string Word, string Term)> Parts, int Rarest)?[points.Length];
        best[0] = ([], int.MaxValue);
        for (var end = 1; end < points.Length; end++)
        {
            var last = end == points.Length - 1;
            for (var start = 0; start < end; start++)
            {
                if (best[start] is not { } before || (start == 0 && last))
                {
                    continue;
                }

                var part = Part(lower[points[start]..points[end]], last, documentFrequency);
                if (part is not { } found)
                {
                    continue;
                }

                var count = before.Parts.Count + 1;
                var rarest = Math.Min(before.Rarest, found.Count);
                if (best[end] is not { } current || count < current.Parts.Count || (count == current.Parts.Count && rarest > current.Rarest))
                {
                    best[end] = ([.. before.Parts, (found.Word, found.Term)], rarest);
                }
            }
        }

        return best[^1] is { } split && split.Parts.Count >= 2 && split.Parts.DistinctBy(p => p.Term).Count() == split.Parts.Count
            ? split.Parts
            : null;
    }

    /// <summary>
    /// A stretch of the word as a known part: as it is, or (before another part) without a linking element; the
    /// variant the index holds in the most documents.
    /// </summary>
    private static (string Word, string Term, int Count)? Part(string stretch, bool last, Func<string, int> frequency)
    {
        (string Word, string Term, int Count)? best = null;
        foreach (var candidate in Variants(stretch, last))
        {
            if (candidate.Length < MinPartLength)
            {
                continue;
            }

            var term = DecompoundStemmer.NormalizeAndStem(candidate);
            var count = term.Length < MinPartLength ? 0 : frequency(term);
            if (count > 0 && (best is null || count > best.Value.Count))
            {
                best = (candidate, term, count);
            }
        }

        return best;
    }

    private static IEnumerable<string> Variants(string stretch, bool last)
    {
        yield return stretch;
        if (last)
        {
            yield break;
        }

        foreach (var link in LinkingElements)
        {
            if (stretch.Length > link.Length && stretch.EndsWith(link, StringComparison.Ordinal))
            {
                yield return stretch[..^link.Length];
            }
        }
    }
}
