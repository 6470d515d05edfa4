using Search.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

public sealed partial class SearchWindow
{
    private string PreviewTitle(bool wide)
    {
        var count = _model.SelectedMatches.Count;
        var matches = count == 0 ? "" : $" · Treffer {_model.CurrentMatch + 1}/{count} (n/N)";
        return wide ? $"Vorschau{matches}" : $"Artikel{matches} · Esc schließt";
    }

    private string SortText(int width) => SortText(width, _model.ListOrder == Search.Core.Searching.SearchSort.Relevance);

    /// <summary>The sort label when the list is ranked by relevance (its widest form).</summary>
    private static string RankedSortText(int width) => SortText(width, ranked: true);

    private static string SortText(int width, bool ranked)
    {
        var sort = ranked ? "[Relevanz]" : "[Datum]";
        return width >= 70 ? $"{sort}  F1 Hilfe " : $"{sort} ";
    }

    private void OnModelChanged(ViewModelChanges changes) => Refresh(changes);

    private void Refresh(ViewModelChanges changes)
    {
        if (Filters.HasFocus && _model.ActiveFilters.Count == 0)
        {
            // The last filter went (Del, a click, F8): the empty bar has nothing to choose and showed no cursor, and the
            // next keys went to the results' commands unseen ('m' marked, 'e' opened the editor). The results take over.
            ResultsList.SetFocus();
        }

        if (changes.HasFlag(ViewModelChanges.Results))
        {
            _syncingSelection = true;
            try
            {
                // The list clamps its old row to the new, shorter list while it resets: that is no choice of the user's
                // (before, it selected the new list's last hit, and the preview showed it).
                _resultsSource.NotifyReset();
                var hit = _model.TotalHits > 0 ? Math.Max(0, _model.SelectedIndex) : -1;
                ResultsList.SelectedItem = hit >= 0 ? hit * ResultsSource.RowsPerHit : null;

                // A new search starts at the top; a live refresh that kept the selected article keeps it in view.
                var height = Math.Max(ResultsSource.RowsPerHit, ResultsList.Viewport.Height);
                var last = ((Math.Max(0, hit) + 1) * ResultsSource.RowsPerHit) - 1;
                ResultsList.Viewport = ResultsList.Viewport with { Y = last < height ? 0 : last - height + 1 };
            }
            finally
            {
                _syncingSelection = false;
            }

            Preview.Reset();
        }

        if (changes.HasFlag(ViewModelChanges.Facets) || changes.HasFlag(ViewModelChanges.Results))
        {
            SetFacetItems(ActorList, _actorSource, FacetKind.Actor);
            SetFacetItems(LocationList, _locationSource, FacetKind.Location);
            SetFacetItems(DateList, _dateSource, FacetKind.Date);
        }

        SetTitle(ResultsList, _model.Results is { } results
            ? $"{results.TotalHits.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))} Treffer · {results.Took.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))} ms"
            : "Treffer");
        SetTitle(Preview, PreviewTitle(Wide));
        if (_sortLabel.Text != SortText(Math.Max(20, Viewport.Width)))
        {
            ApplyLayout(); // "[Relevanz]" is wider than "[Datum]": the query field makes room, or the label's end was cut
        }

        if (changes.HasFlag(ViewModelChanges.Results) || changes.HasFlag(ViewModelChanges.Facets))
        {
            SetNeedsDraw();
            foreach (var view in SubViews)
            {
                view.SetNeedsDraw();
            }

            Sparkline.SetNeedsDraw();
            DateList.SetNeedsDraw();
            return;
        }

        if (changes.HasFlag(ViewModelChanges.Page) || changes.HasFlag(ViewModelChanges.Selection))
        {
            ResultsList.SetNeedsDraw();
            Preview.SetNeedsDraw();
        }

        if (changes.HasFlag(ViewModelChanges.Status))
        {
            Message.SetNeedsDraw();
            Status.SetNeedsDraw();
            _sortLabel.SetNeedsDraw();
            ResultsList.SetNeedsDraw();
        }
    }

    private void SetFacetItems(PaneList list, FacetSource source, FacetKind kind)
    {
        var previous = list.SelectedItem is { } index && index < source.Items.Count ? source.Items[index].Value : null;
        var items = _model.PanelItems(kind);
        source.EmptyText = _model.PanelError(kind) is { } panelError ? panelError
            : _model.PanelFilter(kind).Length > 0 ? "(nichts gefunden)"
            : _model.Results is null ? "" : "(keine Werte)";
        source.SetItems(items);
        // The cursor stays on its value while the user works in the panel (selecting a value searches again); a search
        // made elsewhere (a new query, a sort, a live refresh) shows the panel from its most frequent value.
        // A value the user just acted on (left out or taken back, a level left in the date panel) keeps the cursor once it is
        // listed again: a value taken back is missing until its new search has answered, a year until the years are shown.
        var wanted = list.HasFocus && _cursorWanted.TryGetValue(list, out var value) ? items.ToList().FindIndex(i => i.Value == value && !i.IsUp) : -1;
        if (wanted >= 0)
        {
            _cursorWanted.Remove(list);
        }

        var keep = wanted >= 0 ? wanted : previous is null || !list.HasFocus ? -1 : items.ToList().FindIndex(i => i.Value == previous);
        var firstValue = items.ToList().FindIndex(i => !i.IsUp); // after drilling into a year: its first month, not "◂ Alle Jahre"
        int? selected = items.Count == 0 ? null : keep >= 0 ? keep : Math.Max(0, firstValue);
        if (list.SelectedItem != selected)
        {
            list.SelectedItem = selected;
        }

        if (keep < 0 && list.Viewport.Y != 0)
        {
            list.Viewport = list.Viewport with { Y = 0 };
        }

        list.KeepInView(); // a list scrolled down (by the wheel) and now shorter would show empty rows

        var filter = _model.PanelFilter(kind);
        var name = kind switch
        {
            FacetKind.Actor => "Akteure",
            FacetKind.Location => "Orte",
            _ => "Datum",
        };
        var title = filter.Length > 0
            ? $"{name} /{filter}"
            : kind != FacetKind.Date && _model.ShowSignificant
                ? Fitting(list, $"{name} – auffällig (F3)", $"{name} auffällig (F3)", $"{name}: auffällig", $"{name} (F3)")
            : kind == FacetKind.Date && _model.DateFilter is { } date
                ? $"{name}: {GermanDates.LongLabel(date)}"
                : $"{name} ({_model.PanelDistinct(kind)})";
        SetTitle(kind == FacetKind.Date ? _datePanel : list, title);
    }

    /// <summary>The first title that fits the frame of <paramref name="view"/> whole (the last one otherwise).</summary>
    private static string Fitting(View view, params string[] titles) =>
        titles.FirstOrDefault(t => CellText.Columns(t) <= view.Frame.Width - 4) ?? titles[^1];

    private static void SetTitle(View view, string title)
    {
        if (view.Title != title)
        {
            view.Title = title;
        }
    }

    private void OnResultsSelectionChanged()
    {
        if (_syncingSelection || ResultsList.SelectedItem is not { } row)
        {
            return;
        }

        var hit = row / ResultsSource.RowsPerHit;
        if (row % ResultsSource.RowsPerHit != 0)
        {
            _syncingSelection = true;
            try
            {
                ResultsList.SelectedItem = hit * ResultsSource.RowsPerHit;
            }
            finally
            {
                _syncingSelection = false;
            }
        }

        SelectHit(hit);
    }

    private void SelectHit(int hit)
    {
        if (_model.TotalHits == 0)
        {
            return;
        }

        hit = Math.Clamp(hit, 0, _model.TotalHits - 1);
        _syncingSelection = true;
        try
        {
            ResultsList.SelectedItem = hit * ResultsSource.RowsPerHit;
        }
        finally
        {
            _syncingSelection = false;
        }

        // Keep all rows of the selected hit visible.
        var top = ResultsList.Viewport.Y;
        var height = Math.Max(ResultsSource.RowsPerHit, ResultsList.Viewport.Height);
        var first = hit * ResultsSource.RowsPerHit;
        var last = first + ResultsSource.RowsPerHit - 1;
        if (first < top)
        {
            top = first;
        }
        else if (last >= top + height)
        {
            top = last - height + 1;
        }

        ResultsList.Viewport = ResultsList.Viewport with { Y = top };
        _model.Select(hit);
        Preview.Reset();
        LoadVisibleHits();
        ResultsList.SetNeedsDraw();
    }

    private void LoadVisibleHits()
    {
        var top = ResultsList.Viewport.Y / ResultsSource.RowsPerHit;
        var visible = (ResultsList.Viewport.Height / ResultsSource.RowsPerHit) + 1;
        _model.EnsureLoaded(top, top + visible + SearchViewModel.BlockSize / 2);
    }

    private void OpenPreview()
    {
        if (_model.SelectedHit is null)
        {
            return;
        }

        if (!Wide)
        {
            _previewOpen = true;
            Preview.Visible = true;
        }

        Preview.SetFocus();
        SetNeedsDraw();
    }

    private void ClosePreview()
    {
        _previewOpen = false;
        Preview.Visible = Wide;
        ResultsList.SetFocus();
        SetNeedsDraw();
    }
}
