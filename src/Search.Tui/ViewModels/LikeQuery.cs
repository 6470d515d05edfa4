namespace Search.Tui.ViewModels;

/// <summary>
/// "More like this" for a long text (a pasted article, or a result's own text): the request carries the text as
/// <c>SearchRequest.LikeText</c> and the library searches its most telling words; the query field shows a short label.
/// </summary>
public static class LikeQuery
{
    /// <summary>
    /// What the query field shows for a "more like this" search: <c>≈ „Anfang des Textes …“</c>, at most
    /// <paramref name="width"/> characters (so that the field shows its beginning, the ≈, not only its end).
    /// </summary>
    public static string Label(string text, string? title = null, int width = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = (title ?? text).Trim();
        var frame = title is null ? 4 : 8; // "≈ „" and "“", or "≈ wie „" and "“"
        var room = Math.Clamp(width - frame, 8, 50);
        var cut = shown.Length > room ? shown[..(room - 2)].TrimEnd() + " …" : shown;
        return title is null ? $"≈ „{cut}“" : $"≈ wie „{cut}“";
    }
}
