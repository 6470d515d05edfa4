using System.Diagnostics;
using System.Text.Json;

namespace Search.Cli.Tests.Commands;

/// <summary>Kills indexing child processes at random moments and checks that nothing is lost or duplicated.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Article(int i) =>
        $"date 2024-{1 + (i % 12):D2}-{1 + (i % 28):D2}\n\nBericht Nummer {i}\n\n" +
        string.Join(' ', Enumerable.Range(0, 40).Select(w => $"Wort{(i * 31 + w) % 997} Regierung Gespräch{w % 7}")) + ".";

    private static Process StartIndexer(string seeds, string index)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "search.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "index", "--seeds", seeds, "--index", index, "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    private static void RunToEnd(string seeds, string index)
    {
        using var process = StartIndexer(seeds, index);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}");
    }

    private static SortedSet<string> IndexedIds(string index)
    {
        var (code, output, error) = CliRunner.Run("query", "--index", index, "--top", "100000", "--json");
        Assert.True(code is 0 or 1, error);
        var root = JsonDocument.Parse(output).RootElement;
        var ids = root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return new SortedSet<string>(ids, StringComparer.Ordinal);
    }

    [Fact]
    public void Index_KilledAtRandomMomentsThenRerun_EndsLikeAnUninterruptedRun()
    {
        // Arrange
        var seeds = _folder.Combine("seeds");
        for (var i = 0; i < 5000; i++)
        {
            _folder.Write($"seeds/{i / 1000}/article{i:D4}.txt", Article(i));
        }

        var crashed = _folder.Combine("crashed");
        var clean = _folder.Combine("clean");
        var random = new Random(7);
        var killed = 0;

        // Act: several runs killed with SIGKILL at random points, some after a change to the folder
        for (var round = 0; round < 5; round++)
        {
            // Give every run plenty to do: change a third of the files.
            for (var i = round; i < 5000; i += 3)
            {
                _folder.Write($"seeds/{i / 1000}/article{i:D4}.txt", Article(i + (round * 7919)));
            }

            using var child = StartIndexer(seeds, crashed);
            Thread.Sleep(random.Next(300, 1500));
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                killed++;
            }

            child.WaitForExit();
            if (round == 1)
            {
                File.Delete(_folder.Combine("seeds/0/article0003.txt"));
                _folder.Write("seeds/3/extra.txt", Article(1000));
            }
        }

        RunToEnd(seeds, crashed);
        RunToEnd(seeds, clean);

        // Assert: the runs were really interrupted; the same documents, each once; a further run finds nothing to do
        Assert.True(killed >= 3, $"only {killed} runs were killed before they finished");
        Assert.Equal(IndexedIds(clean), IndexedIds(crashed));
        var (code, output, _) = CliRunner.Run("index", "--seeds", seeds, "--index", crashed, "--json");
        Assert.Equal(0, code);
        var again = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, again.GetProperty("added").GetInt32() + again.GetProperty("updated").GetInt32() + again.GetProperty("deleted").GetInt32());
        Assert.Equal(Directory.GetFiles(seeds, "*.txt", SearchOption.AllDirectories).Length, again.GetProperty("unchanged").GetInt32());
    }
}
