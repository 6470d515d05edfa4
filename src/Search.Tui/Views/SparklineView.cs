using Search.Tui.ViewModels;
using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>Hits over time at the date panel's level as a one-line sparkline, with the span it covers.</summary>
internal sealed class SparklineView : View
{
    private static readonly char[] Bars = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    private readonly SearchViewModel _model;

    public SparklineView(SearchViewModel model)
    {
        _model = model;
        Height = 1;
        CanFocus = false;
    }

    /// <summary>The sparkline for <paramref name="width"/> columns (also for tests).</summary>
    public string Render(int width)
    {
        var series = _model.DateSeries();
        if (series.Count == 0 || width < 4)
        {
            return "";
        }

        var span = series.Count == 1
            ? Short(series[0].Value)
            : $"{Short(series[0].Value)}…{Short(series[^1].Value)}";
        var barsWidth = Math.Max(1, width - span.Length - 1);
        if (barsWidth < 4)
        {
            barsWidth = width;
            span = "";
        }

        var buckets = Math.Min(series.Count, barsWidth);
        var sums = new long[buckets];
        for (var i = 0; i < series.Count; i++)
        {
            sums[(int)((long)i * buckets / series.Count)] += series[i].Count;
        }

        var max = Math.Max(1, sums.Max());
        var bars = new string([.. sums.Select(s => s == 0 ? ' ' : Bars[(int)Math.Min(Bars.Length - 1, (s * Bars.Length - 1) / max)])]);
        return span.Length == 0 ? bars : $"{bars} {span}";
    }

    private static string Short(string value) => GermanDates.Level(value) switch
    {
        0 => value,
        1 => GermanDates.MonthName(int.Parse(value[5..7], System.Globalization.CultureInfo.InvariantCulture))[..3],
        _ => $"{int.Parse(value[8..10], System.Globalization.CultureInfo.InvariantCulture)}.",
    };

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var normal = Theme.Row(this, false);
        Move(0, 0);
        var written = CellText.Write(this, Render(width), width, normal);
        CellText.Pad(this, width - written, normal);
        return true;
    }
}
