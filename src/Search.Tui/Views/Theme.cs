using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Search.Tui.Views;

/// <summary>
/// Attributes derived from a view's scheme, so they work on dark and light terminals: matches are black on yellow and
/// bold (visible without colour too), secondary text is dimmed, errors are bold red on the normal background.
/// </summary>
internal static class Theme
{
    public static Attribute Row(View view, bool selected) =>
        view.GetAttributeForRole(selected ? (view.HasFocus ? VisualRole.Focus : VisualRole.Active) : VisualRole.Normal);

    public static Attribute Match(Attribute row) =>
        new(new Color(StandardColor.Black), new Color(StandardColor.Yellow), TextStyle.Bold);

    public static Attribute Current(Attribute row) =>
        new(new Color(StandardColor.Black), new Color(StandardColor.Cyan), TextStyle.Bold | TextStyle.Underline);

    public static Attribute Dim(Attribute row) => new(row.Foreground, row.Background, TextStyle.Faint);

    public static Attribute Bold(Attribute row) => new(row.Foreground, row.Background, TextStyle.Bold);

    public static Attribute Error(Attribute row) => new(new Color(StandardColor.Red), row.Background, TextStyle.Bold);
}
