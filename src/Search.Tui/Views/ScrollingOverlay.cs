using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>
/// A framed overlay of rows (a bold label and its text) that wraps long texts and scrolls with ↑ ↓ Bild↑ Bild↓ Pos1
/// Ende; its title says which rows are shown when they do not all fit. The help (F1) and the rejected files (F2).
/// </summary>
internal abstract class ScrollingOverlay : View
{
    private int _top;
    private List<(string Label, string Text, int TextColumn)>? _rows;
    private int _rowsWidth;

    protected ScrollingOverlay()
    {
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Double;
        CanFocus = false;
        Visible = false;
    }

    /// <summary>The title when every row fits (the row counter is added otherwise).</summary>
    protected abstract string BaseTitle { get; }

    /// <summary>The rows at an inner width: a bold label, its text, and the column the text starts at.</summary>
    protected abstract List<(string Label, string Text, int TextColumn)> Rows(int width);

    /// <summary>The rows needed at an inner width (for the overlay's height).</summary>
    public int RowsFor(int width) => RowsAt(width).Count;

    /// <summary>The rows at a width, wrapped once per width (layout, title and drawing all ask for them).</summary>
    private List<(string Label, string Text, int TextColumn)> RowsAt(int width)
    {
        if (_rows is null || _rowsWidth != width)
        {
            (_rows, _rowsWidth) = (Rows(width), width);
        }

        return _rows;
    }

    /// <summary>Handles a key while the overlay is shown: the scrolling keys; true when it was one of them.</summary>
    public bool Scroll(Key key)
    {
        var page = Math.Max(1, Viewport.Height - 1);
        int? by = key.KeyCode switch
        {
            KeyCode.CursorUp => -1,
            KeyCode.CursorDown => 1,
            KeyCode.PageUp => -page,
            KeyCode.PageDown => page,
            KeyCode.Home => int.MinValue / 2,
            KeyCode.End => int.MaxValue / 2,
            _ => null,
        };
        if (by is null)
        {
            return false;
        }

        _top += by.Value;
        UpdateTitle();
        SetNeedsDraw();
        return true;
    }

    protected override void OnVisibleChanged()
    {
        base.OnVisibleChanged();
        _top = 0;
        UpdateTitle();
    }

    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        UpdateTitle();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var normal = Theme.Row(this, false);
        var rows = RowsAt(width);
        for (var row = 0; row < Viewport.Height; row++)
        {
            Move(0, row);
            var index = _top + row;
            if (index >= rows.Count)
            {
                CellText.Pad(this, width, normal);
                continue;
            }

            var (label, text, column) = rows[index];
            var written = CellText.Write(this, label, column > 0 ? column : width, Theme.Bold(normal));
            if (column > written)
            {
                CellText.Pad(this, column - written, normal);
                written = column;
            }

            written += CellText.Write(this, text, width - written, normal);
            CellText.Pad(this, width - written, normal);
        }

        return true;
    }

    /// <summary>Keeps the first row shown within the rows and says in the title which rows are shown.</summary>
    private void UpdateTitle()
    {
        if (!IsInitialized)
        {
            return; // still being built: the rows of a derived overlay are not there yet
        }

        var count = RowsAt(Viewport.Width).Count;
        var height = Math.Max(1, Viewport.Height);
        _top = Math.Clamp(_top, 0, Math.Max(0, count - height));
        var title = count > height
            ? $"{BaseTitle} – ↑↓ blättern ({_top + 1}–{Math.Min(count, _top + height)} von {count})"
            : BaseTitle;
        if (Title != title)
        {
            Title = title;
        }
    }

    /// <summary>Wraps <paramref name="text"/> into lines of at most <paramref name="width"/> columns (at least 10).</summary>
    protected static List<string> Wrap(string text, int width) =>
        [.. TextWrapper.Wrap(text, [], Math.Max(10, width), PreviewLineKind.Body, numberMatches: false).Select(l => l.Text)];
}
