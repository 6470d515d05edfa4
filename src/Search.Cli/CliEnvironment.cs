using System.Text;

namespace Search.Cli;

/// <summary>The streams and terminal facts a command runs with; tests pass their own.</summary>
/// <param name="In">Standard input (for <c>--stdin</c>).</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: messages for a person.</param>
/// <param name="Colour">Whether standard output is a terminal that shows colour.</param>
/// <param name="Interactive">Whether standard error is a terminal (progress is shown there).</param>
/// <param name="Terminal">Whether standard input and output are a terminal, as the terminal UI needs.</param>
internal sealed record CliEnvironment(TextReader In, TextWriter Out, TextWriter Error, bool Colour, bool Interactive, bool Terminal = false)
{
    /// <summary>
    /// The process's console. Standard input is read through a plain stream reader: <see cref="Console.In"/> sets the
    /// terminal up on first use (about 50 ms of a fresh process), and only <c>search query --stdin</c> reads it (issue 16).
    /// </summary>
    public static CliEnvironment FromConsole() => new(
        new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)),
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        !Console.IsErrorRedirected,
        !Console.IsInputRedirected && !Console.IsOutputRedirected);
}
