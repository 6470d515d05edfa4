namespace Search.Core.Searching;

/// <summary>One document in the results.</summary>
public sealed record SearchHit
{
    /// <summary>Document id (path relative to the seeds folder).</summary>
    public required string Id { get; init; }

    /// <summary>The file the document was read from, as given when indexing.</summary>
    public required string Path { get; init; }

    /// <summary>Headline.</summary>
    public required string Title { get; init; }

    /// <summary>Matches in <see cref="Title"/>.</summary>
    public IReadOnlyList<HighlightRange> TitleHighlights { get; init; } = [];

    /// <summary>Publication date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Relevance score (BM25); comparable only within one result list.</summary>
    public required float Score { get; init; }

    /// <summary>Passages with the matches marked; the best first.</summary>
    public IReadOnlyList<Snippet> Snippets { get; init; } = [];

    /// <summary>Why the document scored as it did, in plain words, when <see cref="SearchRequest.Explain"/> was set; otherwise null.</summary>
    public string? Explanation { get; init; }

    /// <summary>Actors named in the document.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Locations named in the document.</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];
}
