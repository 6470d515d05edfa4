namespace Search.Core.Searching;

/// <summary>Order of the hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first (newest first when the query has no text).</summary>
    Relevance,

    /// <summary>Newest publication date first, ties by relevance.</summary>
    Newest,
}
