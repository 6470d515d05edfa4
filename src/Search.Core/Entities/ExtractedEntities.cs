namespace Search.Core.Entities;

/// <summary>
/// The actors (persons and organisations) and locations of one document, each in its
/// canonical form, once, in order of first appearance.
/// </summary>
/// <param name="Actors">Persons and organisations, including institutions, parties, companies and governments.</param>
/// <param name="Locations">Countries, regions, cities and venues.</param>
public sealed record ExtractedEntities(IReadOnlyList<string> Actors, IReadOnlyList<string> Locations)
{
    /// <summary>The actors that are persons (the rest are organisations), in the order of <see cref="Actors"/>.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];
}
