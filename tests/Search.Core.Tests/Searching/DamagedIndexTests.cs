using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// An index whose files were damaged after it was opened cleanly (bytes changed inside a compound file, which Lucene
/// checks only in part when it opens a commit): every reading call reports it as a damaged index, never as whatever
/// decoding the wrong bytes threw (an invalid number, an index out of range, Lucene.Net's internal exceptions).
/// </summary>
public sealed class DamagedIndexTests
{
    private static readonly string[] Words =
    [
        "Regierung", "Bundestag", "Haushalt", "Wahlkampf", "Klimaschutz", "Energiewende", "Flüchtlinge", "Außenminister",
        "Gesundheitsreform", "Straßenbahn", "Fußball", "Weltmeisterschaft", "Börse", "Zinsen", "Überschwemmung",
    ];

    [Fact]
    public void ReadingCalls_BytesChangedInsideTheFiles_ReportADamagedIndexOrAnswer()
    {
        // Arrange: segments in compound files, with terms, postings, doc values and stored fields of some size
        using var folder = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 60).Select(j => Words[(i * 7 + j * 3) % Words.Length] + (j % 5 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")));
            folder.Write($"seeds/{i:D2}.txt", $"date 2024-03-{i % 28 + 1:D2}\n\nAngela Merkel besucht Berlin {i}\n\nAngela Merkel sprach in Berlin und Hamburg über {words}.");
        }

        var indexPath = folder.Combine("index");
        using (var builder = IndexBuilder.Open(indexPath))
        {
            builder.UpdateFromFolder(folder.Combine("seeds"));
        }

        var compound = System.IO.Directory.GetFiles(indexPath, "*.cfs").MaxBy(f => new FileInfo(f).Length)!; // one segment per indexing thread
        var sound = File.ReadAllBytes(compound);
        var otherErrors = new List<string>();
        var damagedWhileReading = 0;

        // Act: change 16 bytes at one place after another, from the start of the file to its end
        for (var offset = 64; offset < sound.Length - 16; offset += sound.Length / 60)
        {
            var damaged = (byte[])sound.Clone();
            for (var i = offset; i < offset + 16; i++)
            {
                damaged[i] ^= 0xA5;
            }

            File.WriteAllBytes(compound, damaged);
            SearchIndex index;
            try
            {
                index = SearchIndex.Open(indexPath);
            }
            catch (IndexUnavailableException opening) when (opening.Problem == IndexProblem.Damaged)
            {
                continue; // seen when opened: the files Lucene checks then
            }

            using (index)
            {
                foreach (var (name, read) in ReadingCalls(index))
                {
                    try
                    {
                        read();
                    }
                    catch (IndexUnavailableException error) when (error.Problem == IndexProblem.Damaged)
                    {
                        damagedWhileReading++;
                    }
                    catch (Exception error)
                    {
                        otherErrors.Add($"{name} at byte {offset}: {error.GetType().Name}: {error.Message}");
                    }
                }
            }
        }

        File.WriteAllBytes(compound, sound);

        // Assert
        Assert.Empty(otherErrors);
        Assert.True(damagedWhileReading > 0, "No damage surfaced while reading: the test did not reach the reading calls.");
    }

    private static IEnumerable<(string Name, Action Read)> ReadingCalls(SearchIndex index) =>
    [
        ("search", () => index.Search(SearchRequest.For("Regierung Haushalt"))),
        ("phrase", () => index.Search(SearchRequest.For("\"Angela Merkel\""))),
        ("match-all", () => index.Search(SearchRequest.For(""))),
        ("statistics", () => index.GetStatistics()),
        ("facet values", () => index.FindFacetValues("actor", "merk")),
        ("document", () => index.GetDocument("07.txt")),
    ];
}
