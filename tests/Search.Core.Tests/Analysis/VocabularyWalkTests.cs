using System.Text;
using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// The vocabulary walk against a brute-force scan of every term: same terms, distances and document frequencies, on an
/// index of several segments with umlauts, ß and characters beyond the basic plane.
/// </summary>
public sealed class VocabularyWalkTests : IDisposable
{
    private const string Field = "exact";
    private static readonly string Letters = "aabcdeeefghiijklmnnoprrsssttuuvwzäöüß😀é";

    private readonly WordSegments _index;
    private readonly DirectoryReader _reader;
    private readonly List<string> _vocabulary = [];

    public VocabularyWalkTests()
    {
        var random = new Random(616);
        var segments = new List<List<string>> { new() };
        for (var doc = 0; doc < 400; doc++)
        {
            // Half the words from a few letters: many terms share long prefixes, so the walk also seeks past them.
            var words = Enumerable.Range(0, 12).Select(k => k % 2 == 0 ? RandomWord(random) : DenseWord(random)).ToList();
            _vocabulary.AddRange(words);
            segments[^1].Add(string.Join(" ", words));
            if (doc % 97 == 0)
            {
                segments.Add([]); // several segments
            }
        }

        _index = new WordSegments(Field, segments);
        _reader = _index.Reader;
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Collect_RandomWords_FindsExactlyTheTermsABruteForceScanFinds(int maxEdits)
    {
        // Arrange
        Assert.True(_reader.Leaves.Count > 2, "the index should have several segments");
        var random = new Random(17 + maxEdits);
        var all = AllTerms();
        var queries = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? RandomWord(random) : Mutate(_vocabulary[random.Next(_vocabulary.Count)], random)).ToList();
        var totalFound = 0;

        foreach (var word in queries)
        {
            // Act
            var found = new Dictionary<string, (int Distance, int Freq)>(StringComparer.Ordinal);
            VocabularyWalk.Collect(_reader, Field, word, maxEdits, found);

            // Assert
            var first = word.EnumerateRunes().First();
            var expected = all
                .Where(t => t.Term.EnumerateRunes().First() == first)
                .Select(t => (t.Term, Distance: SpellingSuggester.Distance(word, t.Term), t.Freq))
                .Where(t => t.Distance <= maxEdits)
                .ToDictionary(t => t.Term, t => (t.Distance, t.Freq));
            Assert.True(expected.Count == found.Count && expected.All(e => found.TryGetValue(e.Key, out var f) && f == e.Value),
                $"'{word}' (max {maxEdits}): expected [{string.Join(", ", expected.Select(e => e.Key + "/" + e.Value.Distance))}], found [{string.Join(", ", found.Select(e => e.Key + "/" + e.Value.Distance))}]");
            totalFound += found.Count;
        }

        Assert.True(totalFound > 100, $"the queries should find terms at all: {totalFound}");
    }

    [Fact]
    public void Collect_NarrowingToOneEdit_FindsAllOneEditTermsOrElseAllTwoEditTerms()
    {
        // Arrange: issue 16, one walk instead of one with one edit and then one with two
        var random = new Random(1616);
        var all = AllTerms();
        var queries = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? RandomWord(random) : Mutate(_vocabulary[random.Next(_vocabulary.Count)], random)).ToList();
        int narrowed = 0, full = 0, cut = 0;

        foreach (var word in queries)
        {
            // Act: narrow at a one-edit term that is not the word itself and has an 'a' (any test of the term will do)
            var found = new Dictionary<string, (int Distance, int Freq)>(StringComparer.Ordinal);
            var complete = VocabularyWalk.Collect(_reader, Field, word, 2, found, t => t != word && t.Contains('a'));

            // Assert
            var first = word.EnumerateRunes().First();
            var expected = all
                .Where(t => t.Term.EnumerateRunes().First() == first)
                .Select(t => (t.Term, Distance: SpellingSuggester.Distance(word, t.Term), t.Freq))
                .Where(t => t.Distance <= 2)
                .ToDictionary(t => t.Term, t => (t.Distance, t.Freq));
            var narrows = expected.Any(e => e.Value.Distance <= 1 && e.Key != word && e.Key.Contains('a'));
            var wanted = narrows ? expected.Where(e => e.Value.Distance <= 1).ToDictionary() : expected;
            var got = narrows ? found.Where(e => e.Value.Distance <= 1).ToDictionary() : found;
            Assert.True(complete);
            Assert.True(wanted.Count == got.Count && wanted.All(e => got.TryGetValue(e.Key, out var f) && f == e.Value),
                $"'{word}' (narrows: {narrows}): expected [{string.Join(", ", wanted.Select(e => e.Key + "/" + e.Value.Distance))}], found [{string.Join(", ", got.Select(e => e.Key + "/" + e.Value.Distance))}]");
            // Two-edit terms met before narrowing: the right distance, counted in the segments walked until then.
            Assert.All(found, e => Assert.True(e.Value.Distance == expected[e.Key].Distance && e.Value.Freq <= expected[e.Key].Freq, e.Key));
            _ = narrows ? narrowed++ : full++;
            cut += narrows && found.Count < expected.Count ? 1 : 0;
        }

        Assert.True(narrowed > 50 && full > 50, $"both cases should occur: narrowed {narrowed}, full {full}");
        Assert.True(cut > narrowed / 4, $"the walk should narrow, leaving two-edit terms after the first one-edit term unwalked: {cut} of {narrowed}");
    }

    private List<(string Term, int Freq)> AllTerms()
    {
        var list = new List<(string, int)>();
        var terms = MultiFields.GetTerms(_reader, Field).GetEnumerator();
        while (terms.MoveNext())
        {
            list.Add((terms.Term.Utf8ToString(), terms.DocFreq));
        }

        return list;
    }

    private static string RandomWord(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(2, 9);
        for (var i = 0; i < length; i++)
        {
            sb.Append(RandomLetter(random));
        }

        return sb.ToString();
    }

    private static string DenseWord(Random random)
    {
        const string few = "abcdä";
        var sb = new StringBuilder();
        var length = random.Next(4, 11);
        for (var i = 0; i < length; i++)
        {
            sb.Append(few[random.Next(few.Length)]);
        }

        return sb.ToString();
    }

    private static string RandomLetter(Random random)
    {
        var runes = Letters.EnumerateRunes().ToArray();
        return runes[random.Next(runes.Length)].ToString();
    }

    /// <summary>Up to three random edits (insert, delete, substitute, swap neighbours), never of the first character.</summary>
    private static string Mutate(string word, Random random)
    {
        var runes = word.EnumerateRunes().Select(r => r.ToString()).ToList();
        var edits = random.Next(0, 4);
        for (var e = 0; e < edits && runes.Count > 1; e++)
        {
            var at = random.Next(1, runes.Count);
            switch (random.Next(4))
            {
                case 0: runes.Insert(at, RandomLetter(random)); break;
                case 1: runes.RemoveAt(at); break;
                case 2: runes[at] = RandomLetter(random); break;
                default:
                    if (at + 1 < runes.Count)
                    {
                        (runes[at], runes[at + 1]) = (runes[at + 1], runes[at]);
                    }

                    break;
            }
        }

        return string.Concat(runes);
    }
}
