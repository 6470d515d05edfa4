using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>Span-level precision, recall and F1 of predicted BIO tags against gold tags, per type.</summary>
internal sealed class SpanScore
{
    private readonly int[] _tp = new int[5];
    private readonly int[] _fp = new int[5];
    private readonly int[] _fn = new int[5];

    /// <summary>Counts the spans of one sentence.</summary>
    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var g = Spans(gold);
        var p = Spans(predicted);
        foreach (var span in p)
        {
            if (g.Contains(span))
            {
                _tp[span.Type]++;
            }
            else
            {
                _fp[span.Type]++;
            }
        }

        foreach (var span in g)
        {
            if (!p.Contains(span))
            {
                _fn[span.Type]++;
            }
        }
    }

    /// <summary>One line per type and the micro average.</summary>
    public string Report()
    {
        var names = new[] { "all", "PER", "ORG", "LOC" };
        var lines = new List<string>();
        for (var t = 1; t <= 3; t++)
        {
            lines.Add(Line(names[t], _tp[t], _fp[t], _fn[t]));
        }

        lines.Add(Line("micro", _tp[1..4].Sum(), _fp[1..4].Sum(), _fn[1..4].Sum()));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Line(string name, int tp, int fp, int fn)
    {
        var p = tp == 0 ? 0 : tp / (double)(tp + fp);
        var r = tp == 0 ? 0 : tp / (double)(tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return FormattableString.Invariant($"{name,-6} P {p:F3} R {r:F3} F1 {f:F3} (tp {tp}, fp {fp}, fn {fn})");
    }

    private static HashSet<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> tags)
    {
        var result = new HashSet<(int, int, int)>();
        var i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == EntityTag.O)
            {
                i++;
                continue;
            }

            var begin = EntityTag.Begin(tags[i]);
            var j = i + 1;
            while (j < tags.Length && tags[j] == begin + 1)
            {
                j++;
            }

            result.Add((i, j, (begin + 1) / 2));
            i = j;
        }

        return result;
    }
}
