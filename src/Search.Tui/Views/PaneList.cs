using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

/// <summary>A list whose owner sees keys and mouse events before the list's own handling (and its type-to-find).</summary>
internal sealed class PaneList : ListView
{
    public Func<Key, bool>? KeyHandler { get; set; }

    public Func<Mouse, bool>? MouseHandler { get; set; }

    protected override bool OnKeyDown(Key key) => KeyHandler?.Invoke(key) == true || base.OnKeyDown(key);

    protected override bool OnMouseEvent(Mouse mouse) => MouseHandler?.Invoke(mouse) == true || base.OnMouseEvent(mouse);

    /// <summary>After a resize the list is not left scrolled past its rows, and the selected row stays visible.</summary>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        KeepInView();
    }

    /// <summary>Scrolls so that no empty rows follow the last one and the selected row is visible.</summary>
    public void KeepInView()
    {
        var count = Source?.Count ?? 0;
        var rows = Math.Max(1, Viewport.Height);
        var top = Math.Clamp(Viewport.Y, 0, Math.Max(0, count - rows));
        if (SelectedItem is { } selected && selected < count && (selected < top || selected >= top + rows))
        {
            top = Math.Clamp(selected - rows + 1, 0, Math.Max(0, count - rows));
        }

        if (top != Viewport.Y)
        {
            Viewport = Viewport with { Y = top };
        }
    }
}
