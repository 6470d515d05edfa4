namespace Search.Core.Searching;

/// <summary>
/// What is wrong with a query text. Each kind has an English message in the exception's message;
/// a user interface in another language writes its own text per kind, using <see cref="QuerySyntaxException.Argument"/>.
/// </summary>
public enum QueryErrorKind
{
    /// <summary>A quote opens a phrase that is never closed.</summary>
    UnclosedQuote,

    /// <summary>A bracket <c>(</c> is never closed.</summary>
    UnclosedBracket,

    /// <summary>A closing bracket <c>)</c> has no opening one.</summary>
    UnmatchedBracket,

    /// <summary>An operator (<c>AND</c>, <c>OR</c>, <c>NOT</c> and their German forms) lacks a word on one side; the argument is the operator.</summary>
    MissingOperand,

    /// <summary>A field name (<c>title:</c>, <c>actor:</c> …) is followed by nothing; the argument is the field name.</summary>
    EmptyFieldValue,

    /// <summary>A pair of quotes holds nothing.</summary>
    EmptyPhrase,

    /// <summary>A date value is not a real date (<c>date:2025-13-45</c>); the argument is the value.</summary>
    InvalidDate,

    /// <summary>A range <c>[a TO b]</c> is malformed or empty; the argument is the range as written.</summary>
    InvalidRange,

    /// <summary>A range is written for a field other than the date.</summary>
    RangeNotSupported,

    /// <summary>A word begins with <c>*</c> or <c>?</c>; the argument is the word.</summary>
    LeadingWildcard,

    /// <summary><c>^</c> (a weight) or <c>~</c> (similar spelling, word distance) lacks its number or its word; the argument is the character.</summary>
    MisplacedModifier,

    /// <summary>A backslash ends the query and escapes nothing.</summary>
    DanglingEscape,

    /// <summary>A character that only has a meaning in another place (such as <c>]</c>); the argument is the character.</summary>
    UnexpectedCharacter,

    /// <summary>Every word of the query is a stop word (<c>der</c>, <c>und</c>, <c>in</c>); the argument is the query.</summary>
    OnlyStopWords,

    /// <summary>The query holds no letters or digits to search for (only emoji or punctuation); the argument is the query.</summary>
    NoSearchableText,

    /// <summary>The query nests brackets too deeply or has too many parts.</summary>
    TooComplex,

    /// <summary>
    /// A word is longer than a word can be in the index (255 characters) and nothing else is left to search; the
    /// argument is the word's beginning.
    /// </summary>
    WordTooLong,
}
