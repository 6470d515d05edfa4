namespace Search.Core.Facets;

/// <summary>An actor or location far more common among the hits than in the whole index.</summary>
/// <param name="Value">The actor or location.</param>
/// <param name="Count">Hits naming it.</param>
/// <param name="BackgroundCount">Documents in the whole index naming it (the hits included).</param>
/// <param name="Score">
/// How unusual it is among the hits (JLH, as Elasticsearch's <c>significant_terms</c>: the rise of its share from the
/// index to the hits, times the ratio of the two shares). Above zero; higher is more telling. Comparable within one
/// result, not across queries.
/// </param>
public sealed record SignificantValue(string Value, int Count, int BackgroundCount, double Score);
