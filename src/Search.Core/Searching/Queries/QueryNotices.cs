namespace Search.Core.Searching.Queries;

/// <summary>The English text of each <see cref="QueryNoticeKind"/>.</summary>
internal static class QueryNotices
{
    public static string English(QueryNoticeKind kind, string argument) => kind switch
    {
        QueryNoticeKind.AnyWord => "No document contains all the words; showing documents that contain some of them.",
        QueryNoticeKind.LastWordAsBeginning => $"No document contains '{argument}'; showing words that begin with it.",
        QueryNoticeKind.LongTextAsLike when argument.Length == 0 => "The text is too long for a query and was read as a text to find documents like; none of its words is in the index, so nothing is like it.",
        QueryNoticeKind.LongTextAsLike => $"The text is too long for a query; showing documents like it (searched for its most telling words: {argument}).",
        QueryNoticeKind.CompoundParts => $"Also searched for the parts of words the index does not hold: {argument}.",
        QueryNoticeKind.LikeText when argument.Length == 0 => "None of the given text's words is in the index (or all are too common to tell documents apart), so no document is like it.",
        QueryNoticeKind.LikeText => $"Showing documents like the given text (searched for its most telling words: {argument}).",
        _ => argument,
    };
}
