using System.Globalization;
using Search.Core;
using Search.Core.Indexing;
using Search.Tui.ViewModels;

namespace Search.Tui;

/// <summary>
/// What <c>search</c> (the terminal UI) says on the terminal before its window opens and after it closes, in German
/// like the window: building or updating the index, and why the UI cannot open. Every text comes from a kind the
/// library names (rejected files, notices, refusals, index problems), never from its English messages; only a failure
/// without a kind keeps the library's words, in brackets.
/// </summary>
public static class GermanLaunchText
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The progress line's label while the index is built.</summary>
    public static string Building(string seeds) => $"Index wird aus „{seeds}“ gebaut:";

    /// <summary>The progress line's label while an existing index is brought up to date.</summary>
    public static string Updating(string seeds) => $"Index wird aus „{seeds}“ aktualisiert:";

    /// <summary>No index, and no seeds folder to build it from.</summary>
    public static string NoSeedsFolder(string index, string seeds) =>
        $"Kein Index in „{index}“, und den Artikelordner „{seeds}“, aus dem er gebaut würde, gibt es nicht.";

    /// <summary>An index, but no seeds folder to bring it up to date from: it is shown as it is.</summary>
    public static string NoSeedsToUpdateFrom(string seeds) =>
        $"Den Artikelordner „{seeds}“ gibt es nicht; der Index wird so gezeigt, wie er ist (ohne Abgleich).";

    /// <summary>No index, and the seeds folder holds no article file.</summary>
    public static string EmptySeedsFolder(string index, string seeds, string pattern) =>
        $"Kein Index in „{index}“, und der Artikelordner „{seeds}“ ist leer (keine Artikeldateien {pattern}).";

    /// <summary>What to do about a missing or empty seeds folder.</summary>
    public const string SeedsAdvice =
        "Artikeldateien (UTF-8-Text, erste Zeile „date JJJJ-MM-TT“) hineinlegen oder mit --seeds ORDNER einen anderen Ordner nennen.";

    /// <summary>The build indexed no file.</summary>
    public static string NothingIndexed(string seeds) =>
        $"Keine Datei in „{seeds}“ ließ sich indexieren – es gibt nichts zu durchsuchen.";

    /// <summary>The output is no terminal.</summary>
    public const string NoTerminal = "Die Suchoberfläche braucht ein Terminal; aus Skripten sucht „search query“.";

    /// <summary>The update before the UI failed; the UI opens on the index as it is.</summary>
    public static string UpdateFailed(Exception error) => $"{ForFailure(error)} Der Index wird so gezeigt, wie er ist.";

    /// <summary>
    /// Why $PAGER or $EDITOR (<paramref name="variable"/>) did not show the article, from the shell's exit code (127: not
    /// found, 126: not executable; -1: no shell); null when it ran (whatever it returned: an editor may end with an error
    /// code on purpose).
    /// </summary>
    public static string? ProgramFailed(string program, string variable, int exitCode) => exitCode switch
    {
        127 => $"Das Programm „{program}“ (${variable}) wurde nicht gefunden – ${variable} auf ein vorhandenes Programm setzen.",
        126 => $"Das Programm „{program}“ (${variable}) ließ sich nicht ausführen – ist es eine ausführbare Datei?",
        -1 => $"Das Programm „{program}“ (${variable}) ließ sich nicht starten.",
        _ => null,
    };

    /// <summary>The terminal UI could not start (no usable terminal, for example).</summary>
    public static string CouldNotRun(Exception error) =>
        $"Die Suchoberfläche konnte nicht starten ({error.Message}); „search query“ sucht ohne sie.";

    /// <summary>The terminal UI stopped after an unexpected error.</summary>
    public static string Crashed(Exception error) => $"Die Suchoberfläche wurde nach einem unerwarteten Fehler beendet: {error}";

    /// <summary>Why building or opening the index failed, in German from the library's kinds.</summary>
    public static string ForFailure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            IndexUpdateRefusedException refused => Refused(refused),
            IndexLockedException { InThisProcess: false } locked =>
                $"Der Index in „{locked.IndexPath}“ wird gerade von einem anderen Programm geschrieben: einem „search index“ "
                + "(nach dessen Ende erneut versuchen) oder einem „search index --watch“ (es hält den Index, bis es mit Strg+C beendet wird).",
            IndexUnavailableException unavailable => GermanMessages.ForIndex(unavailable),
            IndexWriteException write => GermanMessages.ForWrite(write),
            _ => $"Der Index ließ sich nicht aufbauen ({error.Message}).",
        };
    }

    /// <summary>
    /// The report of a build or update: what changed, how many articles the index holds, the files read with a
    /// notice and the rejected files with their reasons (at most <paramref name="listAtMost"/> of each).
    /// </summary>
    public static IEnumerable<string> Summary(IndexUpdateResult result, string seeds, int listAtMost)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.RebuildCause is { } cause)
        {
            yield return cause == RebuildCause.SchemaVersion
                ? "Der ganze Index wurde neu gebaut: eine andere Version des Programms hatte ihn geschrieben."
                : "Der ganze Index wurde neu gebaut: Textbausteine oder die Akteur-, Orts- oder Namenslisten haben sich geändert.";
        }

        yield return string.Format(German, "„{0}“: {1} neu, {2} geändert, {3} gelöscht, {4} umbenannt, {5} unverändert, {6} abgelehnt ({7:N0} ms).",
            seeds, result.Added, result.Updated, result.Deleted, result.Renamed, result.Unchanged, result.Rejected.Count, result.Took.TotalMilliseconds);
        yield return string.Format(German, "{0:N0} Artikel im Index.", result.TotalDocuments);
        foreach (var line in Listed("Hinweis", [.. result.Notices.Select(n => (n.Path, Notice(n)))], listAtMost))
        {
            yield return line;
        }

        foreach (var line in Listed("abgelehnt", [.. result.Rejected.Select(r => (r.Path, GermanMessages.ForRejected(r)))], listAtMost))
        {
            yield return line;
        }
    }

    private static string Notice(FileNotice notice) => notice.Kind switch
    {
        FileNoticeKind.ReadAsWindows1252 => "kein gültiges UTF-8, als Windows-1252 gelesen",
        _ => $"gelesen mit einem Hinweis ({notice.Message})",
    };

    private static IEnumerable<string> Listed(string label, List<(string Path, string Text)> files, int listAtMost)
    {
        foreach (var (path, text) in files.Take(listAtMost))
        {
            yield return $"{label} {path}: {text}";
        }

        if (files.Count > listAtMost)
        {
            yield return string.Format(German, "… und {0:N0} weitere ({1}); „search index“ listet alle.", files.Count - listAtMost, label);
        }
    }

    private static string Refused(IndexUpdateRefusedException refused)
    {
        var what = refused.Refusal == UpdateRefusal.NoFiles
            ? string.Format(German, "in „{0}“ gibt es keine Artikeldatei ({1}), das Update würde alle {2:N0} Artikel löschen",
                refused.Requested.Folder, refused.Requested.Pattern, refused.Documents)
            : string.Format(German, "das Update würde {0:N0} von {1:N0} Artikeln löschen, weil ihre Dateien in „{2}“ fehlen",
                refused.WouldDelete, refused.Documents, refused.Requested.Folder);
        var origin = refused.Remembered is { } remembered && remembered != refused.Requested
            ? $" Der Index wurde aus „{remembered.Folder}“ ({remembered.Pattern}) gebaut."
            : "";
        var how = refused.Refusal == UpdateRefusal.NoFiles
            ? "Soll der Index leer werden: „search index --allow-empty“; sonst --seeds prüfen."
            : "Sollen diese Artikel weg: „search index --prune“ (oder „search index --full“); sonst --seeds prüfen.";
        return $"Update des Index in „{refused.IndexPath}“ abgelehnt: {what}.{origin} Der Index bleibt, wie er war. {how}";
    }
}
