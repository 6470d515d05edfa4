using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 16: a newly opened reader's facet data is built on a thread of its own. The thread must keep the reader open
/// while it works and let it go afterwards, build what a search would use, and come to no harm when the reader is
/// closed under it.
/// </summary>
public sealed class FacetWarmUpTests
{
    [Fact]
    public void Start_BuildsEverySegmentsOrdinalsAndReleasesTheReader()
    {
        // Arrange: three segments
        using var folder = new TempFolder();
        var path = Build(folder, 90);
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);

        // Act
        FacetWarmUp.Start(reader);

        // Assert: the reader is held while the work runs and given back after it
        Assert.True(SpinWait.SpinUntil(() => reader.RefCount == 1, TimeSpan.FromSeconds(30)), "the warm-up did not release the reader");
        Assert.Equal(3, reader.Leaves.Count);
        var actors = GlobalOrdinals.For(reader, IndexSchema.Actor);
        Assert.Equal(["Anna Berg", "Kreml"], actors.Labels);
        for (var i = 0; i < reader.Leaves.Count; i++)
        {
            Assert.Same(SegmentOrdinals.For(reader.Leaves[i].AtomicReader, IndexSchema.Actor), actors.Segments[i]);
        }
    }

    [Fact]
    public void Start_ReaderClosedRightAfter_ClosesOnceTheWorkEndsAndASearchStillCounts()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = Build(folder, 90);
        using var directory = FSDirectory.Open(path);
        var reader = DirectoryReader.Open(directory);

        // Act: the caller lets go at once; the warm-up's own reference keeps the reader open until it is done
        FacetWarmUp.Start(reader);
        reader.Dispose();

        // Assert
        Assert.True(SpinWait.SpinUntil(() => reader.RefCount == 0, TimeSpan.FromSeconds(30)), "the reader was not closed after the warm-up");
        using var index = Core.Searching.SearchIndex.Open(path);
        var results = index.Search(new Core.Searching.SearchRequest { Text = "", FacetSize = 10 });
        Assert.Equal(90, results.TotalHits);
        Assert.Equal(45, results.Facets.Actor.Values.Single(v => v.Value == "Kreml").Count);
    }

    private static string Build(TempFolder folder, int count)
    {
        var path = folder.Combine("index");
        var docs = Enumerable.Range(0, count).Select(i => Articles.Make($"d{i:D3}.txt", "2024-05-01", $"Bericht {i}", $"Text {i}.",
            i % 2 == 0 ? ["Kreml"] : ["Anna Berg"], ["Berlin"])).ToList();
        FacetArticles.Build(path, docs, count / 3);
        return path;
    }
}
