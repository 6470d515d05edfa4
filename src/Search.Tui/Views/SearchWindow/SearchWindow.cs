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
public sealed partial class SearchWindow : Window
{
    private const int QueryX = 8;
    private readonly SearchViewModel _model;
    private readonly IApplication _app;
    private readonly State _state;
    private readonly TuiOptions _options;
    private readonly Label _queryLabel;
    private readonly Label _sortLabel;
    private readonly View _datePanel;
    private readonly FacetSource _actorSource = new(FacetKind.Actor);
    private readonly FacetSource _locationSource = new(FacetKind.Location);
    private readonly FacetSource _dateSource = new(FacetKind.Date);
    private readonly ResultsSource _resultsSource;
    private bool _previewOpen;
    private bool _syncingSelection;

    /// <summary>Per facet panel, the value the cursor should land on once the panel lists it (see SetFacetItems).</summary>
    private readonly Dictionary<PaneList, string> _cursorWanted = [];

    public SearchWindow(SearchViewModel model, IApplication app)
        : this(model, app, new State(), new TuiOptions())
    {
    }

    /// <param name="model">The search state (it outlives the window when the UI is left for $PAGER).</param>
    /// <param name="app">The application the window runs in.</param>
    /// <param name="state">Marks kept across windows.</param>
    /// <param name="options">Rejected files and printing.</param>
    public SearchWindow(SearchViewModel model, IApplication app, State state, TuiOptions options)
    {
        _model = model;
        _app = app;
        _state = state;
        _options = options;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        Title = "Suche";
        Width = Dim.Fill();
        Height = Dim.Fill();

        _queryLabel = new Label { Text = " Suche:", X = 0, Y = 0 };
        QueryField = new TextField { X = QueryX, Y = 0, Width = 40, Text = model.Query };
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

        _resultsSource = new ResultsSource(model) { IsChosen = state.IsMarked };
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
        Status = new StatusBarLine(model) { X = 0, Width = Dim.Fill(), Rejected = options.Rejected.Count, Marked = () => state.MarkedCount };
        Help = new HelpView { X = Pos.Center(), Y = Pos.Center() };
        RejectedList = new RejectedView(options.Rejected) { X = Pos.Center(), Y = Pos.Center() };

        Add(_queryLabel, QueryField, _sortLabel, Message, Filters, ActorList, LocationList, _datePanel, ResultsList, Preview, Status, Help, RejectedList);

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

        ViewportChanged += (_, _) => ApplyLayout();
        app.Keyboard.KeyDown += OnAppKeyDown;
        app.Paste += OnPaste;
        _model.Changed += OnModelChanged;
        ApplyLayout();
        Refresh(ViewModelChanges.All);
        QueryField.InsertionPoint = model.Query.Length;
        if (state.BackFromArticle || model.SelectedIndex > 0)
        {
            // Back from $PAGER/$EDITOR: the same article, the focus on the results (also on the first hit, where the
            // query field took the focus and the next key replaced the query).
            state.BackFromArticle = false;
            Message.Once = state.ProgramProblem;
            state.ProgramProblem = null;
            SelectHit(Math.Max(0, model.SelectedIndex));
            ResultsList.SetFocus();
        }
        else
        {
            QueryField.SetFocus();
        }
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

    internal RejectedView RejectedList { get; }

    /// <summary>Whether the preview sits next to the results (large screens) rather than opening full screen.</summary>
    internal bool Wide => Viewport.Width >= 100 && Viewport.Height >= 28;

    /// <summary>Whether the full-screen preview is open (small screens).</summary>
    internal bool PreviewOpen => _previewOpen;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnAppKeyDown;
            _app.Paste -= OnPaste;
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

    /// <summary>The query field's width on a screen <paramref name="width"/> wide, beside a sort label of <paramref name="sortWidth"/> columns.</summary>
    private static int QueryFieldWidth(int width, int sortWidth) => Math.Max(10, width - QueryX - sortWidth - 1);

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

        QueryField.Width = QueryFieldWidth(width, sortWidth);
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
        Help.Height = Math.Min(height - 2, Help.RowsFor(Math.Min(width - 2, 86) - 2) + 2);
        RejectedList.Width = Math.Min(width - 2, 100);
        RejectedList.Height = Math.Min(height - 2, RejectedList.RowsFor(Math.Min(width - 2, 100) - 2) + 2);
    }
}
