using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Tui.ViewModels;

public sealed partial class SearchViewModel
{
    /// <summary>The selected hit, if loaded.</summary>
    public SearchHit? SelectedHit => PeekHit(SelectedIndex);

    /// <summary>The hit at <paramref name="index"/> if it has been fetched; never starts a search.</summary>
    public SearchHit? PeekHit(int index) => index >= 0 && _hits.TryGetValue(index, out var hit) ? hit : null;

    /// <summary>Makes sure the hits in [first, last] are fetched (or being fetched).</summary>
    public void EnsureLoaded(int first, int last)
    {
        if (_shownRequest is null || TotalHits == 0)
        {
            return;
        }

        first = Math.Max(0, first);
        last = Math.Min(TotalHits - 1, last);
        for (var block = first / BlockSize; block <= last / BlockSize; block++)
        {
            if (!_hits.ContainsKey(block * BlockSize))
            {
                RequestBlock(block);
            }
        }
    }

    public void Select(int index)
    {
        index = TotalHits == 0 ? -1 : Math.Clamp(index, 0, TotalHits - 1);
        if (index == SelectedIndex)
        {
            return;
        }

        SelectedIndex = index;
        EnsureLoaded(index, index);
        LoadSelectedDocument();
        Raise(ViewModelChanges.Selection);
    }

    public void NextMatch() => MoveMatch(+1);

    public void PreviousMatch() => MoveMatch(-1);

    private void RequestBlock(int block)
    {
        if (_shownRequest is null || !_pendingBlocks.Add(block))
        {
            return;
        }

        var request = _shownRequest with { Skip = block * BlockSize, Take = BlockSize, FacetSize = 0 };
        var generation = _generation;
        _scheduler.RunInBackground(() =>
        {
            SearchResults? results = null;
            string? error = null;
            try
            {
                results = _backend.Search(request);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                error = GermanMessages.ForFailure(ex); // left unloaded; the next scroll asks again
            }

            _scheduler.Post(() =>
            {
                if (_disposed || generation != _generation)
                {
                    return;
                }

                _pendingBlocks.Remove(block);
                if (results is null)
                {
                    Error = error;
                    ErrorPosition = -1;
                    Raise(ViewModelChanges.Status);
                    return;
                }

                for (var i = 0; i < results.Hits.Count; i++)
                {
                    _hits[request.Skip + i] = results.Hits[i];
                }

                var changes = ViewModelChanges.Page;
                if (SelectedIndex >= request.Skip && SelectedIndex < request.Skip + results.Hits.Count && SelectedDocument is null)
                {
                    LoadSelectedDocument();
                    changes |= ViewModelChanges.Selection;
                }

                Raise(changes);
            });
        });
    }

    /// <summary>
    /// Loads the selected hit's document (or takes it from the cache) and finds the shown query's matches in it, both
    /// in the background; the marks therefore always belong to the query whose results are shown, also when the same
    /// article stays selected while the query changes.
    /// </summary>
    private void LoadSelectedDocument()
    {
        var ticket = ++_documentTicket;
        SelectedDocument = null;
        SelectedMatches = [];
        SelectedDocumentError = null;
        CurrentMatch = -1;
        var hit = SelectedHit;
        var results = Results;
        if (hit is null)
        {
            return;
        }

        var isCached = _documents.TryGetValue(hit.Id, out var cached);
        SelectedDocument = cached; // shown at once, marked when the marks arrive
        _scheduler.RunInBackground(() =>
        {
            var document = cached;
            string? error = null;
            IReadOnlyList<HighlightRange> marks = [];
            try
            {
                if (!isCached)
                {
                    document = _backend.GetDocument(hit.Id);
                }

                if (document is not null && results is not null && ticket == Volatile.Read(ref _documentTicket))
                {
                    marks = _backend.MarkMatches(results, document.Body);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                error = GermanMessages.ForFailure(ex);
            }

            _scheduler.Post(() =>
            {
                if (!isCached && error is null)
                {
                    if (_documents.Count > 200)
                    {
                        _documents.Clear();
                    }

                    _documents[hit.Id] = document;
                }

                if (ticket == _documentTicket && !_disposed)
                {
                    SelectedDocument = document;
                    SelectedMatches = marks;
                    SelectedDocumentError = error;
                    CurrentMatch = marks.Count > 0 ? 0 : -1;
                    Raise(ViewModelChanges.Selection);
                }
            });
        });
    }

    private void MoveMatch(int step)
    {
        var count = SelectedMatches.Count;
        if (count == 0)
        {
            return;
        }

        CurrentMatch = ((CurrentMatch < 0 ? (step > 0 ? -1 : 0) : CurrentMatch) + step + count) % count;
        Raise(ViewModelChanges.Selection);
    }
}
