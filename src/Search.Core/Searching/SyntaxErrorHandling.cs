namespace Search.Core.Searching;

/// <summary>What a search does with query text the parser cannot read.</summary>
public enum SyntaxErrorHandling
{
    /// <summary>Throw <see cref="QuerySyntaxException"/> (the default).</summary>
    Throw,

    /// <summary>
    /// Search for the plain words of the text instead (syntax characters and operators dropped) and report the
    /// problem in <see cref="SearchResults.SyntaxError"/>.
    /// </summary>
    SearchWords,
}
