namespace Search.Core.Searching;

/// <summary>A highlighted stretch of text.</summary>
/// <param name="Start">Offset of the first character, in UTF-16 code units (a .NET string index).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct HighlightRange(int Start, int Length);
