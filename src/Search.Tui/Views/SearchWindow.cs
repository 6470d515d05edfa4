using Search.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

/// <summary>
/// The search screen: query field, message line, filter bar, facet panels (actors, locations, date with sparkline),
/// result list, preview, status bar, help overlay. At 100×28 and larger the preview sits under the results; smaller,
/// it opens full screen with Enter and closes with Esc.
/// </summary>
public sealed class SearchWindow : Window
{
    private const int QueryX = 8;
    private readonly SearchViewModel _model;
    private readonly IApplication _app;
    private readonly Label _queryLabel;
    private readonly Label _sortLabel;
    private readonly View _datePanel;
    private readonly FacetSource _actorSource = new(FacetKind.Actor);
    private readonly FacetSource _locationSource = new(FacetKind.Location);
    private readonly FacetSource _dateSource = new(FacetKind.Date);
    private readonly ResultsSource _resultsSource;
    private bool _previewOpen;
    private bool _syncingSelection;

    public SearchWindow(SearchViewModel model, IApplication app)
    {
        _model = model;
        _app = app;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        Title = "Suche";
        Width = Dim.Fill();
        Height = Dim.Fill();

        _queryLabel = new Label { Text = " Suche:", X = 0, Y = 0 };
        QueryField = new TextField { X = QueryX, Y = 0, Width = 40 };
        _sortLabel = new Label { Text = "", X = 50, Y = 0 };
        Message = new MessageLine(model) { X = 0, Y = 1, Width = Dim.Fill(), QueryColumn = QueryX };
        Message.QueryScroll = () => QueryField.ScrollOffset;
        Filters = new FilterBar(model) { X = 0, Y = 2, Width = Dim.Fill(), KeyHandler = PaneKey };

        ActorList = NewFacetList(_actorSource, FacetKind.Actor);
        LocationList = NewFacetList(_locationSource, FacetKind.Location);
        DateList = NewFacetList(_dateSource, FacetKind.Date);
        DateList.BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        DateList.X = 0;
        DateList.Y = 1;
        DateList.Width = Dim.Fill();
        DateList.Height = Dim.Fill();
        Sparkline = new SparklineView(model) { X = 0, Y = 0, Width = Dim.Fill() };
        _datePanel = new View
        {
            BorderStyle = Terminal.Gui.Drawing.LineStyle.Single,
            Title = "Datum",
            CanFocus = true,
            TabStop = TabBehavior.TabStop,
        };
        _datePanel.Add(Sparkline, DateList);

        _resultsSource = new ResultsSource(model);
        ResultsList = new PaneList
        {
            Source = _resultsSource,
            BorderStyle = Terminal.Gui.Drawing.LineStyle.Single,
            Title = "Treffer",
            TabStop = TabBehavior.TabStop,
            KeyHandler = ResultsKey,
            MouseHandler = ResultsMouse,
        };
        ResultsList.ValueChanged += (_, _) => OnResultsSelectionChanged();
        ResultsList.ViewportChanged += (_, _) => LoadVisibleHits();

        Preview = new PreviewView(model) { KeyHandler = PaneKey };
        Status = new StatusBarLine(model) { X = 0, Width = Dim.Fill() };
        Help = new HelpView { X = Pos.Center(), Y = Pos.Center() };

        Add(_queryLabel, QueryField, _sortLabel, Message, Filters, ActorList, LocationList, _datePanel, ResultsList, Preview, Status, Help);

        QueryField.TextChanged += (_, _) =>
        {
            _model.SetQuery(QueryField.Text);
            Status.SetNeedsDraw(); // "sucht …"
        };
        QueryField.Accepting += (_, e) =>
        {
            _model.SearchNow();
            e.Handled = true;
        };
        QueryField.KeyDown += (_, key) =>
        {
            if (key == Key.CursorDown)
            {
                ResultsList.SetFocus();
                key.Handled = true;
            }
        };

        ViewportChanged += (_, _) => ApplyLayout();
        app.Keyboard.KeyDown += OnAppKeyDown;
        _model.Changed += OnModelChanged;
        ApplyLayout();
        Refresh(ViewModelChanges.All);
        QueryField.SetFocus();
    }

    internal TextField QueryField { get; }

    internal MessageLine Message { get; }

    internal FilterBar Filters { get; }

    internal PaneList ActorList { get; }

    internal PaneList LocationList { get; }

    internal PaneList DateList { get; }

    internal SparklineView Sparkline { get; }

    internal PaneList ResultsList { get; }

    internal PreviewView Preview { get; }

    internal StatusBarLine Status { get; }

    internal HelpView Help { get; }

    /// <summary>Whether the preview sits next to the results (large screens) rather than opening full screen.</summary>
    internal bool Wide => Viewport.Width >= 100 && Viewport.Height >= 28;

    /// <summary>Whether the full-screen preview is open (small screens).</summary>
    internal bool PreviewOpen => _previewOpen;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnAppKeyDown;
            _model.Changed -= OnModelChanged;
        }

        base.Dispose(disposing);
    }

    private PaneList NewFacetList(FacetSource source, FacetKind kind)
    {
        var list = new PaneList
        {
            Source = source,
            BorderStyle = Terminal.Gui.Drawing.LineStyle.Single,
            TabStop = TabBehavior.TabStop,
        };
        list.KeyHandler = key => FacetKey(list, source, kind, key);
        list.MouseHandler = mouse => FacetMouse(list, source, kind, mouse);
        return list;
    }

    private void ApplyLayout()
    {
        var width = Math.Max(20, Viewport.Width);
        var height = Math.Max(10, Viewport.Height);
        var facetWidth = width >= 110 ? 28 : width >= 90 ? 25 : 22;
        var bodyTop = 3;
        var bodyHeight = Math.Max(6, height - bodyTop - 1);
        var actorHeight = Math.Max(3, bodyHeight * 2 / 5);
        var locationHeight = Math.Max(3, bodyHeight * 3 / 10);
        var dateHeight = Math.Max(3, bodyHeight - actorHeight - locationHeight);
        var sortText = SortText(width);
        var sortWidth = CellText.Columns(sortText);

        QueryField.Width = Math.Max(10, width - QueryX - sortWidth - 1);
        if (_sortLabel.Text != sortText)
        {
            _sortLabel.Text = sortText;
        }

        _sortLabel.X = width - sortWidth;

        ActorList.X = 0;
        ActorList.Y = bodyTop;
        ActorList.Width = facetWidth;
        ActorList.Height = actorHeight;
        LocationList.X = 0;
        LocationList.Y = bodyTop + actorHeight;
        LocationList.Width = facetWidth;
        LocationList.Height = locationHeight;
        _datePanel.X = 0;
        _datePanel.Y = bodyTop + actorHeight + locationHeight;
        _datePanel.Width = facetWidth;
        _datePanel.Height = dateHeight;

        var wide = width >= 100 && height >= 28;
        var resultsHeight = wide ? Math.Max(6, bodyHeight * 11 / 20) : bodyHeight;
        ResultsList.X = facetWidth;
        ResultsList.Y = bodyTop;
        ResultsList.Width = width - facetWidth;
        ResultsList.Height = resultsHeight;
        if (wide)
        {
            Preview.X = facetWidth;
            Preview.Y = bodyTop + resultsHeight;
            Preview.Width = width - facetWidth;
            Preview.Height = bodyHeight - resultsHeight;
            Preview.Visible = true;
            _previewOpen = false;
        }
        else
        {
            _previewOpen |= Preview.HasFocus; // reading the docked preview when the screen shrank: keep reading
            Preview.X = 0;
            Preview.Y = 0;
            Preview.Width = width;
            Preview.Height = height - 1;
            Preview.Visible = _previewOpen;
        }

        SetTitle(Preview, PreviewTitle(wide));
        Status.Y = height - 1;
        Help.Width = Math.Min(width - 2, 86);
        Help.Height = Math.Min(height - 2, HelpView.Entries.Length + 2);
    }

    private string PreviewTitle(bool wide)
    {
        var count = _model.SelectedMatches.Count;
        var matches = count == 0 ? "" : $" · Treffer {_model.CurrentMatch + 1}/{count} (n/N)";
        return wide ? $"Vorschau{matches}" : $"Artikel{matches} · Esc schließt";
    }

    private string SortText(int width)
    {
        var sort = _model.Sort == Search.Core.Searching.SearchSort.Relevance ? "[Relevanz]" : "[Datum]";
        return width >= 70 ? $"{sort}  F1 Hilfe " : $"{sort} ";
    }

    private void OnModelChanged(ViewModelChanges changes) => Refresh(changes);

    private void Refresh(ViewModelChanges changes)
    {
        if (changes.HasFlag(ViewModelChanges.Results))
        {
            _resultsSource.NotifyReset();
            _syncingSelection = true;
            try
            {
                ResultsList.SelectedItem = _model.TotalHits > 0 ? 0 : null;
                ResultsList.Viewport = ResultsList.Viewport with { Y = 0 };
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
        var sortText = SortText(Math.Max(20, Viewport.Width));
        if (_sortLabel.Text != sortText)
        {
            _sortLabel.Text = sortText;
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
        source.EmptyText = _model.PanelFilter(kind).Length > 0 ? "(nichts gefunden)"
            : _model.Results is null ? "" : "(keine Werte)";
        source.SetItems(items);
        var keep = previous is null ? -1 : items.ToList().FindIndex(i => i.Value == previous);
        int? selected = items.Count == 0 ? null : Math.Max(0, keep);
        if (list.SelectedItem != selected)
        {
            list.SelectedItem = selected;
        }
        var filter = _model.PanelFilter(kind);
        var name = kind switch
        {
            FacetKind.Actor => "Akteure",
            FacetKind.Location => "Orte",
            _ => "Datum",
        };
        var title = filter.Length > 0
            ? $"{name} /{filter}"
            : kind == FacetKind.Date && _model.DateFilter is { } date
                ? $"{name}: {GermanDates.LongLabel(date)}"
                : $"{name} ({_model.PanelDistinct(kind)})";
        SetTitle(kind == FacetKind.Date ? _datePanel : list, title);
    }

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
            OpenPreview();
        }
        else
        {
            return PaneKey(key);
        }

        return true;
    }

    private bool ResultsMouse(Mouse mouse)
    {
        if (mouse.Position is not { } position)
        {
            return false;
        }

        if (mouse.IsSingleClicked || mouse.IsDoubleClicked)
        {
            var row = ResultsList.Viewport.Y + position.Y;
            if (row >= 0 && row < _resultsSource.Count && _model.TotalHits > 0)
            {
                ResultsList.SetFocus();
                SelectHit(row / ResultsSource.RowsPerHit);
                if (mouse.IsDoubleClicked)
                {
                    OpenPreview();
                }
            }

            return true;
        }

        return false;
    }

    private bool FacetKey(PaneList list, FacetSource source, FacetKind kind, Key key)
    {
        if (key == Key.Space || key == Key.Enter)
        {
            Activate(list, source, kind);
            return true;
        }

        if (kind == FacetKind.Date)
        {
            if (key == Key.Backspace)
            {
                _model.DateUp();
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
            if (rune.Value == '/' && filter.Length == 0)
            {
                return true; // "/selen" works as well as "selen"
            }

            _model.SetPanelFilter(kind, filter + rune.ToString());
            return true;
        }

        return false;
    }

    private bool FacetMouse(PaneList list, FacetSource source, FacetKind kind, Mouse mouse)
    {
        if (!mouse.IsSingleClicked || mouse.Position is not { } position)
        {
            return false;
        }

        var row = list.Viewport.Y + position.Y;
        if (row < 0 || row >= source.Count)
        {
            return false;
        }

        list.SetFocus();
        list.SelectedItem = row;
        Activate(list, source, kind);
        return true;
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
            _model.DateUp();
        }
        else
        {
            _model.ToggleFacet(kind, item.Value);
        }
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

        return false;
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

    private void OnAppKeyDown(object? sender, Key key)
    {
        if (_app.TopRunnableView != this)
        {
            return;
        }

        if (key == Key.Q.WithCtrl)
        {
            key.Handled = true;
            _app.RequestStop();
            return;
        }

        if (key == Key.F1)
        {
            Help.Visible = !Help.Visible;
            SetNeedsDraw();
            key.Handled = true;
            return;
        }

        if (Help.Visible)
        {
            if (key == Key.Esc)
            {
                Help.Visible = false;
                SetNeedsDraw();
            }

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

        if (key == Key.F8)
        {
            _model.ClearFilters();
            key.Handled = true;
            return;
        }

        if (key == Key.Tab || key == Key.F6)
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
            _model.DateUp();
            return;
        }

        if (!QueryField.HasFocus)
        {
            QueryField.SetFocus();
        }
    }

    private void MoveFocus(int step)
    {
        var panes = new List<View> { QueryField, Filters, ActorList, LocationList, DateList, ResultsList };
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
