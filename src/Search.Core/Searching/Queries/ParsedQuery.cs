namespace Search.Core.Searching.Queries;

/// <summary>A query text read into the query model, once.</summary>
/// <param name="Text">The query text as given.</param>
/// <param name="Root">What the text means; null for an empty text (every document).</param>
/// <param name="Words">
/// For a plain word list (no operators, fields, quotes or other syntax): its words in order, question words of a
/// question removed; empty otherwise. Only plain word lists are relaxed and get ranking bonuses.
/// </param>
/// <param name="IsQuestion">Whether the text reads as a question (ends with '?' or starts with a question word).</param>
internal sealed record ParsedQuery(string Text, QueryNode? Root, IReadOnlyList<WordNode> Words, bool IsQuestion)
{
    /// <summary>
    /// The words of a plain word list as written, question words included: the ranking bonus looks at them too (a
    /// question word next to a content word still tells which passage answers; measured on ranking-dev).
    /// </summary>
    public IReadOnlyList<WordNode> WrittenWords { get; init; } = Words;

    /// <summary>True for a plain word list (see <see cref="Words"/>).</summary>
    public bool IsPlain => Words.Count > 0;

    /// <summary>
    /// The number of words a document must contain for a plain word list. Short keyword queries narrow (all of one
    /// or two words, all but one of three or four). A question, or five words and more, reads as a description of
    /// what is wanted, where any word may be missing from the answer, so ranking alone decides.
    /// </summary>
    public static int MinimumShouldMatch(int words, bool isQuestion) => isQuestion ? 1 : words switch
    {
        <= 2 => words,
        <= 4 => words - 1,
        _ => 1,
    };
}
