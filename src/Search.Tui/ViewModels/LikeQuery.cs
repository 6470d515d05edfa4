namespace Search.Tui.ViewModels;

/// <summary>
/// "More like this" for a long text (a pasted article, or a result's own text): the request carries the text as
/// <c>SearchRequest.LikeText</c> and the library searches its most telling words; the query field shows a short label.
/// </summary>
public static class LikeQuery
{
    /// <summary>What the query field shows for a "more like this" search: <c>≈ „Anfang des Textes …“</c>.</summary>
    public static string Label(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = (title ?? text).Trim();
        var cut = shown.Length > 50 ? shown[..50].TrimEnd() + " …" : shown;
        return title is null ? $"≈ „{cut}“" : $"≈ wie „{cut}“";
    }
}
