namespace Search.Tui.Views;

/// <summary>How a preview line is drawn.</summary>
internal enum PreviewLineKind
{
    Body,
    Title,
    Meta,
    Info,
}
