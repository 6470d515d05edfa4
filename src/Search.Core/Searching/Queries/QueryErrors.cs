using System.Globalization;

namespace Search.Core.Searching.Queries;

/// <summary>Creates <see cref="QuerySyntaxException"/>s with one English message per <see cref="QueryErrorKind"/>.</summary>
internal static class QueryErrors
{
    /// <summary>The longest word the tokenizer keeps (Lucene's StandardTokenizer drops longer ones, in the index as in a query).</summary>
    public const int MaxWordLength = Lucene.Net.Analysis.Standard.StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

    /// <summary>The exception for a problem at zero-based <paramref name="start"/> spanning <paramref name="length"/> characters.</summary>
    public static QuerySyntaxException Create(QueryErrorKind kind, string query, int start, int length = 1, string argument = "")
    {
        var position = start < 0 ? 0 : start + 1;
        var where = position > 0 ? string.Create(CultureInfo.InvariantCulture, $" (position {position})") : "";
        var message = kind switch
        {
            QueryErrorKind.UnclosedQuote => $"The quote{where} opens a phrase that is never closed: add the closing \" or remove the quote.",
            QueryErrorKind.UnclosedBracket => $"The bracket '('{where} is never closed: add ')' or remove it.",
            QueryErrorKind.UnmatchedBracket => $"The bracket ')'{where} has no opening '(': remove it or add the opening bracket.",
            QueryErrorKind.MissingOperand => argument is "NOT" or "NICHT" or "!"
                ? $"'{argument}'{where} needs a word after it (Miami NOT Florida)."
                : $"'{argument}'{where} needs a word on each side (Putin {argument} Selenski).",
            QueryErrorKind.EmptyFieldValue => QueryParser.FieldNames.TryGetValue(argument, out var field) && field == QueryField.Date
                ? $"The field '{argument}:'{where} has no value: write the date right after the colon ({argument}:2025-12, or {argument}:[2025-01 TO 2025-03])."
                : $"The field '{argument}:'{where} has no value: write the value right after the colon ({argument}:Merkel, or {argument}:\"Angela Merkel\").",
            QueryErrorKind.EmptyPhrase => $"The quotes{where} hold nothing to search for.",
            QueryErrorKind.InvalidDate => $"'{argument}'{where} is not a date: write a year (2025), a month (2025-12) or a day (2025-12-21).",
            QueryErrorKind.InvalidRange => $"The range '{argument}'{where} cannot be read: write date:[2025-01-01 TO 2025-03-31] (a bound may be * for open), with the earlier date first.",
            QueryErrorKind.RangeNotSupported => $"A range [a TO b]{where} works only for dates: date:[2025-01-01 TO 2025-03-31].",
            QueryErrorKind.LeadingWildcard => $"'{argument}'{where} begins with a wildcard: '*' and '?' can only follow letters (Friedens*, M?ller).",
            QueryErrorKind.MisplacedModifier => argument == "^"
                ? $"'^'{where} gives a word a weight and needs a word before it and a number after it (Merkel^2)."
                : $"'~'{where} needs a word or phrase right before it, and after it nothing or a number (Selensky~, Selensky~1, \"neue Regierung\"~3).",
            QueryErrorKind.DanglingEscape => $"The backslash{where} ends the query and escapes nothing: remove it, or put the character to escape after it.",
            QueryErrorKind.UnexpectedCharacter => $"'{argument}'{where} is not expected here: put it in quotes or escape it with \\.",
            QueryErrorKind.OnlyStopWords => $"The query has only stop words (such as 'der', 'und', 'in'), which are not indexed: add a word that says what to look for.",
            QueryErrorKind.NoSearchableText => $"The query has no letters or digits to search for.",
            QueryErrorKind.WordTooLong => $"The word '{argument}' is longer than a word in the index can be ({MaxWordLength} characters): search a part of it.",
            QueryErrorKind.TooComplex => $"The query{where} nests too deeply or has too many parts: simplify it.",
            _ => $"The query cannot be read{where}.",
        };
        return new QuerySyntaxException(kind, message, query, position, length, argument);
    }
}
