using System.Diagnostics;
using System.Globalization;

namespace Search.Benchmarks.Macro;

/// <summary>The outcome of a child process: exit code, output, wall time and peak resident memory.</summary>
internal sealed record ChildResult(int ExitCode, string Stdout, string Stderr, TimeSpan Wall, long PeakRssKb);

/// <summary>Runs a child process and measures its wall time and peak resident set size.</summary>
internal static class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="args"/>. Peak RSS comes from GNU time (the kernel's
    /// ru_maxrss of the child) when /usr/bin/time exists, else from polling VmHWM in /proc.
    /// </summary>
    public static ChildResult Run(string file, IReadOnlyList<string> args, string? workingDirectory = null)
    {
        var useTime = File.Exists(GnuTime);
        var rssFile = useTime ? Path.GetTempFileName() : null;
        var info = new ProcessStartInfo(useTime ? GnuTime : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (useTime)
        {
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add("%M");
            info.ArgumentList.Add("-o");
            info.ArgumentList.Add(rssFile!);
            info.ArgumentList.Add(file);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polled = 0;
        while (!process.WaitForExit(useTime ? 1000 : 20))
        {
            if (!useTime)
            {
                polled = Math.Max(polled, ReadStatusKb(process.Id, "VmHWM"));
            }
        }

        process.WaitForExit();
        var wall = stopwatch.Elapsed;
        long peak = polled;
        if (rssFile is not null)
        {
            var text = File.ReadAllText(rssFile).Trim().Split('\n').LastOrDefault() ?? "";
            peak = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
            File.Delete(rssFile);
        }

        return new ChildResult(process.ExitCode, stdout.Result, stderr.Result, wall, peak);
    }

    /// <summary>A "Vm..." line of /proc/PID/status in kB, or 0.</summary>
    public static long ReadStatusKb(int pid, string key) => ReadStatusKb($"/proc/{pid}/status", key);

    /// <summary>A "Vm..." line of this process's status in kB, or 0.</summary>
    public static long ReadOwnStatusKb(string key) => ReadStatusKb("/proc/self/status", key);

    private static long ReadStatusKb(string path, string key)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith(key + ":", StringComparison.Ordinal))
                {
                    var parts = line[(key.Length + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return long.Parse(parts[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process has ended.
        }

        return 0;
    }
}
