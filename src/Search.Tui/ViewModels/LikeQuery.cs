namespace Search.Tui.ViewModels;

/// <summary>
/// "More like this" for a long text (a pasted article, or a result's own text): the request carries the text as
/// <c>SearchRequest.LikeText</c> and the library searches its most telling words; the query field shows a short label.
/// </summary>
public static class LikeQuery
{
    /// <summary>
    /// What the query field shows for a "more like this" search: <c>≈ „Anfang des Textes …“</c>, at most
    /// <paramref name="width"/> characters (so that the field shows its beginning, the ≈, not only its end), cut where a
    /// word ends.
    /// </summary>
    public static string Label(string text, string? title = null, int width = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = (title ?? text).Trim();
        var frame = title is null ? 4 : 8; // "≈ „" and "“", or "≈ wie „" and "“"
        var room = Math.Clamp(width - frame, 8, 50);
        var cut = shown.Length > room ? AtWordEnd(shown, room - 2) + " …" : shown;
        return title is null ? $"≈ „{cut}“" : $"≈ wie „{cut}“";
    }

    /// <summary>The text's first <paramref name="length"/> characters, shortened to the end of a word when one ends in their second half.</summary>
    private static string AtWordEnd(string text, int length)
    {
        var space = text.LastIndexOf(' ', length);
        return (space >= length / 2 ? text[..space] : text[..length]).TrimEnd();
    }
}
