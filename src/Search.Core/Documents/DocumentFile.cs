namespace Search.Core.Documents;

/// <summary>An article file found in a folder.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Id">The document id: the path relative to the folder, with <c>/</c> separators.</param>
public sealed record DocumentFile(string Path, string Id);
