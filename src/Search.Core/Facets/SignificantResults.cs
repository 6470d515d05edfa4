namespace Search.Core.Facets;

/// <summary>
/// The actors and locations that occur far more often among the hits than in the whole index ("what is unusual
/// here"), most telling first. Values named by fewer than a few hits are left out, so that one-off values do not
/// crowd out the rest; so are values no more common among the hits than in the index (a match-all query has none).
/// </summary>
/// <param name="Actor">Significant actors.</param>
/// <param name="Location">Significant locations.</param>
public sealed record SignificantResults(IReadOnlyList<SignificantValue> Actor, IReadOnlyList<SignificantValue> Location)
{
    /// <summary>Nothing computed or nothing significant.</summary>
    public static SignificantResults Empty { get; } = new([], []);
}
