namespace Search.Core.Searching;

/// <summary>A span of publication dates, both ends inclusive (for example one day, month or year of the date facet).</summary>
/// <param name="From">The first day of the span.</param>
/// <param name="To">The last day of the span; not before <paramref name="From"/>.</param>
public sealed record DateSpan(DateOnly From, DateOnly To)
{
    /// <summary>Whether <paramref name="date"/> lies within the span.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
