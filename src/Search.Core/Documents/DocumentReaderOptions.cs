namespace Search.Core.Documents;

/// <summary>How article files are read and cleaned.</summary>
/// <remarks>Immutable; use <c>with</c> to change a value.</remarks>
public sealed record DocumentReaderOptions
{
    /// <summary>The default options: 10 MB limit and <see cref="BoilerplateRule.Defaults"/>.</summary>
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Files larger than this many bytes are rejected (at least 1). Default 10 MB (10,000,000 bytes).</summary>
    public long MaxFileBytes { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), value, "MaxFileBytes is the size of the largest file to read; it must be at least 1."); } = 10_000_000;

    /// <summary>
    /// The clock that says what "today" is when a publication date is checked: a date more than a year after today
    /// is rejected as implausible (as is one before 1800). Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider Clock { get; init => field = value ?? throw new ArgumentNullException(nameof(Clock), "Clock cannot be null."); } = TimeProvider.System;

    /// <summary>Boilerplate blocks removed from every article.</summary>
    public IReadOnlyList<BoilerplateRule> Boilerplate { get; init => field = value is null || value.Any(rule => rule is null) ? throw new ArgumentNullException(nameof(Boilerplate), "Boilerplate cannot be null or hold null.") : [.. value]; } = BoilerplateRule.Defaults;
}
