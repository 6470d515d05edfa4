using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// Issue 16: an update after one file changed must cost a scan of the folder plus work for what changed, not a
/// read of every file or of every stored hash. These tests pin what the update reads, not how long it takes.
/// </summary>
public sealed class IncrementalUpdateTests
{
    private const string Good = "date 2024-03-01\n\nTitel {0}\n\nText über {0}.";

    [Fact]
    public void UpdateFromFolder_SameSizeAndTime_FileIsNotRead()
    {
        // Arrange: a.txt gets other words of the same length and its old time back, so only reading it could tell
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Good, "alpha"));
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        var a = folder.Combine("seeds/a.txt");
        var time = File.GetLastWriteTimeUtc(a);
        folder.Write("seeds/a.txt", string.Format(Good, "omega"));
        File.SetLastWriteTimeUtc(a, time);
        folder.Write("seeds/b.txt", string.Format(Good, "betagamma"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((0, 1, 1), (result.Added, result.Updated, result.Unchanged));
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal(1, index.Search(SearchRequest.For("alpha")).TotalHits);
        Assert.Equal(0, index.Search(SearchRequest.For("omega")).TotalHits);
        Assert.Equal(1, index.Search(SearchRequest.For("betagamma")).TotalHits);
    }

    [Fact]
    public void UpdateFromFolder_TargetOfALinkedFileChanged_IsUpdated()
    {
        // Arrange: the seeds folder holds a symbolic link to an article kept elsewhere, which is then rewritten.
        // The scan used to read the link's own size and time, which do not change with its target.
        using var folder = new TempFolder();
        var target = folder.Write("archiv/artikel.txt", string.Format(Good, "alpha"));
        System.IO.Directory.CreateDirectory(folder.Combine("seeds"));
        File.CreateSymbolicLink(folder.Combine("seeds/artikel.txt"), target);
        folder.Write("seeds/b.txt", string.Format(Good, "beta"));
        using var builder = IndexBuilder.Open(folder.Combine("index"));
        builder.UpdateFromFolder(folder.Combine("seeds"));
        folder.Write("archiv/artikel.txt", string.Format(Good, "omegaomega"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal((0, 1, 1), (result.Added, result.Updated, result.Unchanged));
        using var index = SearchIndex.Open(folder.Combine("index"));
        Assert.Equal(0, index.Search(SearchRequest.For("alpha")).TotalHits);
        Assert.Equal(1, index.Search(SearchRequest.For("omegaomega")).TotalHits);
    }

    [Fact]
    public void UpdatePlan_OneOfManyFilesChanged_ListsOnlyThatFileAndTheNewOne()
    {
        // Arrange
        using var folder = new TempFolder();
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"seeds/{i:00}.txt", string.Format(Good, $"Artikel{i}"));
        }

        using (var builder = IndexBuilder.Open(folder.Combine("index")))
        {
            builder.UpdateFromFolder(folder.Combine("seeds"));
        }

        folder.Write("seeds/07.txt", string.Format(Good, "Artikel7 geändert"));
        File.SetLastWriteTimeUtc(folder.Combine("seeds/07.txt"), DateTime.UtcNow.AddMinutes(5));
        folder.Write("seeds/neu.txt", string.Format(Good, "neu"));
        File.Delete(folder.Combine("seeds/12.txt"));
        var files = SeedFolderScanner.ScanWithStatus(folder.Combine("seeds"), "*.txt");

        // Act
        using var entries = ReadEntries(folder.Combine("index"));
        var plan = UpdatePlan.Make(files, entries);
        var inBatches = UpdatePlan.Make(files, entries, parallelism: 2, batch: 3); // the look-ups of a large folder, on two threads

        // Assert
        Assert.Equal(["07.txt", "neu.txt"], plan.Changed.Select(f => f.Id));
        Assert.Equal((29, 28), (plan.Known, plan.Unchanged));
        Assert.Equal(30, entries.Count);
        var unseen = Enumerable.Range(0, entries.Count).Where(p => !plan.Seen[p]).Select(entries.IdAt).Order(StringComparer.Ordinal);
        Assert.Equal(["07.txt", "12.txt"], unseen); // 07.txt is marked seen once it has been read
        Assert.Equal(plan.Changed, inBatches.Changed);
        Assert.Equal((plan.Known, plan.Unchanged), (inBatches.Known, inBatches.Unchanged));
        Assert.Equal(plan.Seen, inBatches.Seen);
    }

    [Fact]
    public void IndexedEntries_SeveralSegmentsWithReplacedDocuments_HoldsTheLiveVersions()
    {
        // Arrange: three commits (three segments), the second replacing a document of the first
        using var folder = new TempFolder();
        using (var builder = IndexBuilder.Open(folder.Combine("index")))
        {
            builder.AddOrUpdate([Doc("x.txt", "eins"), Doc("y.txt", "zwei")]);
            builder.AddOrUpdate([Doc("x.txt", "eins geändert"), Doc("z.txt", "drei")]);
            builder.AddOrUpdate([Doc("w.txt", "vier")]);
        }

        // Act
        using var entries = ReadEntries(folder.Combine("index"));

        // Assert
        Assert.Equal(4, entries.Count);
        Assert.True(entries.TryGet("x.txt", out var x));
        Assert.Equal(DocumentReader.HashText(Doc("x.txt", "eins geändert")), entries.HashAt(x.Position));
        Assert.Equal((-1L, -1L), (x.Size, x.Time)); // not from a file
        Assert.True(entries.TryGet("w.txt", out var w));
        Assert.Equal(DocumentReader.HashText(Doc("w.txt", "vier")), entries.HashAt(w.Position));
        Assert.False(entries.TryGet("v.txt", out _));
    }

    [Fact]
    public void IndexedEntries_IdsWithUmlautsAndSubfolders_AreFoundByTheirStrings()
    {
        // Arrange: ids are kept as the UTF-8 bytes the index stores; a look-up by string must find the same bytes
        using var folder = new TempFolder();
        string[] ids = ["Straße/ärger.txt", "Strasse/aerger.txt", "ß.txt", "Ä/Ö/Ü.txt"];
        using (var builder = IndexBuilder.Open(folder.Combine("index")))
        {
            builder.AddOrUpdate([.. ids.Select((id, i) => Doc(id, "Text " + i.ToString(CultureInfo.InvariantCulture)))]);
        }

        // Act
        using var entries = ReadEntries(folder.Combine("index"));
        using var some = IndexedEntries.ReadIds(DirectoryReader.Open(FSDirectory.Open(new DirectoryInfo(folder.Combine("index")))), ["ß.txt", "ss.txt"]);

        // Assert
        Assert.Equal(ids.Length, entries.Count);
        Assert.All(ids, id => Assert.True(entries.TryGet(id, out var entry) && entries.IdAt(entry.Position) == id, id));
        Assert.False(entries.TryGet("Strasse/ärger.txt", out _));
        Assert.Equal(1, some.Count);
        Assert.True(some.TryGet("ß.txt", out var sz) && some.IdAt(sz.Position) == "ß.txt");
        Assert.Equal(DocumentReader.HashText(Doc("ß.txt", "Text 2")), some.HashAt(sz.Position));
    }

    [Fact]
    public void ScanWithStatus_ReportsWhatFileInfoReports()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nA");
        folder.Write("seeds/sub/b.TXT", "date 2024-03-01\n\nBee");
        folder.Write("seeds/.hidden/c.txt", "date 2024-03-01\n\nC");
        folder.Write("seeds/d.md", "nope");
        File.SetLastWriteTimeUtc(folder.Combine("seeds/a.txt"), new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc));

        // Act
        var files = SeedFolderScanner.ScanWithStatus(folder.Combine("seeds"), "*.txt").OrderBy(f => f.Id, StringComparer.Ordinal).ToList();

        // Assert
        Assert.Equal(["a.txt", "sub/b.TXT"], files.Select(f => f.Id));
        Assert.All(files, f =>
        {
            var info = new FileInfo(f.Path);
            Assert.Equal((info.Length, info.LastWriteTimeUtc.Ticks), (f.Size, f.Time));
        });
        Assert.Equal(new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc).Ticks, files[0].Time);
        Assert.Equal(files.Select(f => (f.Path, f.Id)), SeedFolderScanner.Scan(folder.Combine("seeds"), "*.txt"));
    }

    [Fact]
    public void ScanWithStatus_ReadsTheStatusOfEveryFileOfALargeFolderOnSeveralThreads()
    {
        // Arrange: more files than one batch of status calls, in two folders, each with a size and time of its own.
        using var folder = new TempFolder();
        var count = SeedFolderScanner.StatusBatch * 2 + 7;
        var expected = new Dictionary<string, (long Size, long Time)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var id = (i % 2 == 0 ? "" : "sub/") + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt";
            folder.Write("seeds/" + id, "date 2024-03-01\n\n" + new string('x', i % 97));
            var time = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i);
            File.SetLastWriteTimeUtc(folder.Combine("seeds/" + id), time);
            expected[id] = (new FileInfo(folder.Combine("seeds/" + id)).Length, time.Ticks);
        }

        // Act
        var files = SeedFolderScanner.ScanWithStatus(folder.Combine("seeds"), "*.txt", parallelism: 2);

        // Assert: every file once, with its own status (not a neighbour's, not -1).
        Assert.Equal(count, files.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), files.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(expected[f.Id], (f.Size, f.Time)));
    }

    private static IndexedEntries ReadEntries(string indexPath) =>
        IndexedEntries.Read(DirectoryReader.Open(FSDirectory.Open(new DirectoryInfo(indexPath))));

    private static NewsDocument Doc(string id, string body) => new()
    {
        Id = id,
        Title = "Titel " + body,
        Body = body,
        Date = new DateOnly(2024, 3, 1),
    };
}
