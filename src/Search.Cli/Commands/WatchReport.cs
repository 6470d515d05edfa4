using Search.Core.Indexing;

namespace Search.Cli.Commands;

/// <summary>
/// Which updates of <c>search index --watch</c> get a line: the first (unless a rebuild was printed before it), every
/// one that changed something, and every one that rejected a file not reported before with the same reason. A file
/// that stays bad is rejected again by every safety scan; it is reported once.
/// </summary>
internal sealed class WatchReport(bool rebuiltFirst)
{
    private readonly HashSet<(string Path, string Reason)> _reported = [];
    private bool _first = !rebuiltFirst;

    /// <summary>Whether <paramref name="result"/> is to be printed; its rejections count as reported when it is.</summary>
    public bool ShouldPrint(IndexUpdateResult result)
    {
        var changed = result.Added + result.Updated + result.Deleted + result.Renamed + result.Notices.Count > 0;
        var news = result.Rejected.Any(r => !_reported.Contains((r.Path, r.Reason)));
        var print = changed || news || _first;
        _first = false;
        if (print)
        {
            Printed(result);
        }

        return print;
    }

    /// <summary>Records the rejections of a result printed without asking (the rebuild before the watch).</summary>
    public void Printed(IndexUpdateResult result) => _reported.UnionWith(result.Rejected.Select(r => (r.Path, r.Reason)));
}
