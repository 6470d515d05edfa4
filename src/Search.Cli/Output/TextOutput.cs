using System.Globalization;
using System.Text;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Cli.Output;

/// <summary>Renders results for a person: numbered hits, matches in colour on a terminal or in [brackets] when piped.</summary>
internal static class TextOutput
{
    private const string Bold = "\u001b[1m";
    private const string Match = "\u001b[1;33m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    /// <summary>
    /// <paramref name="text"/> on one line: control characters (a newline in a file's name) written as escapes
    /// (<c>\n</c>, <c>\t</c>, <c>\u001b</c>), so that each file or hit stays one line of the output.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return line.ToString();
    }

    public static void Results(TextWriter output, SearchResults results, bool colour)
    {
        var request = results.Request;
        var shown = results.Hits.Count == 0 ? "" : $", showing {request.Skip + 1}-{request.Skip + results.Hits.Count}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.TotalHits} {(results.TotalHits == 1 ? "hit" : "hits")}{shown} ({results.Took.TotalMilliseconds:0.0} ms)"));
        if (results.SyntaxError is { } error)
        {
            output.WriteLine($"Could not read the query as written; searched for: {error.SearchedText}");
        }

        if (results.Notice is not null)
        {
            output.WriteLine(results.Notice);
        }

        if (results.Suggestion is not null)
        {
            output.WriteLine($"Did you mean: {results.Suggestion}");
        }

        var number = request.Skip;
        foreach (var hit in results.Hits)
        {
            number++;
            output.WriteLine();
            var title = Mark(hit.Title.Length == 0 ? "(no title)" : hit.Title, hit.TitleHighlights, colour, Bold);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{number,3}. {title}"));
            var meta = string.Create(CultureInfo.InvariantCulture, $"{hit.Date:yyyy-MM-dd} · score {hit.Score:0.00} · {OneLine(hit.Id)}");
            output.WriteLine($"     {(colour ? Dim + meta + Reset : meta)}");
            if (hit.Actors.Count > 0 || hit.Locations.Count > 0)
            {
                var entities = string.Join(" · ", hit.Actors.Take(4)) + (hit.Locations.Count > 0 ? " — " + string.Join(" · ", hit.Locations.Take(4)) : "");
                output.WriteLine($"     {entities.Trim(' ', '—')}");
            }

            foreach (var snippet in hit.Snippets)
            {
                output.WriteLine($"     {Mark(snippet.Text, snippet.Highlights, colour, null)}");
            }

            if (hit.Explanation is not null)
            {
                output.WriteLine($"     why: {hit.Explanation}");
            }
        }

        Facets(output, results.Facets);
        if (request.SignificantSize > 0)
        {
            Significant(output, results.Significant);
        }
    }

    public static string Mark(string text, IReadOnlyList<HighlightRange> ranges, bool colour, string? baseStyle)
    {
        var sb = new StringBuilder(text.Length + (ranges.Count * 8));
        var pos = 0;
        if (colour && baseStyle is not null)
        {
            sb.Append(baseStyle);
        }

        foreach (var range in ranges)
        {
            if (range.Start < pos || range.Start + range.Length > text.Length)
            {
                continue;
            }

            sb.Append(text, pos, range.Start - pos);
            sb.Append(colour ? Match : "[");
            sb.Append(text, range.Start, range.Length);
            sb.Append(colour ? Reset + (baseStyle ?? "") : "]");
            pos = range.Start + range.Length;
        }

        sb.Append(text, pos, text.Length - pos);
        if (colour && baseStyle is not null)
        {
            sb.Append(Reset);
        }

        return sb.ToString();
    }

    private static void Significant(TextWriter output, SignificantResults significant)
    {
        output.WriteLine();
        foreach (var (label, values) in new[] { ("Significant actors", significant.Actor), ("Significant locations", significant.Location) })
        {
            var list = values.Count == 0
                ? "(none)"
                : string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Value} ({v.Count} of {v.BackgroundCount})")));
            output.WriteLine($"{label}: {list}");
        }
    }

    private static void Facets(TextWriter output, FacetResults facets)
    {
        var dimensions = new[] { ("Actors", facets.Actor), ("Locations", facets.Location), ("Dates", facets.Date) };
        if (dimensions.All(d => d.Item2.Values.Count == 0))
        {
            return;
        }

        output.WriteLine();
        foreach (var (label, dimension) in dimensions)
        {
            if (dimension.Values.Count == 0)
            {
                continue;
            }

            var values = string.Join(", ", dimension.Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Value} ({v.Count})")));
            var more = dimension.DistinctValues > dimension.Values.Count ? $" … {dimension.DistinctValues} in all" : "";
            output.WriteLine($"{label}: {values}{more}");
        }
    }
}
