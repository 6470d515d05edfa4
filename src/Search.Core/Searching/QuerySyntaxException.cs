namespace Search.Core.Searching;

/// <summary>The query text cannot be read. The message says what is wrong and where.</summary>
public sealed class QuerySyntaxException : SearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="query">The query text.</param>
    /// <param name="position">Zero-based character position of the problem, or -1 when unknown.</param>
    /// <param name="inner">The parser's own error.</param>
    public QuerySyntaxException(string message, string query, int position, Exception? inner = null)
        : base(message, inner)
    {
        Query = query;
        Position = position;
    }

    /// <summary>The query text.</summary>
    public string Query { get; }

    /// <summary>Zero-based character position of the problem, or -1 when unknown.</summary>
    public int Position { get; }
}
