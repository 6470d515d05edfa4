namespace Search.Core.Searching.Queries;

/// <summary>
/// One node of the query model: what a query text means, built once by <see cref="QueryParser"/> and used by
/// everything else (the Lucene query, relaxation, ranking bonuses, highlighting, suggestions). Positions are
/// zero-based character offsets into the query text, for messages.
/// </summary>
internal abstract record QueryNode(int Start, int End)
{
    /// <summary>The weight given with <c>^</c>; 1 when none.</summary>
    public float Boost { get; init; } = 1f;
}

/// <summary>The field a value is searched in; <see cref="Default"/> is the searched text fields (headline and text).</summary>
internal enum QueryField
{
    Default,
    Title,
    Body,
    Actor,
    Location,
    Date,
}

/// <summary>How a clause takes part in a <see cref="BooleanNode"/>.</summary>
internal enum ClauseOccur
{
    Must,
    Should,
    MustNot,
}

/// <summary>A clause of a <see cref="BooleanNode"/>.</summary>
internal sealed record QueryClause(ClauseOccur Occur, QueryNode Node);

/// <summary>A word, searched in its analysed forms (stemmed, folded).</summary>
internal sealed record WordNode(string Text, QueryField Field, int Start, int End) : QueryNode(Start, End);

/// <summary>Words in a row (a quoted phrase), with how many positions they may stand apart.</summary>
internal sealed record PhraseNode(string Text, QueryField Field, int Slop, int Start, int End) : QueryNode(Start, End);

/// <summary>Any word beginning with <see cref="Text"/> (<c>Friedens*</c>).</summary>
internal sealed record PrefixNode(string Text, QueryField Field, int Start, int End) : QueryNode(Start, End);

/// <summary>A word pattern with <c>*</c> (any letters) and <c>?</c> (one letter) inside.</summary>
internal sealed record WildcardNode(string Pattern, QueryField Field, int Start, int End) : QueryNode(Start, End);

/// <summary>Words spelled similarly to <see cref="Text"/>, within <see cref="MaxEdits"/> edits.</summary>
internal sealed record FuzzyNode(string Text, QueryField Field, int MaxEdits, int Start, int End) : QueryNode(Start, End);

/// <summary>Publication dates from <see cref="From"/> to <see cref="To"/>, both inclusive; null is open.</summary>
internal sealed record DateRangeNode(DateOnly? From, DateOnly? To, int Start, int End) : QueryNode(Start, End);

/// <summary>Every document.</summary>
internal sealed record MatchAllNode(int Start, int End) : QueryNode(Start, End);

/// <summary>
/// Clauses combined: every <see cref="ClauseOccur.Must"/> clause, no <see cref="ClauseOccur.MustNot"/> clause, and
/// at least one <see cref="ClauseOccur.Should"/> clause when there is no required one. Only negated clauses mean
/// every document except those.
/// </summary>
internal sealed record BooleanNode(IReadOnlyList<QueryClause> Clauses, int Start, int End) : QueryNode(Start, End);
