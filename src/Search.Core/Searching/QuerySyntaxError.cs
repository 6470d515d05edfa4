namespace Search.Core.Searching;

/// <summary>A query text problem that was worked around.</summary>
/// <param name="Message">What is wrong and where, for a person.</param>
/// <param name="Position">Zero-based character position of the problem, or -1 when unknown.</param>
/// <param name="SearchedText">The plain words that were searched instead.</param>
public sealed record QuerySyntaxError(string Message, int Position, string SearchedText);
