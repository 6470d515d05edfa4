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

    /// <summary>The status text (also for tests).</summary>
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

        parts.Add(_model.Sort == SearchSort.Relevance ? "Relevanz" : "Datum");
        if (_model.IsSearching)
        {
            parts.Add("sucht …");
        }

        var status = " " + string.Join(" · ", parts);
        var keys = width >= 110
            ? "  │ Tab Bereich · Leertaste wählen · s Sortierung · F1 Hilfe · Strg-Q Ende"
            : "  │ F1 Hilfe · Strg-Q Ende";
        return status + keys;
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
