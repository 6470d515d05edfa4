namespace Search.Core.Searching;

/// <summary>How a query was read differently from its words as written (<see cref="SearchResults.NoticeKind"/>).</summary>
public enum QueryNoticeKind
{
    /// <summary>No document had every word of a plain word list; documents with some of them are shown.</summary>
    AnyWord,

    /// <summary>
    /// No document had the last word of a plain word list; it was read as the beginning of a word (as while typing).
    /// The argument is that word.
    /// </summary>
    LastWordAsBeginning,

    /// <summary>
    /// The text was too long to be a query (more than <see cref="SearchRequest.LongTextWords"/> words or
    /// <see cref="SearchRequest.LongTextCharacters"/> characters) and was read as "more like this": its most telling
    /// words were searched, any of them. The argument lists those words.
    /// </summary>
    LongTextAsLike,

    /// <summary>
    /// The request asked for documents like a text (<see cref="SearchRequest.LikeText"/>); its most telling words were
    /// searched, any of them. The argument lists those words.
    /// </summary>
    LikeText,

    /// <summary>
    /// A word of a plain word list that the index does not hold was also searched as the parts it is
    /// made of ("Ukrainekrieg": Ukraine and Krieg, near each other ranking higher). The argument lists each such
    /// word with its parts ("Ukrainekrieg = ukraine + krieg").
    /// </summary>
    CompoundParts,
}
