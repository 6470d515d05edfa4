namespace Search.Core.Searching.Queries;

/// <summary>The English text of each <see cref="QueryNoticeKind"/>.</summary>
internal static class QueryNotices
{
    public static string English(QueryNoticeKind kind, string argument) => kind switch
    {
        QueryNoticeKind.AnyWord => "No document contains all the words; showing documents that contain some of them.",
        QueryNoticeKind.LastWordAsBeginning => $"No document contains '{argument}'; showing words that begin with it.",
        QueryNoticeKind.LongTextAsLike => $"The text is too long for a query; showing documents like it (searched for its most telling words: {argument}).",
        QueryNoticeKind.CompoundParts => $"Also searched for the parts of words the index does not hold: {argument}.",
        QueryNoticeKind.LikeText => $"Showing documents like the given text (searched for its most telling words: {argument}).",
        _ => argument,
    };
}
