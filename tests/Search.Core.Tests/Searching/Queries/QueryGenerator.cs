using System.Globalization;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// Random well-formed queries from a grammar: words in several spellings, stop words, phrases taken from the
/// documents (with slop), prefixes, wildcards, fuzzy words, every field in German and English, date values and
/// ranges, boosts, NOT/NICHT/-/!, +, AND/UND/&amp;&amp;, OR/ODER/||, brackets and nesting.
/// </summary>
internal sealed class QueryGenerator(GeneratedCorpus corpus, int seed)
{
    private static readonly string[] TextFields = ["title", "titel", "text", "body", "Titel"];
    private static readonly string[] ActorFields = ["actor", "akteur"];
    private static readonly string[] LocationFields = ["location", "ort"];
    private static readonly string[] DateFields = ["date", "datum"];

    private readonly Random _random = new(seed);

    public GeneratedQuery Next()
    {
        while (true)
        {
            var query = Query(depth: 0, top: true);
            if (query.Text.Length < 250 && query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 35)
            {
                return query;
            }
        }
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T One<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private GeneratedQuery Query(int depth, bool top)
    {
        var roll = _random.Next(100);
        if (depth >= 3 || roll < 25)
        {
            return Unary(depth);
        }

        if (roll < 50)
        {
            return Binary(depth, isOr: true);
        }

        if (roll < 72)
        {
            return Binary(depth, isOr: false);
        }

        // Parts side by side need brackets below the top.
        var sequence = Sequence(depth);
        return top ? sequence : new GeneratedQuery.Group(sequence, Chance(50));
    }

    private GeneratedQuery Sequence(int depth)
    {
        var count = _random.Next(2, 5);
        var parts = new List<GeneratedQuery>();
        var required = Chance(35);
        for (var i = 0; i < count; i++)
        {
            var part = Chance(70) ? Unary(depth + 1) : Operand(depth + 1);
            if (required && part is not GeneratedQuery.Not && Chance(50))
            {
                part = new GeneratedQuery.Required(AsPrimary(part, depth));
            }

            parts.Add(part);
        }

        return new GeneratedQuery.Sequence(parts);
    }

    private GeneratedQuery Binary(int depth, bool isOr)
    {
        var count = _random.Next(2, 4);
        var operands = new List<GeneratedQuery>();
        var operators = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var operand = Operand(depth + 1);

            // An OR operand that is itself an AND binds tighter and needs no brackets; an AND operand that is an OR
            // does, as does any sequence.
            if (operand is GeneratedQuery.Binary { IsOr: true } or GeneratedQuery.Sequence && !(isOr && operand is GeneratedQuery.Binary { IsOr: false }))
            {
                operand = new GeneratedQuery.Group(operand, Chance(50));
            }

            if (!isOr && operand is not GeneratedQuery.Not && Chance(10))
            {
                operand = new GeneratedQuery.Required(AsPrimary(operand, depth));
            }

            operands.Add(operand);
            if (i > 0)
            {
                operators.Add(isOr ? One(["OR", "ODER", "||"]) : One(["AND", "UND", "&&"]));
            }
        }

        return new GeneratedQuery.Binary(isOr, operands, operators);
    }

    private GeneratedQuery Operand(int depth) => Chance(60) ? Unary(depth) : Query(depth, top: false);

    private GeneratedQuery Unary(int depth)
    {
        var roll = _random.Next(100);
        if (roll < 20)
        {
            var op = One(["NOT", "NICHT", "-", "!"]);
            var inner = op is "NOT" or "NICHT" && Chance(15) ? Unary(depth + 1) : Primary(depth + 1);
            return new GeneratedQuery.Not(op is "-" or "!" ? AsPrimary(inner, depth) : inner, op);
        }

        return Primary(depth);
    }

    private GeneratedQuery Primary(int depth) => depth < 3 && Chance(12)
        ? new GeneratedQuery.Group(Query(depth + 1, top: true), Chance(50))
        : new GeneratedQuery.Leaf(Leaf());

    private GeneratedQuery AsPrimary(GeneratedQuery query, int depth) =>
        query is GeneratedQuery.Leaf or GeneratedQuery.Group ? query : new GeneratedQuery.Group(query, Chance(50));

    private string Leaf()
    {
        var roll = _random.Next(100);
        var leaf = roll switch
        {
            < 30 => Spelling(corpus.Word()),
            < 42 => Phrase(),
            < 48 => Prefix(corpus.Word()),
            < 52 => Wildcard(corpus.Word()),
            < 58 => Fuzzy(),
            < 72 => One(TextFields) + ":" + FieldValue(() => corpus.Word()),
            < 78 => One(ActorFields) + ":" + FieldValue(() => One(One(GeneratedCorpus.ActorNames).Split(' '))),
            < 84 => One(LocationFields) + ":" + FieldValue(() => One(One(GeneratedCorpus.LocationNames).Split(' '))),
            < 95 => One(DateFields) + ":" + Date(),
            _ => "*",
        };
        return leaf != "*" && Chance(8) ? leaf + "^" + One(["2", "0.5", "3", "1.5"]) : leaf;
    }

    private string FieldValue(Func<string> word)
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 45 => Spelling(word()),
            < 65 => "\"" + Spelling(word()) + "\"",
            < 85 => "\"" + Spelling(word()) + " " + Spelling(word()) + "\"",
            _ => Prefix(word()),
        };
    }

    /// <summary>The word as typed, in lower or upper case, or with umlauts written out.</summary>
    private string Spelling(string word) => _random.Next(6) switch
    {
        0 => word.ToLowerInvariant(),
        1 => word.ToUpperInvariant() is "AND" or "OR" or "NOT" or "UND" or "ODER" or "NICHT" ? word : word.ToUpperInvariant(),
        2 => word.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss"),
        _ => word,
    };

    /// <summary>Two or three words that stand in a row in some document (or not, sometimes), with a slop now and then.</summary>
    private string Phrase()
    {
        string[] words;
        if (Chance(75))
        {
            var doc = One(corpus.Current.Values.ToList()).Source;
            var text = (Chance(50) ? doc.Title + " " + doc.Body : doc.Body).Replace(".", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var length = Math.Min(text.Length, _random.Next(2, 4));
            var start = _random.Next(text.Length - length + 1);
            words = text[start..(start + length)];
            if (Chance(20) && words.Length > 1)
            {
                words = [.. words.Reverse()];
            }
        }
        else
        {
            words = [corpus.Word(), corpus.Word()];
        }

        var phrase = "\"" + string.Join(' ', words.Select(Spelling)) + "\"";
        return Chance(25) ? phrase + "~" + _random.Next(1, 4).ToString(CultureInfo.InvariantCulture) : phrase;
    }

    private string Prefix(string word)
    {
        var letters = word.Replace("-", "");
        return Spelling(letters[..Math.Min(letters.Length, _random.Next(2, 7))]) + "*";
    }

    private string Wildcard(string word)
    {
        var letters = word.Replace("-", "").ToLowerInvariant();
        if (letters.Length < 4)
        {
            return letters;
        }

        var at = _random.Next(1, letters.Length - 1);
        return Chance(50) ? letters[..at] + "?" + letters[(at + 1)..] : letters[..at] + "*" + letters[(at + 1)..];
    }

    private string Fuzzy()
    {
        var word = One(GeneratedCorpus.Vocabulary).Replace("-", "");
        if (Chance(60))
        {
            var at = _random.Next(1, word.Length);
            word = _random.Next(3) switch
            {
                0 => word[..at] + word[(at % word.Length)..].Remove(0, 1),
                1 => word[..at] + "x" + word[at..],
                _ => word[..(at - 1)] + "e" + word[at..],
            };
        }

        return word + One(["~", "~1", "~2", "~0.8"]);
    }

    private string Date()
    {
        if (Chance(55))
        {
            return Chance(15) ? "\"" + Period() + "\"" : Period();
        }

        while (true)
        {
            var (a, b) = (Period(), Period());
            if (string.CompareOrdinal(a, b) > 0)
            {
                (a, b) = (b, a);
            }

            var open = _random.Next(8);
            var lower = open == 0 ? "*" : a;
            var upper = open == 1 ? "*" : b;
            var inclusive = Chance(70);
            var range = (inclusive ? "[" : "{") + lower + One([" TO ", " to ", "  TO  ", " BIS "]) + upper + (inclusive || Chance(30) ? "]" : "}");

            // Exclusive bounds of neighbouring periods leave nothing between them: the parser rightly rejects that.
            if (inclusive || string.CompareOrdinal(a[..4], b[..4]) < -1 || lower == "*" || upper == "*")
            {
                return range;
            }
        }
    }

    /// <summary>A year, month or day within (and around) the documents' dates.</summary>
    private string Period()
    {
        var date = GeneratedCorpus.FirstDate.AddDays(_random.Next(-60, GeneratedCorpus.Days + 60));
        return _random.Next(3) switch
        {
            0 => date.ToString("yyyy", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
