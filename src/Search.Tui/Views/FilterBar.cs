using Search.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>
/// The active filters, each with a × to remove it: ←/→ choose one, Entf or Backspace removes it, F8 removes all; a
/// click on a filter removes it, a click on "alle ×" removes all.
/// </summary>
internal sealed class FilterBar : View
{
    private const string Lead = " Filter: ";
    private const string ClearAll = "[alle ×]";
    private readonly SearchViewModel _model;
    private readonly List<(int From, int To, ActiveFilter? Filter)> _chips = [];
    private int _chosen;
    private int _first;

    public FilterBar(SearchViewModel model)
    {
        _model = model;
        CanFocus = true;
        TabStop = TabBehavior.TabStop;
        Height = 1;
    }

    public Func<Key, bool>? KeyHandler { get; set; }

    protected override bool OnKeyDown(Key key)
    {
        if (KeyHandler?.Invoke(key) == true)
        {
            return true;
        }

        var filters = _model.ActiveFilters;
        if (key == Key.CursorLeft)
        {
            _chosen = Math.Max(0, _chosen - 1);
        }
        else if (key == Key.CursorRight)
        {
            _chosen = Math.Min(Math.Max(0, filters.Count - 1), _chosen + 1);
        }
        else if ((key == Key.Delete || key == Key.Backspace || key == Key.Enter || key == Key.Space) && filters.Count > 0)
        {
            _model.RemoveFilter(filters[Math.Clamp(_chosen, 0, filters.Count - 1)]);
            _chosen = Math.Clamp(_chosen, 0, Math.Max(0, filters.Count - 2));
        }
        else
        {
            return base.OnKeyDown(key);
        }

        SetNeedsDraw();
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (!mouse.IsSingleClicked || mouse.Position is not { } position)
        {
            return base.OnMouseEvent(mouse);
        }

        foreach (var (from, to, filter) in _chips)
        {
            if (position.X >= from && position.X < to)
            {
                if (filter is null)
                {
                    _model.ClearFilters();
                }
                else
                {
                    _model.RemoveFilter(filter);
                }

                return true;
            }
        }

        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var normal = Theme.Row(this, false);
        Move(0, 0);
        _chips.Clear();
        var written = CellText.Write(this, Lead, width, Theme.Dim(normal));
        var filters = _model.ActiveFilters;
        if (filters.Count == 0)
        {
            written += CellText.Write(this, "keine (Leertaste in Akteure/Orte/Datum wählt, Entf schließt aus)", width - written, Theme.Dim(normal));
            CellText.Pad(this, width - written, normal);
            return true;
        }

        _chosen = Math.Clamp(_chosen, 0, filters.Count - 1);
        _first = HasFocus ? FirstShown(filters, width - written) : 0;
        if (_first > 0)
        {
            written += CellText.Write(this, "‹ ", width - written, Theme.Dim(normal)); // filters to the left: ← shows them
        }

        for (var i = _first; i < filters.Count; i++)
        {
            var chip = $"{filters[i].Label} ×";
            var attribute = HasFocus && i == _chosen ? Theme.Row(this, true) : Theme.Bold(normal);
            var from = written;
            written += CellText.Write(this, chip, width - written, attribute);
            _chips.Add((from, written, filters[i]));
            written += CellText.Write(this, "   ", width - written, normal);
        }

        var clearFrom = written;
        if (written >= width)
        {
            return true; // the chips fill the bar; F8 still removes all
        }

        written += CellText.Write(this, ClearAll + " F8", width - written, Theme.Dim(normal));
        _chips.Add((clearFrom, clearFrom + ClearAll.Length, null));
        CellText.Pad(this, width - written, normal);
        return true;
    }

    /// <summary>
    /// The first filter to draw so that the chosen one is whole on screen in <paramref name="room"/> columns: the bar
    /// scrolls with ← and → when its filters do not all fit (the scroll position stays while the chosen one is seen).
    /// </summary>
    private int FirstShown(IReadOnlyList<ActiveFilter> filters, int room)
    {
        var first = Math.Min(_first, _chosen);
        int Span(int from) => Enumerable.Range(from, _chosen - from + 1).Sum(i => CellText.Columns(filters[i].Label) + 5) + (from > 0 ? 2 : 0);
        while (first < _chosen && Span(first) > room)
        {
            first++;
        }

        return first;
    }
}
