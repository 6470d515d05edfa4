namespace Search.Core.Documents;

/// <summary>How article files are read and cleaned.</summary>
/// <remarks>Immutable; use <c>with</c> to change a value.</remarks>
public sealed record DocumentReaderOptions
{
    /// <summary>The default options: 10 MB limit and <see cref="BoilerplateRule.Defaults"/>.</summary>
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Files larger than this many bytes are rejected. Default 10 MB (10,000,000 bytes).</summary>
    public long MaxFileBytes { get; init; } = 10_000_000;

    /// <summary>Boilerplate blocks removed from every article.</summary>
    public IReadOnlyList<BoilerplateRule> Boilerplate { get; init; } = BoilerplateRule.Defaults;
}
