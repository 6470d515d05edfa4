using Search.Tui.ViewModels;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>
/// The line under the query field: a syntax error with a caret under its position (the previous results stay),
/// or the library's notice, or a did-you-mean suggestion.
/// </summary>
internal sealed class MessageLine : View
{
    private readonly SearchViewModel _model;

    public MessageLine(SearchViewModel model)
    {
        _model = model;
        Height = 1;
        CanFocus = false;
    }

    /// <summary>A message shown until the next key (a program that could not show an article), or null.</summary>
    public string? Once { get; set; }

    /// <summary>Column of the query field's first character, for the caret.</summary>
    public int QueryColumn { get; set; }

    /// <summary>How far the query field has scrolled horizontally.</summary>
    public Func<int>? QueryScroll { get; set; }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var normal = Theme.Row(this, false);
        Move(0, 0);
        var written = 0;
        if (Once is { } once)
        {
            written += CellText.Write(this, " " + once, width, Theme.Error(normal));
        }
        else if (_model.Error is { } error)
        {
            // The caret under the problem, the message after it, or before it when it does not fit after; on a narrow
            // screen the message without its advice (the part after " – "); never cut, and the caret kept if it can be.
            var caret = _model.ErrorPosition >= 0 ? QueryColumn + _model.ErrorPosition - (QueryScroll?.Invoke() ?? 0) : -1;
            var dash = error.IndexOf(" – ", StringComparison.Ordinal);
            string[] texts = dash > 0 ? [error, error[..dash] + "."] : [error];
            var placed = false;
            foreach (var text in texts)
            {
                var columns = CellText.Columns(text);
                if (caret >= 0 && caret < width && caret + 2 + columns <= width)
                {
                    written += CellText.Write(this, new string(' ', caret) + "^ ", width, normal);
                    written += CellText.Write(this, text, width - written, Theme.Error(normal));
                    placed = true;
                }
                else if (caret >= 0 && caret < width && columns + 2 <= caret)
                {
                    written += CellText.Write(this, new string(' ', caret - columns - 1), width, normal);
                    written += CellText.Write(this, text, width - written, Theme.Error(normal));
                    written += CellText.Write(this, " ^", width - written, normal);
                    placed = true;
                }

                if (placed)
                {
                    break;
                }
            }

            if (!placed)
            {
                written += CellText.Write(this, " " + error, width, Theme.Error(normal));
            }
        }
        else if (_model.Results is { } results)
        {
            var text = _model.LostArticle is { } lost ? $" Der gewählte Artikel „{lost}“ ist nach einer Änderung des Index nicht mehr unter den Treffern."
                : GermanMessages.ForNotice(results) is { } notice ? " " + notice
                : results.Suggestion is { } suggestion ? $" Meinten Sie: {suggestion}?"
                : "";
            written += CellText.Write(this, text, width, Theme.Dim(normal));
        }

        CellText.Pad(this, width - written, normal);
        return true;
    }
}
