using System.Text;

namespace Search.Core.Searching.Queries;

/// <summary>
/// What a request asks for, read once from its text: the parsed query, a text to find documents like, and a syntax
/// problem that was worked around.
/// </summary>
/// <param name="Parsed">The query model of the text; its root is null for an empty text or one read as a pasted text.</param>
/// <param name="LikeText">The text to find documents like (<see cref="SearchRequest.LikeText"/>, or a long query text), or null.</param>
/// <param name="LongText">Whether the query text itself was too long to be a query and became <paramref name="LikeText"/>.</param>
/// <param name="SyntaxError">The problem when the plain words were searched instead of unreadable text, or null.</param>
internal sealed record UnderstoodQuery(ParsedQuery Parsed, string? LikeText, bool LongText, QuerySyntaxError? SyntaxError)
{
    /// <summary>Reads the request's text (and like-text).</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read and the request asks to be told.</exception>
    public static UnderstoodQuery Read(SearchRequest request)
    {
        var likeText = string.IsNullOrWhiteSpace(request.LikeText) ? null : WellFormed(request.LikeText);
        var text = WellFormed(request.Text);
        if (text.Trim().Length == 0 && request.Text.Trim().Length > 0)
        {
            // Only invisible characters (a soft hyphen, a zero-width space): no query, not an empty one that lists everything.
            throw QueryErrors.Create(QueryErrorKind.NoSearchableText, request.Text, -1, 0, request.Text);
        }

        if (SearchRequest.ReadsAsPastedText(text))
        {
            return new UnderstoodQuery(QueryParser.Parse(""), likeText is null ? text : likeText + "\n" + text, LongText: true, null);
        }

        try
        {
            return new UnderstoodQuery(QueryParser.Parse(text), likeText, LongText: false, null);
        }
        catch (QuerySyntaxException ex) when (request.OnSyntaxError == SyntaxErrorHandling.SearchWords && !IsAboutAValue(ex.Kind))
        {
            var plain = QueryParser.PlainWords(text);
            if (plain.Words.Count == 0)
            {
                throw;
            }

            var error = new QuerySyntaxError(ex.Message, ex.Position, plain.Text) { Kind = ex.Kind, Length = ex.Length, Argument = ex.Argument };
            return IsLongText(plain.Text)
                ? new UnderstoodQuery(QueryParser.Parse(""), likeText is null ? plain.Text : likeText + "\n" + plain.Text, LongText: true, error)
                : new UnderstoodQuery(plain, likeText, LongText: false, error);
        }
    }

    /// <summary>
    /// Errors in a value (a date, a range, a field with nothing after it) are not worked around: the plain words of
    /// "date:2025-13-45" would search for "date 2025 13 45", which is not what anybody asked for.
    /// </summary>
    private static bool IsAboutAValue(QueryErrorKind kind) =>
        kind is QueryErrorKind.InvalidDate or QueryErrorKind.InvalidRange or QueryErrorKind.RangeNotSupported or QueryErrorKind.EmptyFieldValue;

    /// <summary>
    /// The text without invisible characters, with unpaired surrogates (half an emoji, cut off) replaced by U+FFFD, so every step can read it, in
    /// composed form (NFC) as the articles are indexed: "Mu\u0308nchen" (decomposed, as macOS names and some pages
    /// give it) is "München". Only decomposed text changes, and with it the positions of an error (they count the
    /// composed characters).
    /// </summary>
    private static string WellFormed(string text) => Composed(Documents.UnicodeText.WithoutLoneSurrogates(Documents.UnicodeText.WithoutInvisible(text)));


    private static string Composed(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// True when the text uses operators (AND, OR, NOT and their German forms, &amp;&amp;, ||, a word marked with + - or !,
    /// a field name): then even a long text is a query as written, never "more like this".
    /// </summary>
    internal static bool HasOperators(string text)
    {
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "AND" or "OR" or "NOT" or "UND" or "ODER" or "NICHT" or "&&" or "||"
                || (token.Length > 1 && token[0] is '+' or '-' or '!' && char.IsLetter(token[1]))
                || (token.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && QueryParser.FieldNames.ContainsKey(token[..colon].TrimStart('(', '+', '-', '!'))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a text too long to be a query (see <see cref="SearchRequest.LongTextCharacters"/>).</summary>
    public static bool IsLongText(string text)
    {
        // Brackets, quotes and modifiers are syntax, not text: a word in 200 brackets is a (too deeply nested) query.
        if (text.Length > SearchRequest.LongTextCharacters
            && text.Count(ch => ch is not ('(' or ')' or '[' or ']' or '{' or '}' or '"' or '^' or '~' or '*' or '?' or '\\')) > SearchRequest.LongTextCharacters)
        {
            return true;
        }

        var words = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var space = char.IsWhiteSpace(ch);
            if (!space && !inWord && ++words > SearchRequest.LongTextWords)
            {
                return true;
            }

            inWord = !space;
        }

        return false;
    }
}
