using Search.Core.Indexing;
using Search.Tui.ViewModels;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>The F2 overlay: the files the index build before the UI refused, with the reason in German.</summary>
internal sealed class RejectedView : View
{
    private readonly IReadOnlyList<RejectedFile> _rejected;

    public RejectedView(IReadOnlyList<RejectedFile> rejected)
    {
        _rejected = rejected;
        Title = $"{RejectedText(rejected.Count)} – Esc oder F2 schließt";
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Double;
        CanFocus = false;
        Visible = false;
    }

    /// <summary>"1 Datei abgelehnt", "3 Dateien abgelehnt".</summary>
    public static string RejectedText(int count) => count == 1 ? "1 Datei abgelehnt" : $"{count} Dateien abgelehnt";

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var height = Viewport.Height;
        var normal = Theme.Row(this, false);
        var shown = _rejected.Count > height ? height - 1 : _rejected.Count;
        for (var row = 0; row < height; row++)
        {
            Move(0, row);
            var written = 0;
            if (row < shown)
            {
                var file = _rejected[row];
                written += CellText.Write(this, " " + file.Path, width, Theme.Bold(normal));
                written += CellText.Write(this, ": " + GermanMessages.ForRejected(file), width - written, normal);
            }
            else if (row == shown && shown < _rejected.Count)
            {
                written += CellText.Write(this, $" … und {_rejected.Count - shown} weitere ('search index' listet alle)", width, Theme.Dim(normal));
            }

            CellText.Pad(this, width - written, normal);
        }

        return true;
    }
}
