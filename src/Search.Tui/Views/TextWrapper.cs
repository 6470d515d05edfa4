using Search.Core.Searching;

namespace Search.Tui.Views;

/// <summary>Word-wraps text into lines of a width, carrying highlight ranges along.</summary>
internal static class TextWrapper
{
    /// <summary>Wraps <paramref name="text"/> (paragraphs separated by line breaks) into lines of at most <paramref name="width"/> characters.</summary>
    public static List<PreviewLine> Wrap(string text, IReadOnlyList<HighlightRange> highlights, int width, PreviewLineKind kind, bool numberMatches)
    {
        var lines = new List<PreviewLine>();
        width = Math.Max(10, width);
        var paragraphStart = 0;
        while (paragraphStart <= text.Length)
        {
            var end = text.IndexOf('\n', paragraphStart);
            if (end < 0)
            {
                end = text.Length;
            }

            var paragraphEnd = end > paragraphStart && text[end - 1] == '\r' ? end - 1 : end;
            WrapParagraph(text, paragraphStart, paragraphEnd, highlights, width, kind, numberMatches, lines);
            paragraphStart = end + 1;
        }

        return lines;
    }

    private static void WrapParagraph(string text, int start, int end, IReadOnlyList<HighlightRange> highlights, int width, PreviewLineKind kind, bool numberMatches, List<PreviewLine> lines)
    {
        if (start >= end)
        {
            lines.Add(new PreviewLine("", [], [], kind));
            return;
        }

        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = Math.Min(end, lineStart + width);
            if (lineEnd < end)
            {
                var space = text.LastIndexOf(' ', lineEnd, lineEnd - lineStart);
                if (space > lineStart)
                {
                    lineEnd = space;
                }
            }

            var ranges = new List<HighlightRange>();
            var ids = new List<int>();
            for (var i = 0; i < highlights.Count; i++)
            {
                var h = highlights[i];
                var from = Math.Max(h.Start, lineStart);
                var to = Math.Min(h.Start + h.Length, lineEnd);
                if (from < to)
                {
                    ranges.Add(new HighlightRange(from - lineStart, to - from));
                    ids.Add(numberMatches ? i : -1);
                }
            }

            lines.Add(new PreviewLine(text[lineStart..lineEnd], ranges, ids, kind));
            lineStart = lineEnd;
            while (lineStart < end && text[lineStart] == ' ')
            {
                lineStart++;
            }
        }
    }
}
