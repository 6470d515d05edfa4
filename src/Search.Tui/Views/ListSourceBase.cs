using System.Collections;
using System.Collections.Specialized;
using Terminal.Gui.Views;

namespace Search.Tui.Views;

/// <summary>The parts of <see cref="IListDataSource"/> that custom-drawn lists share: no marks, a reset notification.</summary>
internal abstract class ListSourceBase : IListDataSource
{
    public event NotifyCollectionChangedEventHandler? CollectionChanged;

    public abstract int Count { get; }

    public int MaxItemLength => 0;

    public bool SuspendCollectionChangedEvent { get; set; }

    public bool IsMarked(int item) => false;

    public void SetMark(int item, bool value)
    {
    }

    public IList ToList() => Array.Empty<object>();

    public bool RenderMark(ListView listView, int item, int row, bool isMarked, bool markMultiple) => false;

    public abstract void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX);

    /// <summary>Tells the list that the rows changed.</summary>
    public void NotifyReset()
    {
        if (!SuspendCollectionChangedEvent)
        {
            CollectionChanged?.Invoke(this, new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
        }
    }

    public void Dispose()
    {
        CollectionChanged = null;
        GC.SuppressFinalize(this);
    }
}
