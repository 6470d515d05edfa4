using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>
/// Thrown when an update from a seeds folder would lose most of the index, which is far more often a mistyped or
/// empty folder (or a pattern that matches nothing) than the intent. Nothing was written: the index is as it was.
/// </summary>
/// <remarks>
/// The message speaks to a program's author (it names the options that allow the update). A program that talks to
/// its own users can word its advice from the properties.
/// </remarks>
public sealed class IndexUpdateRefusedException : SearchException
{
    internal IndexUpdateRefusedException(string indexPath, UpdateRefusal refusal, SeedsOrigin requested, SeedsOrigin? remembered, int filesFound, int documents, int wouldDelete)
        : base(Describe(indexPath, refusal, requested, remembered, filesFound, documents, wouldDelete))
    {
        IndexPath = indexPath;
        Refusal = refusal;
        Requested = requested;
        Remembered = remembered;
        FilesFound = filesFound;
        Documents = documents;
        WouldDelete = wouldDelete;
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>Why the update was refused.</summary>
    public UpdateRefusal Refusal { get; }

    /// <summary>The seeds folder and pattern of the refused update.</summary>
    public SeedsOrigin Requested { get; }

    /// <summary>The seeds folder and pattern the index was last updated from, when it remembers them.</summary>
    public SeedsOrigin? Remembered { get; }

    /// <summary>Files the refused update found.</summary>
    public int FilesFound { get; }

    /// <summary>Documents in the index.</summary>
    public int Documents { get; }

    /// <summary>Documents the update would have deleted.</summary>
    public int WouldDelete { get; }

    /// <summary>What the update would have done, in one sentence without advice (for a program's own message).</summary>
    public string WhatWouldHappen => WouldHappen(Refusal, Requested, FilesFound, Documents, WouldDelete);

    private static string WouldHappen(UpdateRefusal refusal, SeedsOrigin requested, int filesFound, int documents, int wouldDelete) => refusal switch
    {
        UpdateRefusal.NoFiles => string.Create(CultureInfo.InvariantCulture,
            $"'{requested.Folder}' holds no file matching '{requested.Pattern}', so the update would delete all {documents} {Noun(documents)} of the index"),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"the update from '{requested.Folder}' ({filesFound} {(filesFound == 1 ? "file" : "files")} matching '{requested.Pattern}') would delete {wouldDelete} of the index's {documents} {Noun(documents)}, whose files are not there"),
    };

    private static string Noun(int count) => count == 1 ? "document" : "documents";

    private static string Describe(string indexPath, UpdateRefusal refusal, SeedsOrigin requested, SeedsOrigin? remembered, int filesFound, int documents, int wouldDelete)
    {
        var origin = remembered is null || remembered == requested
            ? ""
            : $" The index was built from '{remembered.Folder}' (files matching '{remembered.Pattern}').";
        var allow = refusal == UpdateRefusal.NoFiles
            ? "To empty the index on purpose, set IndexBuilderOptions.AllowEmptySeeds."
            : "To delete them on purpose, set IndexBuilderOptions.AllowMassDeletion, or rebuild the index from this folder (full: true).";
        return $"Refused to update the index at '{indexPath}': {WouldHappen(refusal, requested, filesFound, documents, wouldDelete)}.{origin} The index is left as it was. {allow}";
    }
}
