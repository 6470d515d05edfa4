using System.Globalization;
using Search.Core.Indexing;

namespace Search.Cli.Output;

/// <summary>
/// Writes index progress on one line of standard error, synchronously (reports come from worker threads), and
/// clears the line when the work is done.
/// </summary>
internal sealed class ProgressLine(TextWriter error, string label) : IProgress<IndexProgress>
{
    private readonly Lock _lock = new();
    private bool _stopped;
    private bool _written;

    public void Report(IndexProgress value)
    {
        lock (_lock)
        {
            if (!_stopped)
            {
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} {value.Processed}/{value.Total} "));
                _written = true;
            }
        }
    }

    /// <summary>Stops reporting and clears the line, so what follows starts on a clean line.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            if (_written)
            {
                error.Write("\r\u001b[K");
            }
        }
    }
}
