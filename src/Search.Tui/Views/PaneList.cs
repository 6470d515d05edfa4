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
}
