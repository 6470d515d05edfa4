using Search.Tui.ViewModels;
using Terminal.Gui.Input;

namespace Search.Tui.Views;

/// <summary>
/// Keys that act on the query (/, Ctrl-U, the history on ↑/↓, accepting the did-you-mean) and on the selected
/// article (open in $PAGER/$EDITOR, similar articles, mark for printing), and quitting.
/// </summary>
public sealed partial class SearchWindow
{
    private int _historyIndex = -1;
    private string _beforeHistory = "";

    /// <summary>Why the window closed (after <c>Run</c> returned).</summary>
    public Exit ExitReason { get; private set; } = new(false, null);

    private static bool IsSlash(Key key) => !key.IsCtrl && !key.IsAlt && key.AsRune.Value == '/';

    /// <summary>Window-wide keys handled before the focused pane; true when handled.</summary>
    private bool CommandKey(Key key)
    {
        if (key == Key.U.WithCtrl)
        {
            ClearQuery();
            return true;
        }

        if (IsSlash(key) && !QueryField.HasFocus)
        {
            if (_previewOpen && !Wide)
            {
                ClosePreview(); // the article covers the screen: the field must be seen to be typed into
            }

            QueryField.SetFocus(); // as in less and fzf
            return true;
        }

        if (IsSlash(key) && QueryField.Text.Length > 0 && QueryField.SelectedLength == QueryField.Text.Length)
        {
            // The field just got the focus and selected its text: "/" means "to the query field" (as everywhere else),
            // not "replace the query by a slash". The cursor goes to the end of the query.
            QueryField.ClearAllSelection();
            QueryField.InsertionPoint = QueryField.Text.Length;
            return true;
        }

        if (!QueryField.HasFocus)
        {
            return false;
        }

        if (key == Key.CursorUp)
        {
            WalkHistory(-1);
            return true;
        }

        if (key == Key.CursorDown)
        {
            if (_historyIndex >= 0)
            {
                WalkHistory(+1);
            }
            else
            {
                _model.RememberQuery();
                ResultsList.SetFocus();
            }

            return true;
        }

        if (key == Key.Enter)
        {
            _model.RememberQuery(); // the field's Accepting searches
        }

        return false;
    }

    private void ClearQuery()
    {
        _historyIndex = -1;
        QueryField.Text = "";
        QueryField.SetFocus();
        _model.SetQuery("");
    }

    /// <summary>↑ goes to older queries of this index, ↓ back to newer ones and finally to what was typed.</summary>
    private void WalkHistory(int step)
    {
        var entries = _model.History?.Entries ?? [];
        if (entries.Count == 0)
        {
            return;
        }

        if (_historyIndex < 0)
        {
            if (step > 0)
            {
                return;
            }

            _beforeHistory = QueryField.Text;
            _historyIndex = entries.Count;
        }

        _historyIndex = Math.Clamp(_historyIndex + step, 0, entries.Count);
        var text = _historyIndex == entries.Count ? _beforeHistory : entries[_historyIndex];
        if (_historyIndex == entries.Count)
        {
            _historyIndex = -1;
        }

        QueryField.Text = text;
        QueryField.InsertionPoint = text.Length;
    }

    /// <summary>Takes the did-you-mean suggestion as the query and searches; false when there is none.</summary>
    private bool AcceptSuggestion()
    {
        if (_model.Results?.Suggestion is not { } suggestion || _model.Error is not null || _model.Query != _model.ShownQuery)
        {
            return false;
        }

        QueryField.Text = suggestion;
        QueryField.InsertionPoint = suggestion.Length;
        _model.SearchNow();
        QueryField.SetFocus();
        return true;
    }

    /// <summary>Keys on the selected article: o ($PAGER), e ($EDITOR), a (similar articles), m (mark for --print).</summary>
    private bool ArticleKey(Key key)
    {
        if (_model.SelectedHit is not { } hit || key.IsCtrl || key.IsAlt)
        {
            return false;
        }

        switch (key.AsRune.Value)
        {
            case 'o':
            case 'e':
                _model.RememberQuery();
                _state.BackFromArticle = true;
                ExitReason = new Exit(false, (hit.Path, key.AsRune.Value == 'e'));
                _app.RequestStop();
                return true;
            case 'a':
                var document = _model.SelectedDocument;
                var text = document is null
                    ? string.Join("\n", [hit.Title, .. hit.Snippets.Select(s => s.Text)])
                    : $"{document.Title}\n{document.Body}";
                var title = hit.Title.Length > 0 ? hit.Title : hit.Id;
                SearchLike(text, title);
                ResultsList.SetFocus();
                return true;
            case 'm':
                _state.ToggleMark(hit.Id, hit.Path);
                ResultsList.SetNeedsDraw();
                Status.SetNeedsDraw();
                return true;
            default:
                return false;
        }
    }

    private void Quit(bool cancelled)
    {
        _model.RememberQuery();
        ExitReason = new Exit(cancelled, null);
        _app.RequestStop();
    }
}
