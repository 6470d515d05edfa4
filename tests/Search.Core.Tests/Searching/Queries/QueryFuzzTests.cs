using System.Globalization;
using System.Text;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// Issue 12, "Proof": random and grammar-made query texts (odd characters, unbalanced brackets and quotes, emoji,
/// control characters, 10,000-character inputs, every field with empty and bad values, operators in odd places,
/// deep nesting) never make the library throw anything but its own <see cref="QuerySyntaxException"/>, with a
/// position inside the text, and every call is answered.
/// </summary>
public sealed class QueryFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 4711;
    private const int TextCount = 10_000;

    private static readonly string[] FieldNames = ["title", "titel", "text", "body", "actor", "akteur", "location", "ort", "date", "datum", "TITLE", "Datum", "unbekannt", "http"];

    private static readonly string[] FieldValues =
    [
        "", " ", "\"\"", "\" \"", "()", "( )", "*", "?", "*?", "[", "]", "{", "}", "[a TO b]", "[* TO *]", "{* TO *}", "[2025 TO]", "[TO 2025]",
        "[2025-12-31 TO 2025-01-01]", "{2025 TO 2025}", "[2025-02-30 TO 2025-03-01]", "2025-13-45", "2025-00", "0000", "0001", "9999-12-31",
        "-1", "+2025", "abc", "\"", "^2", "~", "~2", "2025^2", "2025~", "Merkel", "\"Angela Merkel\"", "\"Angela Merkel\"~3", "Mer*", "M?ller",
        "Friedens*", "*erkel", ":", "::", "\\", "\\:", "(Merkel OR Putin)", "(", ")", "NOT", "AND", "-Merkel", "+Merkel", "2025-12*", "2025-*",
        "\"2025-12\"", "\"2025 2026\"", "[\"2025\" TO \"2026\"]", "[2025 BIS 2026]", "[2025 TO 2026 TO 2027]", "[2025TO2026]", "😀", "\u0000",
    ];

    private const string Syntax = "()[]{}\"~^*?:\\+-!&| \t\n";

    private static readonly string[] Operators = ["AND", "OR", "NOT", "UND", "ODER", "NICHT", "&&", "||", "!", "+", "-", "&", "|", "–", "TO", "BIS", "and", "or"];

    private static readonly string[] Pieces =
    [
        "Merkel", "Gespräche", "Friedensgespräche", "Müller", "Straße", "der", "die", "und", "in", "2025", "😀", "👍🏽", "🇩🇪", "\uD83D", "\uDE00",
        "\u200B", "\u202E", "\uFEFF", "e\u0301", "ß", "İ", "ǅ", "日本", "עברית", "\u0000", "\u0001", "\t", "\n", "\r", "\u001E", "\u001F", "\u007F",
        "\u0085", "\u2028", "\u00A0", "\"", "'", "(", ")", "[", "]", "{", "}", "^", "~", "*", "?", ":", "\\", "/", "+", "-", "!", "&", "|", ",", ".",
        ";", "<", ">", "=", "%", "$", "#", "@", "_", "Super_Bowl_50", "Corona-Demo", "1.5", "^0.5", "~0.8", "^-1", "^1e9", "~99999999999",
    ];

    [Fact]
    public void Search_RandomAndGrammarMadeTexts_ThrowOnlyQuerySyntaxExceptionsWithPositionsInTheText()
    {
        // Arrange
        using var index = new TestIndex(Articles.Sample);
        var random = new Random(Seed);
        var corpus = new GeneratedCorpus(Seed);
        corpus.NextBatch(20, 0);
        var generator = new QueryGenerator(corpus, Seed);
        var texts = FixedTexts().ToList();
        while (texts.Count < TextCount)
        {
            texts.Add(random.Next(6) switch
            {
                0 => RandomCharacters(random),
                1 => RandomPieces(random),
                2 => Mutate(generator.Next().Text, random),
                3 => generator.Next().Text,
                4 => FieldQuery(random),
                _ => OperatorQuery(random),
            });
        }

        var failures = new List<(string Kind, string Text)>();
        int answered = 0, rejected = 0, searchedAsWords = 0;

        // Act
        foreach (var text in texts)
        {
            foreach (var handling in new[] { SyntaxErrorHandling.Throw, SyntaxErrorHandling.SearchWords })
            {
                var request = new SearchRequest
                {
                    Text = text,
                    OnSyntaxError = handling,
                    Take = random.Next(3) == 0 ? 0 : 5,
                    FacetSize = random.Next(2) * 5,
                    MaxSnippets = random.Next(2),
                };
                try
                {
                    var results = index.Index.Search(request);
                    if (results is null || results.Hits.Count > results.TotalHits || results.Hits.Count > request.Take)
                    {
                        failures.Add(("an answer that does not add up", $"{Show(text)} ({handling})"));
                    }
                    else if (results.SyntaxError is { } error && !PositionInText(error.Position, text))
                    {
                        failures.Add(("syntax error position outside the text", $"{Show(text)} ({handling}): {error.Kind} at {error.Position}, outside 1..{text.Length + 1}"));
                    }

                    answered++;
                    searchedAsWords += results?.SyntaxError is null ? 0 : 1;
                }
                catch (QuerySyntaxException ex)
                {
                    rejected++;
                    if (!PositionInText(ex.Position, text))
                    {
                        failures.Add(("exception position outside the text", $"{Show(text)} ({handling}): {ex.Kind} at {ex.Position}, outside 1..{text.Length + 1}"));
                    }
                }
                catch (Exception ex)
                {
                    failures.Add(($"{ex.GetType().Name}: {ex.Message}", $"{Show(text)} ({handling}) at {string.Join(" < ", (ex.StackTrace ?? "").Split('\n').Take(4).Select(l => l.Trim()))}"));
                }
            }
        }

        output.WriteLine($"{texts.Count} texts: {answered} answers ({searchedAsWords} searched as plain words), {rejected} rejected");

        // Assert
        var byKind = failures.GroupBy(f => f.Kind).Select(g => $"{g.Count()} × {g.Key}, e.g.\n  " + string.Join("\n  ", g.Select(f => f.Text).Distinct().Take(3)));
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", byKind));
        Assert.True(answered > texts.Count / 2 && rejected > texts.Count / 10, $"{answered} answers and {rejected} rejections: the texts do not reach both outcomes");
    }

    private static bool PositionInText(int position, string text) => position == 0 || (position >= 1 && position <= text.Length + 1);

    /// <summary>Inputs worth trying every time: long texts, deep nesting, lone operators, every field with every bad value.</summary>
    private static IEnumerable<string> FixedTexts()
    {
        var long1 = string.Concat(Enumerable.Repeat("Merkel Putin Gespräche ", 435))[..10_000];
        yield return long1;
        yield return new string('a', 10_000);
        yield return new string('(', 10_000);
        yield return new string(')', 10_000);
        yield return new string('"', 10_000);
        yield return new string('"', 9_999);
        yield return new string('\\', 10_000);
        yield return string.Concat(Enumerable.Repeat("😀", 5_000));
        yield return string.Concat(Enumerable.Repeat("a AND ", 1_667))[..10_000];
        yield return string.Concat(Enumerable.Repeat("NOT ", 2_500));
        yield return string.Concat(Enumerable.Repeat("title:", 1_667))[..10_000];
        yield return string.Concat(Enumerable.Repeat("a OR ", 59)) + "a";
        yield return string.Concat(Enumerable.Repeat("x* ", 39)) + "x*";
        yield return string.Join(' ', Enumerable.Range(0, 600).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));
        yield return string.Join(' ', Enumerable.Range(0, 512).Select(_ => "Merkel"));
        yield return string.Join(' ', Enumerable.Range(0, 1_200).Select(i => ((char)('a' + (i % 26))).ToString()));
        foreach (var depth in new[] { 1, 2, 31, 32, 33, 64, 100, 1_000 })
        {
            yield return new string('(', depth) + "Merkel" + new string(')', depth);
            yield return new string('(', depth) + "Merkel" + new string(')', depth - 1);
            yield return new string('(', depth - 1) + "Merkel" + new string(')', depth);
            yield return string.Concat(Enumerable.Repeat("NOT (", depth)) + "Merkel" + new string(')', depth);
            yield return string.Concat(Enumerable.Repeat("(a OR ", depth)) + "b" + new string(')', depth);
        }

        foreach (var op in Operators)
        {
            yield return op;
            yield return op + " Merkel";
            yield return "Merkel " + op;
            yield return "Merkel " + op + " " + op + " Putin";
            yield return "(" + op + ")";
            yield return "\"" + op + "\"";
            yield return op + op;
            yield return "title:" + op;
        }

        foreach (var field in FieldNames)
        {
            foreach (var value in FieldValues)
            {
                yield return field + ":" + value;
                yield return "Merkel " + field + ":" + value + " Putin";
                yield return "(" + field + ":" + value + ")";
            }
        }
    }

    private static string RandomCharacters(Random random)
    {
        var length = random.Next(10) == 0 ? random.Next(200, 10_001) : random.Next(1, 40);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x80),
                1 => (char)random.Next(0x80, 0x3000),
                2 => (char)random.Next(0xD7F0, 0xE010), // around the surrogates
                _ => Syntax[random.Next(Syntax.Length)],
            });
        }

        return sb.ToString();
    }

    private static string RandomPieces(Random random)
    {
        var count = random.Next(10) == 0 ? random.Next(100, 2_000) : random.Next(1, 12);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>A well-formed query with characters deleted, inserted, doubled or cut off.</summary>
    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0 && sb.Length > 0; i--)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb.Remove(at, 1);
                    break;
                case 1:
                    sb.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    sb.Insert(at, sb[at]);
                    break;
                default:
                    sb.Length = at;
                    break;
            }
        }

        return sb.ToString();
    }

    private static string FieldQuery(Random random)
    {
        var field = FieldNames[random.Next(FieldNames.Length)] + ":" + FieldValues[random.Next(FieldValues.Length)];
        return random.Next(3) switch
        {
            0 => field,
            1 => field + " " + Operators[random.Next(Operators.Length)] + " " + FieldNames[random.Next(FieldNames.Length)] + ":" + FieldValues[random.Next(FieldValues.Length)],
            _ => Operators[random.Next(Operators.Length)] + " " + field + Pieces[random.Next(Pieces.Length)],
        };
    }

    private static string OperatorQuery(Random random)
    {
        var sb = new StringBuilder();
        for (var i = random.Next(1, 10); i > 0; i--)
        {
            sb.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : Operators[random.Next(Operators.Length)]);
            sb.Append(random.Next(4) == 0 ? "" : " ");
        }

        return sb.ToString();
    }

    /// <summary>The text for a failure message: short, with control characters and surrogates written as code points.</summary>
    private static string Show(string text)
    {
        var shown = new StringBuilder("«");
        foreach (var ch in text.Length > 120 ? text[..120] : text)
        {
            shown.Append(char.IsControl(ch) || char.IsSurrogate(ch) || ch is '\u200B' or '\u202E' or '\uFEFF'
                ? $"\\u{(int)ch:X4}"
                : ch.ToString());
        }

        return shown.Append(text.Length > 120 ? $"…» ({text.Length} chars)" : "»").ToString();
    }
}
