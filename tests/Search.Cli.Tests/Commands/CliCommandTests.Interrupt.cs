using Search.Cli.Commands;

namespace Search.Cli.Tests.Commands;

public sealed partial class CliCommandTests
{
    [Fact]
    public void Index_InterruptedByCtrlC_SaysSoAndWhatWasKept()
    {
        // Arrange: the parser ended the process with 130 and no word
        var error = new StringWriter();
        var env = new CliEnvironment(new StringReader(""), new StringWriter(), error, Colour: false, Interactive: false);
        using var interrupted = new CancellationTokenSource();
        interrupted.Cancel();

        // Act
        var code = IndexCommand.Run(env, new IndexRunSettings(_seeds, _index), json: false, interrupted.Token);

        // Assert
        Assert.Equal(130, code);
        Assert.Contains("search: interrupted; the index is left as it was after its last commit", error.ToString(), StringComparison.Ordinal);
    }
}
