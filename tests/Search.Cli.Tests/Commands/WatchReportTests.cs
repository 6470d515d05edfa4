using Search.Cli.Commands;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Cli.Tests.Commands;

/// <summary>Which updates of a watch get a line (a file that stays bad was printed again at every safety scan, for ever).</summary>
public sealed class WatchReportTests
{
    private static readonly RejectedFile Bad = new("bad.txt", "no date header", FileProblem.NoDateHeader);

    [Fact]
    public void A_file_that_stays_bad_is_reported_once()
    {
        var report = new WatchReport(rebuiltFirst: false);

        Assert.True(report.ShouldPrint(new IndexUpdateResult { Unchanged = 2, Rejected = [Bad] })); // the first update
        Assert.False(report.ShouldPrint(new IndexUpdateResult { Unchanged = 2, Rejected = [Bad] })); // a safety scan
        Assert.False(report.ShouldPrint(new IndexUpdateResult { Unchanged = 2, Rejected = [Bad] }));
        Assert.True(report.ShouldPrint(new IndexUpdateResult { Unchanged = 2, Rejected = [Bad with { Reason = "empty file", Problem = FileProblem.Empty }] })); // bad in another way
        Assert.True(report.ShouldPrint(new IndexUpdateResult { Added = 1, Unchanged = 2, Rejected = [Bad] })); // something changed
    }

    [Fact]
    public void After_a_rebuild_the_watch_s_first_update_is_printed_only_when_it_has_news()
    {
        var report = new WatchReport(rebuiltFirst: true);
        report.Printed(new IndexUpdateResult { Added = 2, Rejected = [Bad] });

        Assert.False(report.ShouldPrint(new IndexUpdateResult { Unchanged = 2, Rejected = [Bad] }));
        Assert.True(report.ShouldPrint(new IndexUpdateResult { Updated = 1, Unchanged = 1 }));
    }

    [Fact]
    public void Without_a_rebuild_the_first_update_is_printed_even_when_nothing_changed()
    {
        Assert.True(new WatchReport(rebuiltFirst: false).ShouldPrint(new IndexUpdateResult { Unchanged = 5 }));
    }
}
