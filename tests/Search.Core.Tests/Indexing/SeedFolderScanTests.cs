using System.Text;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// What a scan of the seeds folder lists on Unix, where folders are read with their entries' types: files, links to
/// files and named pipes; a link to a folder is walked as a folder. A named pipe is then refused with its reason
/// instead of read: reading it would wait for a writer for ever (an update used to hang on one).
/// </summary>
public sealed class SeedFolderScanTests
{
    private const string Article = "date 2024-03-01\n\nTitel\n\nText über {0}.";

    [LinuxFact]
    public void ScanWithStatus_PipesAndLinks_ListsFilesAndLinkedFilesAndWalksLinkedFolders()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Article, "a"));
        var target = folder.Write("archiv/b.txt", string.Format(Article, "b"));
        folder.Write("archiv/ordner.txt/c.txt", string.Format(Article, "c"));
        File.CreateSymbolicLink(folder.Combine("seeds/verweis.txt"), target);
        Directory.CreateSymbolicLink(folder.Combine("seeds/ordner.txt"), folder.Combine("archiv/ordner.txt"));
        LinuxFactAttribute.MakePipe(folder.Combine("seeds/rohr.txt"));

        // Act
        var files = SeedFolderScanner.ScanWithStatus(folder.Combine("seeds"), "*.txt", parallelism: 2);

        // Assert
        Assert.Equal(["a.txt", "ordner.txt/c.txt", "rohr.txt", "verweis.txt"], files.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(files.Where(f => f.Id != "rohr.txt"), f => Assert.Equal(File.ReadAllBytes(f.Path).LongLength, f.Size)); // a link's is its target's
        Assert.Equal(files.Select(f => f.Id).Order(StringComparer.Ordinal), SeedFolderScanner.Scan(folder.Combine("seeds"), "*.txt").Select(f => f.Id));
    }

    [LinuxFact]
    public void UpdateFromFolder_NamedPipeAmongTheArticles_RefusesItWithItsReasonInsteadOfWaiting()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Article, "Alpha"));
        folder.Write("seeds/b.txt", string.Format(Article, "Beta"));
        var pipe = folder.Combine("seeds/rohr.txt");
        LinuxFactAttribute.MakePipe(pipe);
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var update = Task.Run(() => builder.UpdateFromFolder(folder.Combine("seeds")));
        var finished = update.Wait(TimeSpan.FromSeconds(60));
        if (!finished)
        {
            using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
                // a writer that closes at once lets a reader waiting on the pipe go on
            }

            update.Wait(TimeSpan.FromSeconds(60));
        }

        // Assert
        Assert.True(finished, "The update waited on the named pipe.");
        Assert.Equal(2, update.Result.Added);
        var rejected = Assert.Single(update.Result.Rejected);
        Assert.Equal(("rohr.txt", "not a regular file (a named pipe, socket or device)"), (rejected.Path, rejected.Reason));
    }

    [LinuxFact]
    public void UpdateFromFolder_FileNameNotUtf8_IsRejectedWithItsReasonInsteadOfLostSilently()
    {
        // Arrange: "café.txt" with its é in Latin-1, as an old archive might name it; .NET reads the name as "caf\uFFFD.txt"
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", string.Format(Article, "Alpha"));
        LinuxFactAttribute.WriteFile(folder.Combine("seeds"), [.. "caf"u8, 0xE9, .. ".txt"u8], Encoding.UTF8.GetBytes(string.Format(Article, "Kaffee")));
        using var builder = IndexBuilder.Open(folder.Combine("index"));

        // Act
        var result = builder.UpdateFromFolder(folder.Combine("seeds"));

        // Assert
        Assert.Equal(1, result.Added);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(("caf\uFFFD.txt", FileProblem.InvalidName), (rejected.Path, rejected.Problem));
        Assert.Contains("not valid UTF-8", rejected.Reason, StringComparison.Ordinal);
        var read = new DocumentReader().ReadFile(folder.Combine("seeds", rejected.Path), rejected.Path); // as search extract reads it
        Assert.Equal(FileProblem.InvalidName, read.Problem);
    }
}
