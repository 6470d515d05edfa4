using System.Globalization;
using Search.Core.Searching;
using Search.Tui.ViewModels;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>The bottom line: documents in the index, hits, time, sort order, and the most useful keys.</summary>
internal sealed class StatusBarLine : View
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private readonly SearchViewModel _model;

    public StatusBarLine(SearchViewModel model)
    {
        _model = model;
        Height = 1;
        CanFocus = false;
    }

    /// <summary>Files the index build before the UI refused (shown with the key that lists them).</summary>
    public int Rejected { get; init; }

    /// <summary>Articles marked for printing.</summary>
    public Func<int> Marked { get; init; } = () => 0;

    /// <summary>Key hints, longest first; the longest that fits is shown, never cut.</summary>
    private static readonly string[] KeyHints =
    [
        "Tab Bereich · Leertaste wählen · / Suche · s Sortierung · F1 Hilfe · Strg-Q Ende",
        "Tab Bereich · Leertaste wählen · F1 Hilfe · Strg-Q Ende",
        "F1 Hilfe · Strg-Q Ende",
        "Strg-Q Ende",
    ];

    /// <summary>The status text (also for tests): figures first, then the key hints that fit in <paramref name="width"/>.</summary>
    public string Render(int width)
    {
        var parts = new List<string>();
        if (_model.Statistics is { } statistics)
        {
            parts.Add(statistics.Documents == 1 ? "1 Dokument" : $"{statistics.Documents.ToString("N0", German)} Dokumente");
        }

        if (_model.Results is { } results)
        {
            parts.Add($"{results.TotalHits.ToString("N0", German)} Treffer");
            parts.Add($"{results.Took.TotalMilliseconds.ToString("0.0", German)} ms");
        }

        parts.Add(_model.ListOrder == SearchSort.Relevance ? "Relevanz" : "Datum");
        if (Rejected > 0)
        {
            parts.Add($"{RejectedView.RejectedText(Rejected)} (F2)");
        }

        if (Marked() is > 0 and var marked)
        {
            parts.Add($"{marked} markiert");
        }

        if (_model.IsSearching)
        {
            parts.Add("sucht …");
        }

        var status = " " + string.Join(" · ", parts);
        foreach (var hint in KeyHints)
        {
            var line = $"{status}  │ {hint}";
            if (CellText.Columns(line) <= width)
            {
                return line;
            }
        }

        return status;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var attribute = GetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Active);
        Move(0, 0);
        var written = CellText.Write(this, Render(width), width, attribute);
        CellText.Pad(this, width - written, attribute);
        return true;
    }
}
