using System.Globalization;
using Search.Core.Searching;
using Search.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>
/// The selected article: title, date and match counter, actors, locations, and the full text with every match
/// marked; the current match (moved with n/N) is marked differently and scrolled into view.
/// </summary>
internal sealed class PreviewView : View
{
    private readonly SearchViewModel _model;
    private List<PreviewLine> _lines = [];
    private object? _builtFor;
    private object? _builtMarks;
    private int _builtWidth = -1;
    private int _top;
    private int _scrolledToMatch = -2;

    public PreviewView(SearchViewModel model)
    {
        _model = model;
        CanFocus = true;
        TabStop = TabBehavior.TabStop;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Single;
        Title = "Vorschau";
    }

    public Func<Key, bool>? KeyHandler { get; set; }

    /// <summary>The first line shown (for tests).</summary>
    public int TopLine => _top;

    /// <summary>The wrapped lines (for tests).</summary>
    public IReadOnlyList<PreviewLine> Lines
    {
        get
        {
            Build(Viewport.Width);
            return _lines;
        }
    }

    /// <summary>Goes back to the top of the article (a new article was selected).</summary>
    public void Reset()
    {
        _top = 0;
        _scrolledToMatch = -2;
        SetNeedsDraw();
    }

    protected override bool OnKeyDown(Key key)
    {
        if (KeyHandler?.Invoke(key) == true)
        {
            return true;
        }

        var page = Math.Max(1, Viewport.Height - 1);
        if (key == Key.CursorDown)
        {
            ScrollTo(_top + 1);
        }
        else if (key == Key.CursorUp)
        {
            ScrollTo(_top - 1);
        }
        else if (key == Key.PageDown || key == Key.Space)
        {
            ScrollTo(_top + page);
        }
        else if (key == Key.PageUp)
        {
            ScrollTo(_top - page);
        }
        else if (key == Key.Home)
        {
            ScrollTo(0);
        }
        else if (key == Key.End)
        {
            ScrollTo(int.MaxValue);
        }
        else
        {
            return base.OnKeyDown(key);
        }

        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown))
        {
            ScrollTo(_top + 3);
            return true;
        }

        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            ScrollTo(_top - 3);
            return true;
        }

        if (mouse.IsSingleClicked && !HasFocus)
        {
            SetFocus();
            return true;
        }

        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var height = Viewport.Height;
        Build(width);
        FollowCurrentMatch(height);
        var normal = Theme.Row(this, false);
        for (var row = 0; row < height; row++)
        {
            Move(0, row);
            var index = _top + row;
            if (index >= _lines.Count)
            {
                CellText.Pad(this, width, normal);
                continue;
            }

            var line = _lines[index];
            var attribute = line.Kind switch
            {
                PreviewLineKind.Title => Theme.Bold(normal),
                PreviewLineKind.Meta or PreviewLineKind.Info => Theme.Dim(normal),
                _ => normal,
            };
            var text = line.Kind == PreviewLineKind.Meta ? MetaLine() : line.Text;
            var current = -1;
            for (var i = 0; i < line.MatchIds.Count; i++)
            {
                if (line.MatchIds[i] >= 0 && line.MatchIds[i] == _model.CurrentMatch)
                {
                    current = i;
                }
            }

            var written = CellText.Write(this, text, width, attribute, line.Highlights, Theme.Match(attribute), current, Theme.Current(attribute));
            CellText.Pad(this, width - written, normal);
        }

        return true;
    }

    private string MetaLine()
    {
        var hit = _model.SelectedHit;
        var date = hit?.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";
        var count = _model.SelectedMatches.Count;
        if (count == 0 && _model.Query.Trim().Length == 0 && _model.LikeText is null)
        {
            return date; // no query: nothing to find in the text
        }

        var matches = count == 0 ? "keine Treffer im Text" : $"Treffer {_model.CurrentMatch + 1}/{count} (n/N)";
        return $"{date} · {matches}";
    }

    private void Build(int width)
    {
        // Built again when the article, its marks (a new query on the same article) or the width change.
        var key = (object?)_model.SelectedDocument ?? _model.SelectedHit;
        var marks = _model.SelectedMatches;
        if (ReferenceEquals(key, _builtFor) && ReferenceEquals(marks, _builtMarks) && width == _builtWidth)
        {
            return;
        }

        if (!ReferenceEquals(key, _builtFor) || !ReferenceEquals(marks, _builtMarks))
        {
            _top = ReferenceEquals(key, _builtFor) ? _top : 0;
            _scrolledToMatch = -2;
        }

        _builtFor = key;
        _builtMarks = marks;
        _builtWidth = width;
        _lines = [];
        var hit = _model.SelectedHit;
        if (hit is null)
        {
            _lines.Add(new PreviewLine(_model.TotalHits == 0 ? "Kein Artikel." : "Wird geladen …", [], [], PreviewLineKind.Info));
            return;
        }

        var title = hit.Title.Length > 0 ? hit.Title : hit.Id;
        var titleMarks = hit.Title.Length > 0 ? hit.TitleHighlights : [];
        _lines.AddRange(TextWrapper.Wrap(title, titleMarks, width, PreviewLineKind.Title, false));
        _lines.Add(new PreviewLine("", [], [], PreviewLineKind.Meta));
        var document = _model.SelectedDocument;
        var actors = document?.Actors ?? hit.Actors;
        var locations = document?.Locations ?? hit.Locations;
        if (actors.Count > 0)
        {
            _lines.AddRange(TextWrapper.Wrap("Akteure: " + string.Join(", ", actors), [], width, PreviewLineKind.Info, false));
        }

        if (locations.Count > 0)
        {
            _lines.AddRange(TextWrapper.Wrap("Orte: " + string.Join(", ", locations), [], width, PreviewLineKind.Info, false));
        }

        _lines.Add(new PreviewLine("", [], [], PreviewLineKind.Body));
        if (document is null)
        {
            foreach (var snippet in hit.Snippets)
            {
                _lines.AddRange(TextWrapper.Wrap(snippet.Text, snippet.Highlights, width, PreviewLineKind.Body, false));
            }

            _lines.Add(new PreviewLine(_model.SelectedDocumentError ?? "Volltext wird geladen …", [], [], PreviewLineKind.Info));
            return;
        }

        _lines.AddRange(TextWrapper.Wrap(document.Body, _model.SelectedMatches, width, PreviewLineKind.Body, true));
    }

    private void FollowCurrentMatch(int height)
    {
        var match = _model.CurrentMatch;
        if (match == _scrolledToMatch || _model.SelectedDocument is null)
        {
            return;
        }

        _scrolledToMatch = match;
        if (match < 0)
        {
            return;
        }

        var line = _lines.FindIndex(l => l.MatchIds.Contains(match));
        if (line < 0 || (line >= _top && line < _top + height))
        {
            return;
        }

        ScrollTo(line - (height / 3), redraw: false);
    }

    private void ScrollTo(int top, bool redraw = true)
    {
        var max = Math.Max(0, _lines.Count - Math.Max(1, Viewport.Height));
        _top = Math.Clamp(top, 0, max);
        if (redraw)
        {
            SetNeedsDraw();
        }
    }
}
