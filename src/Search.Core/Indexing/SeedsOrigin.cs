namespace Search.Core.Indexing;

/// <summary>The seeds folder and file pattern an index is updated from; the index remembers the last ones.</summary>
/// <param name="Folder">The seeds folder (full path).</param>
/// <param name="Pattern">The file-name pattern of the article files, for example <c>*.txt</c>.</param>
public sealed record SeedsOrigin(string Folder, string Pattern);
