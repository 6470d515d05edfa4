namespace Search.Core;

/// <summary>Base type of the errors the library reports with a message meant for a person.</summary>
public class SearchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
