using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Turns Lucene's score explanation into a short account in plain words: each matched term (as indexed, that is
/// stemmed and folded) with the field, its share of the score and how often it occurs.
/// </summary>
internal static partial class ExplanationFormatter
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["title"] = "headline",
        ["body"] = "text",
    };

    public static string Format(Explanation explanation)
    {
        var parts = new List<(string Field, string Terms, float Score, string Detail)>();
        Collect(explanation, parts);
        if (parts.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"score {explanation.Value:0.###}: {explanation.Description.Trim()}");
        }

        var sb = new StringBuilder();
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"score {explanation.Value:0.###} = "));
        sb.AppendJoin(" + ", parts.OrderByDescending(p => p.Score).Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{p.Score:0.###} for '{p.Terms}' in the {p.Field}{p.Detail}")));
        var coord = FindCoord(explanation);
        if (coord is { } factor && factor < 1)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $", times {factor:0.##} because only part of the query matched"));
        }

        return sb.ToString();
    }

    private static void Collect(Explanation node, List<(string, string, float, string)> parts)
    {
        var match = WeightPattern().Match(node.Description);
        if (match.Success)
        {
            var field = match.Groups[1].Value;
            var terms = BoostPattern().Replace(match.Groups[2].Value, "").Trim('"');
            var frequency = FrequencyPattern().Match(ToText(node));
            var count = frequency.Success ? FormatFrequency(frequency.Groups[1].Value) : "";
            var detail = count.Length == 0 ? "" : count == "1" ? ", once" : $", {count} times";
            parts.Add((FieldNames.GetValueOrDefault(field, field), terms, node.Value, detail));
            return;
        }

        foreach (var child in node.GetDetails() ?? [])
        {
            Collect(child, parts);
        }
    }

    private static float? FindCoord(Explanation node)
    {
        if (node.Description.StartsWith("coord(", StringComparison.Ordinal))
        {
            return node.Value;
        }

        foreach (var child in node.GetDetails() ?? [])
        {
            if (FindCoord(child) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string ToText(Explanation node)
    {
        var sb = new StringBuilder(node.Description);
        foreach (var child in node.GetDetails() ?? [])
        {
            sb.Append(' ').Append(ToText(child));
        }

        return sb.ToString();
    }

    private static string FormatFrequency(string value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f.ToString("0.#", CultureInfo.InvariantCulture) : value;

    [GeneratedRegex(@"^weight\((\w+):(.+?) in \d+\)")]
    private static partial Regex WeightPattern();

    [GeneratedRegex(@"\^[\d.]+$")]
    private static partial Regex BoostPattern();

    [GeneratedRegex(@"(?:termFreq|phraseFreq)=([\d.]+)")]
    private static partial Regex FrequencyPattern();
}
