using System.Globalization;
using Search.Core.Searching;
using Search.Tui.ViewModels;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

/// <summary>
/// The result list's rows: three per hit (number, title and date; actors and locations; the snippet with its matches
/// marked). The whole selected hit is drawn selected. Hits not fetched yet show a placeholder.
/// </summary>
internal sealed class ResultsSource(SearchViewModel model) : ListSourceBase
{
    public const int RowsPerHit = 3;

    /// <summary>Whether a hit (by id) is marked for printing; marked hits show ✓.</summary>
    public Func<string, bool> IsChosen { get; init; } = _ => false;

    public override int Count => model.TotalHits == 0 ? (model.Results is null ? 0 : 2) : model.TotalHits * RowsPerHit;

    public override void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX)
    {
        listView.Move(col, row);
        if (model.TotalHits == 0)
        {
            RenderEmpty(listView, item, width);
            return;
        }

        var index = item / RowsPerHit;
        var line = item % RowsPerHit;
        var isSelected = index == model.SelectedIndex;
        var normal = Theme.Row(listView, isSelected);
        var hit = model.PeekHit(index);
        const int indent = 5;
        if (hit is null)
        {
            var text = line == 0 ? $"{index + 1,4} …" : "";
            var w = CellText.Write(listView, text, width, Theme.Dim(normal));
            CellText.Pad(listView, width - w, normal);
            return;
        }

        var written = 0;
        switch (line)
        {
            case 0:
                var number = $"{(isSelected ? '▸' : ' ')}{index + 1,3}{(IsChosen(hit.Id) ? '✓' : ' ')}"; // not by colour alone
                var date = " " + hit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                written += CellText.Write(listView, number, width, Theme.Dim(normal));
                var titleWidth = Math.Max(0, width - written - date.Length);
                var bold = Theme.Bold(normal);
                var title = hit.Title.Length > 0 ? hit.Title : hit.Id;
                var titleMarks = hit.Title.Length > 0 ? hit.TitleHighlights : [];
                var t = CellText.Write(listView, title, titleWidth, bold, titleMarks, Theme.Match(bold));
                CellText.Pad(listView, titleWidth - t, normal);
                written += titleWidth;
                if (width - written >= date.Length)
                {
                    written += CellText.Write(listView, date, width - written, Theme.Dim(normal));
                }

                break;
            case 1:
                CellText.Pad(listView, Math.Min(indent, width), normal);
                written = Math.Min(indent, width);
                written += CellText.Write(listView, Entities(hit), width - written, Theme.Dim(normal));
                break;
            default:
                CellText.Pad(listView, Math.Min(indent, width), normal);
                written = Math.Min(indent, width);
                if (hit.Snippets.Count > 0)
                {
                    var snippet = hit.Snippets[0];
                    var (text, highlights) = CellText.Window(snippet.Text, snippet.Highlights, width - written);
                    written += CellText.Write(listView, text, width - written, normal, highlights, Theme.Match(normal));
                }

                break;
        }

        CellText.Pad(listView, width - written, normal);
    }

    /// <summary>"Selenski · Witkoff — Miami · Florida", at most a few of each; the id when there are none.</summary>
    public static string Entities(SearchHit hit)
    {
        var actors = string.Join(" · ", hit.Actors.Take(3));
        var locations = string.Join(" · ", hit.Locations.Take(3));
        if (actors.Length == 0 && locations.Length == 0)
        {
            return hit.Id;
        }

        return actors.Length == 0 ? locations : locations.Length == 0 ? actors : $"{actors} — {locations}";
    }

    private void RenderEmpty(ListView listView, int item, int width)
    {
        var normal = Theme.Row(listView, false);
        var results = model.Results;
        var what = model.ShownQuery.Trim().Length > 0 ? $"Keine Treffer für „{model.ShownQuery}“"
            : model.ActiveFilters.Count > 0 ? "Keine Treffer mit diesen Filtern"
            : "Der Index enthält keine Dokumente";
        var text = item == 0
            ? $"  {what}{(model.ActiveFilters.Count > 0 && model.ShownQuery.Trim().Length > 0 ? " mit diesen Filtern" : "")}."
            : results?.Suggestion is { } suggestion ? $"  Meinten Sie: {suggestion}?" : "";
        var w = CellText.Write(listView, text, width, item == 0 ? Theme.Bold(normal) : normal);
        CellText.Pad(listView, width - w, normal);
    }
}
