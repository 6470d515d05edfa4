using System.Globalization;

namespace Search.Tui.ViewModels;

/// <summary>Date facet values (<c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>): ranges and German labels.</summary>
public static class GermanDates
{
    private static readonly string[] Months =
    [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    ];

    /// <summary>The inclusive date range a value stands for.</summary>
    public static (DateOnly From, DateOnly To) Range(string value)
    {
        var parts = value.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts.Length == 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (parts.Length == 2)
        {
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }

        var day = new DateOnly(year, month, int.Parse(parts[2], CultureInfo.InvariantCulture));
        return (day, day);
    }

    /// <summary>0 for a year, 1 for a month, 2 for a day.</summary>
    public static int Level(string value) => value.Count(c => c == '-');

    /// <summary>The value one level up (a day's month, a month's year), or null for a year.</summary>
    public static string? Parent(string value)
    {
        var cut = value.LastIndexOf('-');
        return cut < 0 ? null : value[..cut];
    }

    /// <summary>A short label: <c>2025</c>, <c>Dezember</c>, <c>21. Dez.</c>.</summary>
    public static string Label(string value)
    {
        var parts = value.Split('-');
        return parts.Length switch
        {
            1 => value,
            2 => MonthName(int.Parse(parts[1], CultureInfo.InvariantCulture)),
            _ => $"{int.Parse(parts[2], CultureInfo.InvariantCulture)}. {MonthName(int.Parse(parts[1], CultureInfo.InvariantCulture))[..3]}.",
        };
    }

    /// <summary>A label that stands alone: <c>2025</c>, <c>Dezember 2025</c>, <c>21.12.2025</c>.</summary>
    public static string LongLabel(string value)
    {
        var parts = value.Split('-');
        return parts.Length switch
        {
            1 => value,
            2 => $"{MonthName(int.Parse(parts[1], CultureInfo.InvariantCulture))} {parts[0]}",
            _ => $"{parts[2]}.{parts[1]}.{parts[0]}",
        };
    }

    /// <summary>German month name, 1 = Januar.</summary>
    public static string MonthName(int month) => Months[month - 1];
}
