using System.Globalization;

namespace Search.Core.Searching.Queries;

/// <summary>Date values of <c>date:</c>: a year (<c>2025</c>), a month (<c>2025-12</c>) or a day (<c>2025-12-21</c>).</summary>
internal static class DateValue
{
    /// <summary>
    /// The first and last day of the period a value names; a trailing <c>*</c> (<c>2025-12*</c>) means the same as
    /// the value without it. False when the value is no real year, month or day.
    /// </summary>
    public static bool TryParse(string value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var text = value.Trim();
        if (text.EndsWith('*'))
        {
            text = text[..^1].TrimEnd('-');
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            first = new DateOnly(year, month, 1);
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        first = last = new DateOnly(year, month, day);
        return true;
    }
}
