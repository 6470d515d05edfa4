using Search.Core.Indexing;
using Search.Tui.ViewModels;

namespace Search.Tui.Views;

/// <summary>The F2 overlay: the files the index build before the UI refused, with the reason in German.</summary>
internal sealed class RejectedView : ScrollingOverlay
{
    private readonly IReadOnlyList<RejectedFile> _rejected;

    public RejectedView(IReadOnlyList<RejectedFile> rejected)
    {
        _rejected = rejected;
        Title = BaseTitle;
    }

    /// <summary>"1 Datei abgelehnt", "3 Dateien abgelehnt".</summary>
    public static string RejectedText(int count) => count == 1 ? "1 Datei abgelehnt" : $"{count} Dateien abgelehnt";

    protected override string BaseTitle => _rejected.Count == 0 ? "Keine abgelehnten Dateien – Esc oder F2 schließt" : $"{RejectedText(_rejected.Count)} – Esc oder F2 schließt";

    /// <summary>Each file's path and its reason after it; a reason that does not fit goes on below, indented.</summary>
    protected override List<(string Label, string Text, int TextColumn)> Rows(int width)
    {
        var rows = new List<(string, string, int)>();
        if (_rejected.Count == 0)
        {
            // F2 always answers: this list holds what the update at the start refused, and it refused nothing.
            rows.AddRange(Wrap("Beim Start wurde keine Datei abgelehnt. (Abgelehnte Dateien eines „search index“ in einem anderen Fenster nennt dieser selbst.)", width - 2).Select(line => ("", line, 1)));
            return rows;
        }

        foreach (var file in _rejected)
        {
            var label = " " + file.Path + ":";
            var reason = GermanMessages.ForRejected(file);
            var column = CellText.Columns(label) + 1;
            if (column + CellText.Columns(reason) <= width)
            {
                rows.Add((label, reason, column));
                continue;
            }

            rows.Add((label, "", 0));
            rows.AddRange(Wrap(reason, width - 3).Select(line => ("", line, 3)));
        }

        return rows;
    }
}
