using Search.Tui.ViewModels;

namespace Search.Tui.Views;

public sealed partial class SearchWindow
{
    /// <summary>What the window keeps across a visit to $PAGER/$EDITOR (the window is made again afterwards).</summary>
    public sealed class State
    {
        private readonly List<(string Id, string Path)> _marked = [];

        /// <summary>Whether the article with <paramref name="id"/> is marked for printing.</summary>
        public bool IsMarked(string id) => _marked.Exists(m => m.Id == id);

        /// <summary>Marks or unmarks an article.</summary>
        public void ToggleMark(string id, string path)
        {
            if (_marked.RemoveAll(m => m.Id == id) == 0)
            {
                _marked.Add((id, path));
            }
        }

        /// <summary>Whether an article was opened in $PAGER/$EDITOR: the window made afterwards comes back on the results.</summary>
        internal bool BackFromArticle { get; set; }

        /// <summary>Why $PAGER/$EDITOR could not show the article (German), for the window made afterwards to say; or null.</summary>
        internal string? ProgramProblem { get; set; }

        /// <summary>Marked articles.</summary>
        public int MarkedCount => _marked.Count;

        /// <summary>The paths to print on exit: the marked articles, or the selected one when none is marked.</summary>
        public IReadOnlyList<string> Chosen(SearchViewModel model)
        {
            ArgumentNullException.ThrowIfNull(model);
            if (_marked.Count > 0)
            {
                return [.. _marked.Select(m => m.Path)];
            }

            return model.SelectedHit is { } hit ? [hit.Path] : [];
        }
    }

    /// <summary>Why the window closed.</summary>
    /// <param name="Cancelled">Ctrl-C: nothing chosen.</param>
    /// <param name="Open">An article to open in $PAGER (or $EDITOR with Edit), after which the UI comes back.</param>
    public sealed record Exit(bool Cancelled, (string Path, bool Edit)? Open);
}
