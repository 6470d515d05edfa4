using System.Globalization;
using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// Counts of the date facet at the filters' level: years (an array over the index's range of years, not over all
/// possible ones), the months of the drilled year, or the days of the drilled month.
/// </summary>
/// <remarks>Single use, single thread.</remarks>
internal sealed class DateCounts
{
    private readonly DateLevel _level;
    private readonly int _year;
    private readonly int _month;
    private readonly int _firstYear;
    private readonly int[] _counts;

    /// <summary>Counts at the level of <paramref name="filters"/> for the documents of <paramref name="reader"/>.</summary>
    public DateCounts(IndexReader reader, FacetFilters filters)
    {
        _level = filters.DateLevel;
        _year = filters.DrillYear;
        _month = filters.DrillMonth;
        switch (_level)
        {
            case DateLevel.Year:
                int first = int.MaxValue, last = int.MinValue;
                foreach (var leaf in reader.Leaves)
                {
                    var dates = SegmentDates.For(leaf.AtomicReader);
                    first = Math.Min(first, dates.MinYear);
                    last = Math.Max(last, dates.MaxYear);
                }

                _firstYear = first;
                _counts = first <= last ? new int[last - first + 1] : [];
                break;
            case DateLevel.Month:
                _counts = new int[13];
                break;
            default:
                _counts = new int[32];
                break;
        }
    }

    private DateCounts()
    {
        _counts = [];
    }

    /// <summary>Counts nothing.</summary>
    public static DateCounts None { get; } = new();

    /// <summary>Counts a document dated <paramref name="dateKey"/> (<c>yyyyMMdd</c>; 0 for none).</summary>
    public void Count(int dateKey)
    {
        if (dateKey <= 0)
        {
            return;
        }

        var year = dateKey / 10000;
        switch (_level)
        {
            case DateLevel.Year:
                var index = year - _firstYear;
                if ((uint)index < (uint)_counts.Length)
                {
                    _counts[index]++;
                }

                break;
            case DateLevel.Month:
                if (year == _year)
                {
                    _counts[dateKey / 100 % 100]++;
                }

                break;
            default:
                if (year == _year && dateKey / 100 % 100 == _month)
                {
                    _counts[dateKey % 100]++;
                }

                break;
        }
    }

    /// <summary>Counts the documents <paramref name="docs"/> of a segment whose dates are <paramref name="dateKeys"/>.</summary>
    public void Count(ReadOnlySpan<int> docs, int[] dateKeys)
    {
        if (_counts.Length == 0)
        {
            return;
        }

        foreach (var doc in docs)
        {
            Count(dateKeys[doc]);
        }
    }

    /// <summary>The counted dates, chronological.</summary>
    public FacetDimension Dimension()
    {
        var values = new List<FacetValue>();
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] == 0)
            {
                continue;
            }

            var label = _level switch
            {
                DateLevel.Year => (_firstYear + i).ToString("D4", CultureInfo.InvariantCulture),
                DateLevel.Month => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{i:D2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}-{i:D2}"),
            };
            values.Add(new FacetValue(label, _counts[i]));
        }

        return new FacetDimension("date", values, values.Count);
    }
}
