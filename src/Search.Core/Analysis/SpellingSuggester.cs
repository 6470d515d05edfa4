using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// "Did you mean": finds the nearest spelling of a word in the vocabulary of an index field that
/// is analysed with tokenizer and lower-casing only (see
/// <see cref="GermanAnalyzers.CreateExactAnalyzer"/>), so suggestions are surface words
/// ("friedensgespräche"), not stems. Candidates come from <see cref="VocabularyWalk"/>
/// (one edit first, two only when one finds nothing, in one walk); the nearest wins by Damerau (optimal string
/// alignment) distance, then by document frequency, then alphabetically. A candidate that differs
/// only by umlaut transliteration (Mueller/Müller, Strasse/Straße) counts as distance 0.
/// </summary>
/// <remarks>
/// Thread-safe; the instance holds only settings. Optionally a word also counts as known when its
/// analysed form occurs in one of the search fields (<see cref="SpellingSuggester(Analyzer, IEnumerable{string})"/>):
/// then "Regierungen" or "Muenchen" are not "corrected", because the search finds them already.
/// </remarks>
internal sealed partial class SpellingSuggester
{
    /// <summary>Words shorter than this (in characters) get no suggestion.</summary>
    public const int MinWordLength = 3;

    /// <summary>Words up to this length allow one edit, longer words two.</summary>
    public const int MaxLengthForOneEdit = 5;

    /// <summary>Number of leading characters a candidate must share with the word.</summary>
    public const int PrefixLength = 1;

    private static readonly HashSet<string> QueryOperators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    private readonly Analyzer? _searchAnalyzer;
    private readonly string[] _searchFields;

    /// <summary>Creates a suggester that treats only words of the spelling field as known.</summary>
    public SpellingSuggester()
    {
        _searchFields = [];
    }

    /// <summary>
    /// Creates a suggester that also treats a word as known when every term the search analyzer
    /// makes of it occurs in one of the search fields (no correction is proposed for it).
    /// </summary>
    /// <param name="searchAnalyzer">The query analyzer of the search fields.</param>
    /// <param name="searchFields">The fields the search runs on, e.g. "title" and "body".</param>
    public SpellingSuggester(Analyzer searchAnalyzer, IEnumerable<string> searchFields)
    {
        ArgumentNullException.ThrowIfNull(searchAnalyzer);
        ArgumentNullException.ThrowIfNull(searchFields);
        _searchAnalyzer = searchAnalyzer;
        _searchFields = [.. searchFields];
    }

    /// <summary>
    /// Returns the nearest spelling of <paramref name="word"/> in the vocabulary of
    /// <paramref name="field"/>, in the word's capitalisation ("FrideNsgespräche" →
    /// "Friedensgespräche"); null when the word is known, too short, a number, or has no
    /// candidate within one (up to 5 characters) or two edits.
    /// </summary>
    /// <param name="reader">The index.</param>
    /// <param name="field">A field analysed with tokenizer and lower-casing only.</param>
    /// <param name="word">One word as typed.</param>
    /// <returns>The suggestion or null.</returns>
    public string? Suggest(IndexReader reader, string field, string word)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(word);

        var lower = word.Trim().ToLowerInvariant();
        if (lower.Length < MinWordLength || !lower.Any(char.IsLetter))
        {
            return null;
        }

        using var spellings = new FieldFrequencies(reader, field);
        if (IsKnown(reader, spellings, lower))
        {
            return null;
        }

        int codePoints = lower.EnumerateRunes().Count();
        int maxEdits = codePoints <= MaxLengthForOneEdit ? 1 : 2;
        var folded = Fold(lower);

        // One edit first: most typos are one edit away, and one edit costs a fraction of two. A spelling the same
        // but for umlauts (Mueller/Müller, two edits) still wins over a one-edit neighbour. For a longer word one walk
        // serves both: it looks two edits far until it meets a term one edit away that could be suggested, and one edit
        // far from then on (see VocabularyWalk.Collect); so a word the index lacks pays for one walk, not two (issue 16).
        var found = new Dictionary<string, (int Distance, int Freq)>(StringComparer.Ordinal);
        var complete = VocabularyWalk.Collect(reader, field, lower, maxEdits, found, maxEdits == 2 ? c => CouldSuggest(c, lower) : null);
        var oneEdit = found;
        if (maxEdits == 2 && !complete)
        {
            // The visit budget ran out: a walk with one edit alone reaches further, as it always did.
            oneEdit = new Dictionary<string, (int Distance, int Freq)>(StringComparer.Ordinal);
            VocabularyWalk.Collect(reader, field, lower, 1, oneEdit);
        }

        var (best, bestDistance) = Nearest(oneEdit, lower, folded, 1);
        if (bestDistance != 0 && TransliterationOf(spellings, lower) is { } same)
        {
            return MatchCase(word.Trim(), same);
        }

        if (best is null && maxEdits == 2)
        {
            // No term one edit away could be suggested, so the walk never narrowed: it found all within two edits.
            (best, bestDistance) = Nearest(found, lower, folded, 2);
        }

        return best is null || bestDistance > maxEdits ? null : MatchCase(word.Trim(), best);
    }

    /// <summary>Whether a term of the vocabulary may be suggested for the word at all (see <see cref="Nearest"/>).</summary>
    private static bool CouldSuggest(string candidate, string lower) => candidate != lower && candidate.Any(char.IsLetter);

    /// <summary>
    /// The nearest of the terms <paramref name="found"/> within <paramref name="maxEdits"/>: by distance (0 for a
    /// spelling the same but for umlauts), then document frequency, then alphabetically.
    /// </summary>
    private static (string? Best, int Distance) Nearest(Dictionary<string, (int Distance, int Freq)> found, string lower, string folded, int maxEdits)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int bestFreq = 0;
        foreach (var (candidate, (walked, freq)) in found)
        {
            if (walked > maxEdits || freq <= 0 || !CouldSuggest(candidate, lower))
            {
                continue;
            }

            int distance = Fold(candidate) == folded ? 0 : walked;
            if (distance < bestDistance
                || (distance == bestDistance && freq > bestFreq)
                || (distance == bestDistance && freq == bestFreq && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
                bestFreq = freq;
            }
        }

        return (best, bestDistance);
    }

    /// <summary>
    /// The most frequent term that spells <paramref name="lower"/> with umlauts or ß written out or the other way round
    /// (mueller/müller, strasse/straße): two edits away, so a one-edit search does not see it.
    /// </summary>
    private static string? TransliterationOf(FieldFrequencies frequencies, string lower)
    {
        var variants = Transliterations(lower).Where(v => v != lower).ToList();
        if (variants.Count == 0)
        {
            return null; // no umlaut, ß or spelt-out form in the word: nothing to look up
        }

        string? best = null;
        var bestFreq = 0;
        foreach (var variant in variants)
        {
            var freq = frequencies.Of(variant);
            if (freq > bestFreq)
            {
                best = variant;
                bestFreq = freq;
            }
        }

        return best;
    }

    /// <summary>
    /// The word with each subset of its umlauts and ß, or of their spelt-out forms, swapped (at most 16): all fold like
    /// the word (see <see cref="Fold"/>).
    /// </summary>
    private static IEnumerable<string> Transliterations(string lower)
    {
        var variants = new List<string> { "" };
        var i = 0;
        while (i < lower.Length && variants.Count <= 16)
        {
            var c = lower[i];
            var pair = i + 1 < lower.Length ? lower.Substring(i, 2) : "";
            string? other = c switch { 'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", _ => null };
            var length = 1;
            if (other is null && pair is "ae" or "oe" or "ue" or "ss")
            {
                other = pair switch { "ae" => "ä", "oe" => "ö", "ue" => "ü", _ => "ß" };
                length = 2;
            }

            var own = lower.Substring(i, length);
            variants = other is null ? [.. variants.Select(v => v + own)] : [.. variants.SelectMany(v => new[] { v + own, v + other })];
            i += length;
        }

        return i < lower.Length ? [] : variants;
    }

    /// <summary>
    /// Corrects every word of a query that is not in the vocabulary (see
    /// <see cref="Suggest"/>) and keeps everything else (operators, quotes, field names, wildcard
    /// and fuzzy terms, numbers) as typed.
    /// </summary>
    /// <param name="reader">The index.</param>
    /// <param name="field">A field analysed with tokenizer and lower-casing only.</param>
    /// <param name="queryText">The query as typed.</param>
    /// <returns>The corrected query, or null when no word needed a correction.</returns>
    public string? SuggestQuery(IndexReader reader, string field, string queryText)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(queryText);

        var result = new StringBuilder(queryText.Length + 8);
        int copied = 0;
        bool changed = false;
        foreach (Match match in WordPattern().Matches(queryText))
        {
            var word = match.Value;
            int end = match.Index + match.Length;
            char next = end < queryText.Length ? queryText[end] : ' ';
            if (QueryOperators.Contains(word) || next is ':' or '*' or '?' or '~'
                || (match.Index > 0 && queryText[match.Index - 1] is '*' or '?'))
            {
                continue;
            }

            var suggestion = Suggest(reader, field, word);
            if (suggestion is null || string.Equals(suggestion, word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            result.Append(queryText, copied, match.Index - copied).Append(suggestion);
            copied = end;
            changed = true;
        }

        if (!changed)
        {
            return null;
        }

        result.Append(queryText, copied, queryText.Length - copied);
        return result.ToString();
    }

    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
    /// substitutions and transpositions of adjacent characters each cost 1), over code points: the
    /// distance <see cref="VocabularyWalk"/> computes row by row, written as the plain table (the
    /// reference its tests compare with).
    /// </summary>
    /// <param name="first">First word.</param>
    /// <param name="second">Second word.</param>
    /// <returns>The distance.</returns>
    internal static int Distance(string first, string second)
    {
        var a = first.EnumerateRunes().ToArray();
        var b = second.EnumerateRunes().ToArray();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Folds umlaut spellings: ä/ae → a, ö/oe → o, ü/ue → u, ß → ss.</summary>
    /// <param name="word">A lower-cased word.</param>
    /// <returns>The folded word.</returns>
    internal static string Fold(string word) => GermanFolding.Fold(word);

    private static string MatchCase(string typed, string suggestion)
    {
        var letters = typed.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper))
        {
            return suggestion.ToUpperInvariant();
        }

        if (letters.Length > 0 && char.IsUpper(typed.First(char.IsLetter)))
        {
            return char.ToUpperInvariant(suggestion[0]).ToString(CultureInfo.InvariantCulture) + suggestion[1..];
        }

        return suggestion;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    private bool IsKnown(IndexReader reader, FieldFrequencies spellings, string lower)
    {
        if (spellings.Of(lower) > 0)
        {
            return true;
        }

        if (_searchAnalyzer is null || _searchFields.Length == 0)
        {
            return false;
        }

        var analysed = new List<string>();
        using (var stream = _searchAnalyzer.GetTokenStream(_searchFields[0], lower))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                analysed.Add(term.ToString());
            }

            stream.End();
        }

        // A stopword analyses to nothing: it is a real word, not a typo.
        if (analysed.Count == 0)
        {
            return true;
        }

        var fields = new FieldFrequencies?[_searchFields.Length];
        try
        {
            return analysed.All(t => _searchFields.Select((f, i) => (fields[i] ??= new FieldFrequencies(reader, f)).Of(t)).Any(freq => freq > 0));
        }
        finally
        {
            foreach (var frequencies in fields)
            {
                frequencies?.Dispose();
            }
        }
    }
}
