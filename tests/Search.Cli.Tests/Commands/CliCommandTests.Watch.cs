using System.Text.Json;
using Search.Cli.Commands;

namespace Search.Cli.Tests.Commands;

/// <summary>`search index --watch`, run in-process and cancelled as Ctrl+C would.</summary>
public sealed partial class CliCommandTests
{
    [Fact]
    public async Task IndexWatch_WithFull_RebuildsFirst()
    {
        // Arrange: --full was ignored under --watch (the first update was incremental: fullRebuild false, 0 added)
        Index();
        var output = new StringWriter();
        var synchronised = TextWriter.Synchronized(output);
        var env = new CliEnvironment(new StringReader(""), synchronised, TextWriter.Synchronized(new StringWriter()), Colour: false, Interactive: false);
        using var stop = new CancellationTokenSource();

        // Act
        var watching = Task.Run(() => IndexCommand.Watch(env, new IndexRunSettings(_seeds, _index, Full: true), json: true, stop.Token));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!output.ToString().Contains('\n', StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        await Task.Delay(1500); // the watch's own first update, after the rebuild
        await stop.CancelAsync();
        Assert.Equal(0, await watching.WaitAsync(TimeSpan.FromSeconds(60)));

        // Assert: one line, the rebuild (the watch's first update found nothing more and said nothing)
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var result = JsonDocument.Parse(line);
        Assert.True(result.RootElement.GetProperty("fullRebuild").GetBoolean());
        Assert.Equal(2, result.RootElement.GetProperty("added").GetInt32());
    }
}
