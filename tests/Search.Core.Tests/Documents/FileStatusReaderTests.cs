using Search.Core.Documents;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Documents;

/// <summary>
/// Issue 16: the status calls of an update's scan go straight to the kernel on Linux (<c>statx</c>). An update
/// compares the size and time with what the index stored from earlier scans, so both ways of reading them must agree
/// to the tick, or every file would look changed.
/// </summary>
public sealed class FileStatusReaderTests
{
    [Fact]
    public void Read_AgreesWithFileInfoOfTheFileItself_ForNamesWithUmlautsFractionsOfASecondOldTimesAndLinks()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nA");
        folder.Write("seeds/Bücher/Straße ä ö ü ß.txt", "date 2024-03-01\n\nÜber Größe");
        folder.Write("seeds/alt.txt", "date 1960-01-01\n\nAlt");
        folder.Write("seeds/leer.txt", "");
        File.SetLastWriteTimeUtc(folder.Combine("seeds/a.txt"), new DateTime(2021, 7, 8, 9, 10, 11, DateTimeKind.Utc).AddTicks(1234567));
        File.SetLastWriteTimeUtc(folder.Combine("seeds/alt.txt"), new DateTime(1960, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(4321));
        var ids = new List<string> { "a.txt", "Bücher/Straße ä ö ü ß.txt", "alt.txt", "leer.txt" };
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(folder.Combine("seeds/link.txt"), folder.Combine("seeds/Bücher/Straße ä ö ü ß.txt"));
            ids.Add("link.txt");
        }

        var root = folder.Combine("seeds");

        // Act + Assert
        foreach (var id in ids)
        {
            var info = new FileInfo(Path.Combine(root, id));
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            var expected = (info.Length, info.LastWriteTimeUtc.Ticks);
            Assert.Equal(expected, FileStatusReader.Read(root, id));
            Assert.Equal(expected, FileStatusReader.Read(root + Path.DirectorySeparatorChar, id));
            Assert.Equal(expected, FileStatusReader.Read(root, id, useStatx: false));
        }

        Assert.Equal(new DateTime(2021, 7, 8, 9, 10, 11, DateTimeKind.Utc).AddTicks(1234567).Ticks, FileStatusReader.Read(root, "a.txt").Time);
        if (!OperatingSystem.IsWindows())
        {
            // A link counts as the file it points to, as FileInfo has it.
            Assert.Equal(FileStatusReader.Read(root, "Bücher/Straße ä ö ü ß.txt"), FileStatusReader.Read(root, "link.txt"));
        }
    }

    [Fact]
    public void Read_FileThatIsNotThere_IsMinusOne()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "date 2024-03-01\n\nA");

        // Act + Assert
        Assert.Equal((-1L, -1L), FileStatusReader.Read(folder.Combine("seeds"), "fehlt.txt"));
        Assert.Equal((-1L, -1L), FileStatusReader.Read(folder.Combine("seeds"), "fehlt.txt", useStatx: false));
    }

    [Fact]
    public void Read_PathLongerThanTheStackBuffer_IsReadToo()
    {
        // Arrange: a file deep enough that its UTF-8 path needs more than the 1 KB the reader keeps on the stack
        using var folder = new TempFolder();
        var id = string.Join('/', Enumerable.Repeat("Ordner-mit-Überlänge-äöü", 40)) + "/a.txt";
        folder.Write("seeds/" + id, "date 2024-03-01\n\nTief");
        var root = folder.Combine("seeds");
        var info = new FileInfo(Path.Combine(root, id));

        // Act + Assert
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(root + "/" + id) > 1024);
        Assert.Equal((info.Length, info.LastWriteTimeUtc.Ticks), FileStatusReader.Read(root, id));
    }
}
