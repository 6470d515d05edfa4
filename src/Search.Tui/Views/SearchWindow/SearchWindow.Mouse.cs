using Search.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

public sealed partial class SearchWindow
{
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
}
