using Search.Core;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>
/// What the user reads when a search fails or the library read a query differently, in German: one table from the
/// library's error kinds (<see cref="QueryErrorKind"/>) and notice kinds (<see cref="QueryNoticeKind"/>) to the
/// UI's words. The library's own messages are English and are never shown for a kind it names.
/// </summary>
public static class GermanMessages
{
    private static readonly Dictionary<QueryErrorKind, Func<string, string>> Errors = new()
    {
        [QueryErrorKind.UnclosedQuote] = _ => "Anführungszeichen nicht geschlossen – \" ergänzen.",
        [QueryErrorKind.UnclosedBracket] = _ => "Klammer „(“ nicht geschlossen – „)“ ergänzen oder entfernen.",
        [QueryErrorKind.UnmatchedBracket] = _ => "Klammer „)“ ohne öffnende Klammer – entfernen oder „(“ ergänzen.",
        [QueryErrorKind.MissingOperand] = a => a.ToUpperInvariant() is "NOT" or "NICHT" or "-" or "+"
            ? $"Nach „{a}“ fehlt ein Wort."
            : $"„{a}“ braucht auf beiden Seiten ein Wort.",
        [QueryErrorKind.EmptyFieldValue] = a => $"Nach „{a}:“ fehlt, wonach gesucht wird.",
        [QueryErrorKind.EmptyPhrase] = _ => "Die Anführungszeichen umschließen nichts.",
        [QueryErrorKind.InvalidDate] = a => $"„{a}“ ist kein gültiges Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT).",
        [QueryErrorKind.InvalidRange] = a => $"Der Bereich „{a}“ ist nicht lesbar – so: datum:[2024-01 TO 2024-06], früheres Datum zuerst.",
        [QueryErrorKind.RangeNotSupported] = _ => "Bereiche [a TO b] gibt es nur für das Datum.",
        [QueryErrorKind.LeadingWildcard] = a => $"„{a}“: * und ? gehen nur am Ende oder in der Mitte eines Wortes.",
        [QueryErrorKind.MisplacedModifier] = a => $"„{a}“ braucht ein Wort davor und eine Zahl danach.",
        [QueryErrorKind.DanglingEscape] = _ => "Der \\ am Ende schützt kein Zeichen.",
        [QueryErrorKind.UnexpectedCharacter] = a => $"„{a}“ ist hier nicht erwartet – in Anführungszeichen setzen.",
        [QueryErrorKind.OnlyStopWords] = _ => "Die Suche enthält nur Füllwörter (der, und, in …) – bitte ein Suchwort ergänzen.",
        [QueryErrorKind.NoSearchableText] = _ => "Die Suche enthält keine Buchstaben oder Ziffern.",
        [QueryErrorKind.TooComplex] = _ => "Die Suche ist zu verschachtelt oder hat zu viele Teile.",
        [QueryErrorKind.WordTooLong] = a => $"„{a}“ ist zu lang für ein Wort (höchstens 255 Zeichen).",
    };

    private static readonly Dictionary<QueryNoticeKind, Func<string, string>> Notices = new()
    {
        [QueryNoticeKind.AnyWord] = _ => "Kein Dokument enthält alle Wörter; gezeigt werden Dokumente, die einige davon enthalten.",
        [QueryNoticeKind.LastWordAsBeginning] = a => $"Kein Dokument enthält „{a}“; gezeigt werden Wörter, die so beginnen.",
        [QueryNoticeKind.LongTextAsLike] = a => a.Length == 0
            ? "Langer Text: ähnliche Artikel gesucht – aber keines seiner Wörter steht im Index."
            : $"Langer Text: ähnliche Artikel – gesucht wird nach: {a}",
        [QueryNoticeKind.LikeText] = a => a.Length == 0
            ? "Ähnliche Artikel gesucht – aber kein Wort des Textes steht im Index oder sagt genug aus."
            : $"Ähnliche Artikel – gesucht wird nach: {a}",
        [QueryNoticeKind.CompoundParts] = a => $"Auch nach den Teilen unbekannter Wörter gesucht: {a}.",
    };

    private static readonly Dictionary<FileProblem, Func<string?, string>> FileProblems = new()
    {
        [FileProblem.Unreadable] = d => d is null ? "Datei nicht lesbar" : $"Datei nicht lesbar ({d})",
        [FileProblem.NotFound] = _ => "Datei nicht mehr da (während des Indexierens entfernt?)",
        [FileProblem.NotRegularFile] = _ => "keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät)",
        [FileProblem.TooLarge] = d => long.TryParse(d, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
            ? $"zu groß ({(bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))} MB)"
            : "zu groß",
        [FileProblem.Empty] = _ => "leere Datei",
        [FileProblem.OnlyWhiteSpace] = _ => "leere Datei (nur Leerraum)",
        [FileProblem.NotText] = d => d switch
        {
            null => "binär (NUL- oder Steuerzeichen), keine Textdatei",
            "UTF-16" => "kein gültiger UTF-16-Text",
            _ => $"kein Text in UTF-8 (ungültig ab Byte {d}) oder Windows-1252",
        },
        [FileProblem.NoDateHeader] = _ => "keine Datumszeile: die Datei muss mit „date JJJJ-MM-TT“ beginnen",
        [FileProblem.MalformedDate] = d => string.IsNullOrEmpty(d)
            ? "kein Datum nach „date“: erwartet wird „date JJJJ-MM-TT“"
            : $"Datum „{d}“ nicht lesbar: erwartet wird JJJJ-MM-TT",
        [FileProblem.ImpossibleDate] = d => $"Datum „{d}“ gibt es nicht im Kalender",
        [FileProblem.ImplausibleDate] = d => $"Datum „{d}“ ist unplausibel (vor 1800 oder mehr als ein Jahr nach heute)",
        [FileProblem.NoText] = _ => "kein Artikeltext nach der Datumszeile",
        [FileProblem.InvalidName] = _ => "Dateiname ist kein gültiges UTF-8, die Datei lässt sich so nicht öffnen – bitte umbenennen",
    };

    /// <summary>Why the index build refused a file, in German (from its kind, never from the library's English reason).</summary>
    public static string ForRejected(RejectedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return FileProblems.TryGetValue(file.Problem, out var text) ? text(file.Detail) : "Datei nicht lesbar";
    }

    /// <summary>The German text for a kind of query error about <paramref name="argument"/>.</summary>
    public static string Text(QueryErrorKind kind, string argument) =>
        Errors.TryGetValue(kind, out var text) ? text(argument) : "Die Suche ist so nicht lesbar – Sonderzeichen in Anführungszeichen setzen.";

    /// <summary>The German text for a query error.</summary>
    public static string ForSyntax(QuerySyntaxException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Text(error.Kind, error.Argument);
    }

    /// <summary>Why a search or a document load failed, in German (other failures with the library's words after it).</summary>
    public static string ForFailure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            QuerySyntaxException syntax => ForSyntax(syntax),
            IndexUnavailableException index => ForIndex(index),
            IndexWriteException write => ForWrite(write),
            SearchException => $"Die Suche ist fehlgeschlagen ({error.Message})",
            _ => $"Die Suche ist fehlgeschlagen ({error.GetType().Name}: {error.Message})",
        };
    }

    /// <summary>Why an update could not write the index, in German from the kind of problem (never the library's English).</summary>
    public static string ForWrite(IndexWriteException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var why = error.Problem switch
        {
            IndexWriteProblem.DiskFull => "der Datenträger ist voll",
            IndexWriteProblem.NotPermitted => "keine Schreibrechte für den Ordner oder seine Dateien",
            IndexWriteProblem.ReadOnly => "das Dateisystem ist schreibgeschützt",
            _ => "ein Ein- oder Ausgabefehler des Systems",
        };
        return $"Der Index in „{error.IndexPath}“ ließ sich nicht schreiben: {why}. Er bleibt, wie er nach der letzten vollständigen Aktualisierung war.";
    }

    /// <summary>Why an index cannot be searched, in German from the kind of problem (never the library's English).</summary>
    public static string ForIndex(IndexUnavailableException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Problem switch
        {
            IndexProblem.Missing => $"Kein Index in „{error.IndexPath}“ – mit „search index“ aus den Artikeln bauen.",
            IndexProblem.NotAnIndex => $"„{error.IndexPath}“ enthält andere Dateien und keinen Index – einen anderen Ordner angeben.",
            IndexProblem.BeingBuilt => $"Der Index in „{error.IndexPath}“ wird gerade gebaut und ist noch nicht gespeichert (ein langer Aufbau speichert jede Minute) – gleich noch einmal versuchen.",
            _ => $"Der Index in „{error.IndexPath}“ ist nicht lesbar (beschädigt) – neu bauen mit „search index --full --seeds ORDNER --index {error.IndexPath}“.",
        };
    }

    /// <summary>The German text for how the library read the query of <paramref name="results"/>, or null when it read it as written.</summary>
    public static string? ForNotice(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.NoticeKind is { } kind && Notices.TryGetValue(kind, out var text) ? text(results.NoticeArgument) : null;
    }
}
