using System.Text.RegularExpressions;
using Search.Core;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

/// <summary>
/// What the user reads when a search fails or the library worked around something, in German. The library speaks
/// English; this is the one table from its errors and notices to the UI's words. Errors are told apart by
/// <see cref="Classify"/> (for now from the library's English message; from the error's kind once the library
/// offers one), and each kind has its German text.
/// </summary>
public static partial class GermanMessages
{
    /// <summary>The kinds of query error the UI words differently.</summary>
    public enum QueryError
    {
        /// <summary>The query has only stop words.</summary>
        OnlyStopWords,

        /// <summary>A closing bracket without an opening one.</summary>
        UnmatchedBracket,

        /// <summary>A quote that is not closed.</summary>
        UnclosedQuote,

        /// <summary>An opening bracket that is not closed.</summary>
        UnclosedBracket,

        /// <summary>An operator (AND, OR, NOT, +, -) without the words it needs.</summary>
        OperatorWithoutWord,

        /// <summary>The query ends with an operator, ':' or '~'.</summary>
        EndsEarly,

        /// <summary>A reserved character on its own.</summary>
        ReservedCharacter,

        /// <summary>A token that is not expected where it stands.</summary>
        Unexpected,

        /// <summary>Anything else the parser refused.</summary>
        Other,
    }

    private static readonly Dictionary<QueryError, Func<string, string>> Texts = new()
    {
        [QueryError.OnlyStopWords] = _ => "Die Suche enthält nur Füllwörter (der, und, in …) – bitte ein Suchwort ergänzen.",
        [QueryError.UnmatchedBracket] = a => $"Klammer „{a}“ ohne öffnende Klammer – entfernen oder „(“ ergänzen.",
        [QueryError.UnclosedQuote] = _ => "Anführungszeichen nicht geschlossen – das schließende \" ergänzen.",
        [QueryError.UnclosedBracket] = a => $"Klammer „{a}“ nicht geschlossen – „)“ ergänzen oder entfernen.",
        [QueryError.OperatorWithoutWord] = a => a is "NOT" or "NICHT" or "-" or "+"
            ? $"Nach „{a}“ fehlt ein Wort."
            : $"„{a}“ braucht auf beiden Seiten ein Wort.",
        [QueryError.EndsEarly] = _ => "Die Suche endet zu früh (Operator, „:“ oder „~“ ohne etwas danach).",
        [QueryError.ReservedCharacter] = _ => "Ein Sonderzeichen steht allein – in Anführungszeichen setzen oder mit \\ schützen.",
        [QueryError.Unexpected] = a => $"„{a}“ ist hier nicht erwartet – Sonderzeichen in Anführungszeichen setzen.",
        [QueryError.Other] = _ => "Die Suche ist so nicht lesbar – Sonderzeichen in Anführungszeichen setzen.",
    };

    /// <summary>The kind of a query error and the token it is about (may be empty).</summary>
    public static (QueryError Kind, string Argument) Classify(QuerySyntaxException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        if (message.Contains("has only stop words", StringComparison.Ordinal))
        {
            return (QueryError.OnlyStopWords, "");
        }

        if (UnmatchedPattern().Match(message) is { Success: true } unmatched)
        {
            return (QueryError.UnmatchedBracket, unmatched.Groups[1].Value);
        }

        if (message.StartsWith("Unclosed quote", StringComparison.Ordinal))
        {
            return (QueryError.UnclosedQuote, "\"");
        }

        if (UnclosedPattern().Match(message) is { Success: true } unclosed)
        {
            return (QueryError.UnclosedBracket, unclosed.Groups[1].Value);
        }

        if (OperatorPattern().Match(message) is { Success: true } op)
        {
            return (QueryError.OperatorWithoutWord, op.Groups[1].Value);
        }

        if (message.Contains("ends too early", StringComparison.Ordinal))
        {
            return (QueryError.EndsEarly, "");
        }

        if (message.Contains("reserves is used on its own", StringComparison.Ordinal))
        {
            return (QueryError.ReservedCharacter, "");
        }

        return UnexpectedPattern().Match(message) is { Success: true } unexpected
            ? (QueryError.Unexpected, unexpected.Groups[1].Value)
            : (QueryError.Other, "");
    }

    /// <summary>The German text for a query error.</summary>
    public static string ForSyntax(QuerySyntaxException error)
    {
        var (kind, argument) = Classify(error);
        return Text(kind, argument);
    }

    /// <summary>The German text for a kind of query error about <paramref name="argument"/>.</summary>
    public static string Text(QueryError kind, string argument) => Texts[kind](argument);

    /// <summary>Why a search or a document load failed, in German, with the library's own words after it.</summary>
    public static string ForFailure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            QuerySyntaxException syntax => ForSyntax(syntax),
            IndexUnavailableException => $"Der Index ist nicht lesbar ({error.Message})",
            SearchException => $"Die Suche ist fehlgeschlagen ({error.Message})",
            _ => $"Die Suche ist fehlgeschlagen ({error.GetType().Name}: {error.Message})",
        };
    }

    /// <summary>The library's notice about a relaxed query, in German (unknown notices as they are).</summary>
    public static string ForNotice(string notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.StartsWith("No document contains all the words", StringComparison.Ordinal))
        {
            return "Kein Dokument enthält alle Wörter; gezeigt werden Dokumente, die einige davon enthalten.";
        }

        const string Before = "No document contains '", After = "'; showing words that begin with it.";
        return notice.StartsWith(Before, StringComparison.Ordinal) && notice.EndsWith(After, StringComparison.Ordinal)
            ? $"Kein Dokument enthält „{notice[Before.Length..^After.Length]}“; gezeigt werden Wörter, die so beginnen."
            : notice;
    }

    [GeneratedRegex(@"^Unmatched '(.)'")]
    private static partial Regex UnmatchedPattern();

    [GeneratedRegex(@"^Unclosed '(.)'")]
    private static partial Regex UnclosedPattern();

    [GeneratedRegex(@"'(AND|OR|NOT|\+|-)' needs a word")]
    private static partial Regex OperatorPattern();

    [GeneratedRegex(@"'([^']*)' is not expected here")]
    private static partial Regex UnexpectedPattern();
}
