using Search.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

public sealed partial class SearchWindow
{
    private bool ResultsKey(Key key)
    {
        var current = _model.SelectedIndex;
        var page = Math.Max(1, ResultsList.Viewport.Height / ResultsSource.RowsPerHit);
        if (key == Key.CursorDown)
        {
            SelectHit(current + 1);
        }
        else if (key == Key.CursorUp)
        {
            if (current <= 0)
            {
                QueryField.SetFocus();
            }
            else
            {
                SelectHit(current - 1);
            }
        }
        else if (key == Key.PageDown)
        {
            SelectHit(current + page);
        }
        else if (key == Key.PageUp)
        {
            SelectHit(current - page);
        }
        else if (key == Key.Home)
        {
            SelectHit(0);
        }
        else if (key == Key.End)
        {
            SelectHit(_model.TotalHits - 1);
        }
        else if (key == Key.Enter)
        {
            if (_model.TotalHits == 0)
            {
                AcceptSuggestion(); // Enter on "Meinten Sie: …?"
            }
            else
            {
                _model.RememberQuery();
                OpenPreview();
            }
        }
        else
        {
            return PaneKey(key);
        }

        return true;
    }

    private bool FacetKey(PaneList list, FacetSource source, FacetKind kind, Key key)
    {
        _cursorWanted.Remove(list); // a key of the user's own decides where the cursor goes from here
        if (key == Key.CursorDown && (list.SelectedItem ?? -1) >= source.Items.Count - 1)
        {
            return true; // the last row: the list ends here (Tab or F6 goes to the next pane)
        }

        if (key == Key.Space && kind != FacetKind.Date && _model.PanelFilter(kind).Length > 0)
        {
            _model.SetPanelFilter(kind, _model.PanelFilter(kind) + " "); // a panel search of two words ("horst k"); Enter selects
            return true;
        }

        if (key == Key.Space || key == Key.Enter)
        {
            Activate(list, source, kind);
            return true;
        }

        // Leave the value out ("−Merkel"): Entf, or "-" when no panel search is typed.
        if (key == Key.Delete || (key.AsRune.Value == '-' && !key.IsCtrl && !key.IsAlt && (kind == FacetKind.Date || _model.PanelFilter(kind).Length == 0)))
        {
            if (list.SelectedItem is { } index && index >= 0 && index < source.Items.Count && !source.Items[index].IsUp)
            {
                _cursorWanted[list] = source.Items[index].Value; // Entf again takes back the same value
                _model.ToggleExclusion(kind, source.Items[index].Value);
            }

            return true;
        }

        if (kind == FacetKind.Date)
        {
            if (key == Key.Backspace)
            {
                DateUp();
                return true;
            }

            return PaneKey(key);
        }

        var filter = _model.PanelFilter(kind);
        if (key == Key.Backspace)
        {
            if (filter.Length > 0)
            {
                _model.SetPanelFilter(kind, filter[..^1]);
            }

            return true;
        }

        if (!key.IsCtrl && !key.IsAlt && key.AsRune is { } rune && rune.Value >= ' ' && !System.Text.Rune.IsControl(rune))
        {
            _model.SetPanelFilter(kind, filter + rune.ToString());
            return true;
        }

        return false;
    }

    private void Activate(PaneList list, FacetSource source, FacetKind kind)
    {
        if (list.SelectedItem is not { } index || index < 0 || index >= source.Items.Count)
        {
            return;
        }

        var item = source.Items[index];
        if (item.IsUp)
        {
            DateUp();
        }
        else if (item.Excluded)
        {
            _cursorWanted[list] = item.Value; // the value goes back among the others: the cursor with it
            _model.ToggleExclusion(kind, item.Value); // taken back
        }
        else
        {
            if (kind == FacetKind.Date && item.Value == _model.DateFilter)
            {
                _cursorWanted[list] = item.Value; // a chosen day chosen again: unchosen, the cursor stays on it
            }

            _model.ToggleFacet(kind, item.Value);
        }
    }

    /// <summary>One level up in the date panel; the cursor comes back on the year or month it came from.</summary>
    private void DateUp()
    {
        if (_model.DateFilter is { } from)
        {
            _cursorWanted[DateList] = from;
        }

        _model.DateUp();
    }

    /// <summary>Keys that panes other than the query field share: sort, match navigation.</summary>
    private bool PaneKey(Key key)
    {
        if (key == Key.S || key == Key.S.WithShift)
        {
            _model.ToggleSort();
            return true;
        }

        if (key == Key.N && Preview.Visible)
        {
            _model.NextMatch();
            return true;
        }

        if (key == Key.N.WithShift && Preview.Visible)
        {
            _model.PreviousMatch();
            return true;
        }

        return ArticleKey(key);
    }

    private void OnAppKeyDown(object? sender, Key key)
    {
        if (_app.TopRunnableView != this)
        {
            return;
        }

        if (Message.Once is not null)
        {
            Message.Once = null; // read: the next key goes on as usual
            Message.SetNeedsDraw();
        }

        var overlay = Help.Visible || RejectedList.Visible;
        if (!overlay && !IsSlash(key) && GatherTyped(key))
        {
            key.Handled = true;
            return;
        }

        FlushTyping(); // what was typed before this key comes first

        if (!overlay && QueryField.HasFocus && _model.LikeText is not null && QueryField.Text == _model.Query
            && (key == Key.Backspace || key == Key.Delete))
        {
            // The field shows a label for the pasted text: editing it would search the label's words. It clears instead.
            key.Handled = true;
            QueryField.Text = "";
            return;
        }

        if (key == Key.Q.WithCtrl || key == Key.C.WithCtrl)
        {
            key.Handled = true;
            Quit(cancelled: key == Key.C.WithCtrl);
            return;
        }

        if (key == Key.F1 || key == Key.F2)
        {
            View show = key == Key.F1 ? Help : RejectedList;
            View other = key == Key.F1 ? RejectedList : Help;
            show.Visible = !show.Visible;
            other.Visible = false;
            SetNeedsDraw();
            key.Handled = true;
            return;
        }

        if (overlay)
        {
            if ((Help.Visible && Help.Scroll(key)) || (RejectedList.Visible && RejectedList.Scroll(key)))
            {
                key.Handled = true;
                return;
            }

            if (key == Key.Esc)
            {
                Help.Visible = false;
                RejectedList.Visible = false;
                SetNeedsDraw();
            }

            key.Handled = true;
            return;
        }

        if (CommandKey(key))
        {
            key.Handled = true;
            return;
        }

        if (key == Key.Esc)
        {
            key.Handled = true;
            StepBack();
            return;
        }

        if (key == Key.S.WithCtrl)
        {
            _model.ToggleSort();
            key.Handled = true;
            return;
        }

        if (key == Key.F3)
        {
            _model.ToggleSignificant();
            key.Handled = true;
            return;
        }

        if (key == Key.F8)
        {
            _model.ClearFilters();
            key.Handled = true;
            return;
        }

        if (key == Key.Tab && QueryField.HasFocus && AcceptSuggestion())
        {
            key.Handled = true;
        }
        else if (key == Key.Tab || key == Key.F6)
        {
            MoveFocus(+1);
            key.Handled = true;
        }
        else if (key == Key.Tab.WithShift || key == Key.F6.WithShift)
        {
            MoveFocus(-1);
            key.Handled = true;
        }
    }

    private void StepBack()
    {
        if (_previewOpen)
        {
            ClosePreview();
            return;
        }

        if (Preview.HasFocus)
        {
            ResultsList.SetFocus();
            return;
        }

        if (ActorList.HasFocus && _model.PanelFilter(FacetKind.Actor).Length > 0)
        {
            _model.SetPanelFilter(FacetKind.Actor, "");
            return;
        }

        if (LocationList.HasFocus && _model.PanelFilter(FacetKind.Location).Length > 0)
        {
            _model.SetPanelFilter(FacetKind.Location, "");
            return;
        }

        if (DateList.HasFocus && _model.DateFilter is not null)
        {
            DateUp();
            return;
        }

        if (!QueryField.HasFocus)
        {
            QueryField.SetFocus();
        }
    }

    private void MoveFocus(int step)
    {
        var panes = new List<View> { QueryField, ActorList, LocationList, DateList, ResultsList };
        if (_model.ActiveFilters.Count > 0 || Filters.HasFocus)
        {
            panes.Insert(1, Filters); // an empty filter bar has nothing to choose
        }

        if (Wide)
        {
            panes.Add(Preview);
        }

        if (_previewOpen)
        {
            return;
        }

        var current = panes.FindIndex(p => p.HasFocus);
        var next = current < 0 ? 0 : (current + step + panes.Count) % panes.Count;
        panes[next].SetFocus();
        SetNeedsDraw();
    }
}
