namespace Search.Core.Searching;

/// <summary>A query text problem that was worked around by searching the plain words.</summary>
/// <param name="Message">What is wrong and where, for a person (English).</param>
/// <param name="Position">One-based character position of the problem, or 0 when unknown.</param>
/// <param name="SearchedText">The plain words that were searched instead.</param>
public sealed record QuerySyntaxError(string Message, int Position, string SearchedText)
{
    /// <summary>What is wrong.</summary>
    public QueryErrorKind Kind { get; init; }

    /// <summary>How many characters the problem spans, from <see cref="Position"/>.</summary>
    public int Length { get; init; }

    /// <summary>The offending text (an operator, a field name, a date value), or empty.</summary>
    public string Argument { get; init; } = "";
}
