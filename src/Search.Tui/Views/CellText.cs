using System.Text;
using Search.Core.Searching;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Search.Tui.Views;

/// <summary>Writes text into a view cell by cell, with highlighted ranges, cutting with an ellipsis.</summary>
internal static class CellText
{
    /// <summary>Columns <paramref name="text"/> takes.</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Math.Max(0, rune.GetColumns());
        }

        return columns;
    }

    /// <summary>
    /// Writes <paramref name="text"/> at the current position in at most <paramref name="width"/> columns; a cut
    /// text ends in "…". Returns the columns written.
    /// </summary>
    public static int Write(View view, string text, int width, Attribute normal, IReadOnlyList<HighlightRange>? highlights = null, Attribute? highlight = null, int currentHighlight = -1, Attribute? current = null)
    {
        if (width <= 0)
        {
            return 0;
        }

        var fits = Columns(text) <= width;
        var limit = fits ? width : width - 1;
        var written = 0;
        var rangeIndex = 0;
        var index = 0;
        var run = new StringBuilder();
        Attribute? runAttribute = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var columns = Math.Max(0, rune.GetColumns());
            if (written + columns > limit)
            {
                break;
            }

            var attribute = normal;
            if (highlights is not null)
            {
                while (rangeIndex < highlights.Count && highlights[rangeIndex].Start + highlights[rangeIndex].Length <= index)
                {
                    rangeIndex++;
                }

                if (rangeIndex < highlights.Count && highlights[rangeIndex].Start <= index)
                {
                    attribute = rangeIndex == currentHighlight && current is not null ? current.Value : highlight ?? normal;
                }
            }

            if (runAttribute != attribute)
            {
                Flush(view, run, runAttribute);
                runAttribute = attribute;
            }

            if (rune.Value is '\t' or '\n' or '\r')
            {
                run.Append(' ');
            }
            else
            {
                run.Append(rune.ToString());
            }

            written += columns;
            index += rune.Utf16SequenceLength;
        }

        Flush(view, run, runAttribute);
        if (!fits)
        {
            view.SetAttribute(normal);
            view.AddStr("…");
            written++;
        }

        return written;
    }

    private static void Flush(View view, StringBuilder run, Attribute? attribute)
    {
        if (run.Length == 0 || attribute is null)
        {
            return;
        }

        view.SetAttribute(attribute.Value);
        view.AddStr(run.ToString());
        run.Clear();
    }

    /// <summary>Fills <paramref name="count"/> columns with spaces.</summary>
    public static void Pad(View view, int count, Attribute attribute)
    {
        if (count <= 0)
        {
            return;
        }

        view.SetAttribute(attribute);
        view.AddStr(new string(' ', count));
    }

    /// <summary>
    /// The part of a snippet to show in <paramref name="width"/> columns so that its first match is visible: when
    /// the match lies far right, the text is cut at a word before it and starts with "…". Ranges are shifted to match.
    /// </summary>
    public static (string Text, IReadOnlyList<HighlightRange> Highlights) Window(string text, IReadOnlyList<HighlightRange> highlights, int width)
    {
        if (highlights.Count == 0 || text.Length <= width || highlights[0].Start < width * 2 / 3)
        {
            return (text, highlights);
        }

        var start = Math.Max(0, highlights[0].Start - width / 3);
        var space = text.LastIndexOf(' ', start);
        start = space > 0 && highlights[0].Start - space < width / 2 ? space + 1 : start;
        var shifted = highlights
            .Where(h => h.Start >= start)
            .Select(h => new HighlightRange(h.Start - start + 1, h.Length))
            .ToList();
        return ("…" + text[start..], shifted);
    }
}
