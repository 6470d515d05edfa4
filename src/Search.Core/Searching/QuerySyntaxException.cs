namespace Search.Core.Searching;

/// <summary>The query text cannot be read. The message says what is wrong and where.</summary>
public sealed class QuerySyntaxException : SearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">What is wrong, for a person (English).</param>
    /// <param name="query">The query text.</param>
    /// <param name="position">One-based character position of the problem in <paramref name="query"/>, or 0 when unknown.</param>
    /// <param name="length">How many characters the problem spans (at least 1 when the position is known).</param>
    /// <param name="argument">The offending text (an operator, a field name, a date), or empty.</param>
    public QuerySyntaxException(QueryErrorKind kind, string message, string query, int position, int length = 1, string argument = "")
        : base(message)
    {
        Kind = kind;
        Query = query;
        Position = position;
        Length = position > 0 ? Math.Max(1, length) : 0;
        Argument = argument;
    }

    /// <summary>What is wrong.</summary>
    public QueryErrorKind Kind { get; }

    /// <summary>The query text.</summary>
    public string Query { get; }

    /// <summary>One-based character position (UTF-16 code unit) of the problem, or 0 when unknown.</summary>
    public int Position { get; }

    /// <summary>How many characters the problem spans, from <see cref="Position"/>.</summary>
    public int Length { get; }

    /// <summary>The offending text (an operator, a field name, a date value), or empty.</summary>
    public string Argument { get; }
}
