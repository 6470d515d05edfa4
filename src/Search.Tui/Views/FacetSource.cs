using System.Globalization;
using Search.Tui.ViewModels;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

/// <summary>
/// A facet panel's rows: <c>[x] Wolodimir Selenski   3</c>; date rows drill down (<c>▸ 2025</c>) or go up
/// (<c>◂ Alle Jahre</c>); days are selected with <c>[x]</c>. Counts over the whole index (panel filter) are shown in
/// parentheses.
/// </summary>
internal sealed class FacetSource(FacetKind kind) : ListSourceBase
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public IReadOnlyList<FacetItem> Items { get; private set; } = [];

    public override int Count => Math.Max(1, Items.Count);

    /// <summary>What an empty panel says.</summary>
    public string EmptyText { get; set; } = "(keine Werte)";

    public void SetItems(IReadOnlyList<FacetItem> items)
    {
        Items = items;
        NotifyReset();
    }

    public override void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX)
    {
        listView.Move(col, row);
        var normal = Theme.Row(listView, selected);
        if (item < 0 || item >= Items.Count)
        {
            var written0 = CellText.Write(listView, item == 0 ? EmptyText : "", width, Theme.Dim(Theme.Row(listView, false)));
            CellText.Pad(listView, width - written0, Theme.Row(listView, false));
            return;
        }

        var value = Items[item];
        var prefix = Prefix(value);
        var count = value.IsUp || value.Excluded ? ""
            : value.IsIndexCount ? $"({value.Count.ToString("N0", German)})"
            : value.Background >= 0 ? $"{value.Count.ToString("N0", German)}/{value.Background.ToString("N0", German)}"
            : value.Count.ToString("N0", German);
        var written = CellText.Write(listView, prefix, width, value.Selected ? Theme.Bold(normal) : normal);
        var labelWidth = Math.Max(0, width - written - count.Length - 1);
        var label = CellText.Write(listView, value.Label, labelWidth, value.Selected ? Theme.Bold(normal) : normal);
        CellText.Pad(listView, labelWidth - label + 1, normal);
        written += labelWidth + 1;
        if (width - written >= count.Length)
        {
            written += CellText.Write(listView, count, width - written, value.Count == 0 ? Theme.Dim(normal) : normal);
        }

        CellText.Pad(listView, width - written, normal);
    }

    private string Prefix(FacetItem value)
    {
        if (value.IsUp)
        {
            return "";
        }

        if (value.Excluded)
        {
            return "[−] "; // left out (a NOT filter)
        }

        if (kind == FacetKind.Date && GermanDates.Level(value.Value) < 2)
        {
            return "▸ ";
        }

        return value.Selected ? "[x] " : "[ ] ";
    }
}
