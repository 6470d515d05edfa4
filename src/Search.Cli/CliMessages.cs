using Search.Core;
using Search.Core.Indexing;

namespace Search.Cli;

/// <summary>
/// The library's errors worded for a user of the command line: the library's own messages name library calls and
/// options, this names the command-line options that do the same.
/// </summary>
internal static class CliMessages
{
    /// <summary>One message (without the <c>search: </c> prefix) for <paramref name="error"/>.</summary>
    public static string For(SearchException error) => error switch
    {
        IndexUpdateRefusedException refused => Refused(refused),
        IndexUnavailableException { Problem: IndexProblem.Missing } missing =>
            $"There is no index at '{missing.IndexPath}'. Build one with: search index --seeds DIR --index {missing.IndexPath}",
        IndexUnavailableException { Problem: IndexProblem.BeingBuilt } building =>
            $"There is no index at '{building.IndexPath}' yet: a 'search index' is building it and has not committed yet (a long build commits every minute). Try again then.",
        IndexUnavailableException { Problem: IndexProblem.Damaged } damaged =>
            $"The index at '{damaged.IndexPath}' cannot be read ({damaged.InnerException?.Message ?? "damaged"}). Rebuild it from the article files with: search index --full --seeds DIR --index {damaged.IndexPath}",
        IndexLockedException { InThisProcess: false } locked =>
            $"The index at '{locked.IndexPath}' is being written by another program: a 'search index' run (try again when it has finished), "
            + "or a 'search index --watch' (it keeps the index until it is stopped with Ctrl+C; the changes it sees reach the index by themselves).",
        _ => error.Message,
    };

    private static string Refused(IndexUpdateRefusedException refused)
    {
        var origin = refused.Remembered is { } remembered && remembered != refused.Requested
            ? $" The index was built from '{remembered.Folder}' (--pattern '{remembered.Pattern}')."
            : "";
        var how = refused.Refusal == UpdateRefusal.NoFiles
            ? "If the index is to be emptied, run again with --allow-empty; otherwise check --seeds and --pattern."
            : "If those documents are to go, run again with --prune (or rebuild the index from this folder with --full); otherwise check --seeds and --pattern.";
        return $"Refused to update the index at '{refused.IndexPath}': {refused.WhatWouldHappen}.{origin} The index is left as it was. {how}";
    }
}
