using System.Diagnostics;

namespace Search.Cli.Tests.Packaging;

/// <summary>Packs the CLI as a .NET tool, installs it into a temporary tool path and uses it.</summary>
public sealed class PackagingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [Fact]
    public void PackedTool_InstallsAndRunsHelpIndexAndQuery()
    {
        // Arrange: pack the already built CLI
        var project = Path.Combine(RepoPaths.Root, "src", "Search.Cli", "Search.Cli.csproj");
        var packages = _folder.Combine("packages");
        var (packCode, packOutput) = Run("dotnet", RepoPaths.Root, "pack", project, "--no-build", "-o", packages, "-p:Configuration=" + BuildConfiguration);
        Assert.True(packCode == 0, packOutput);
        var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(packages, "Search.Cli.*.nupkg")));
        var version = package["Search.Cli.".Length..];

        // Act: install into a tool path and use it
        var tools = _folder.Combine("tools");
        var (installCode, installOutput) = Run("dotnet", _folder.Path, "tool", "install", "--tool-path", tools, "--add-source", packages, "Search.Cli", "--version", version);
        Assert.True(installCode == 0, installOutput);
        var search = Path.Combine(tools, "search");
        var help = Run(search, _folder.Path, "--help");
        _folder.Write("seeds/a.txt", "date 2025-12-21\n\nFriedensgespräche in Miami\n\nDie Gespräche gehen weiter.");
        var index = Run(search, _folder.Path, "index");
        var query = Run(search, _folder.Path, "query", "Gespräch");

        // Assert
        Assert.Equal(0, help.Code);
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        Assert.True(index.Code == 0, index.Output);
        Assert.True(query.Code == 0, query.Output);
        Assert.Contains("1 hit", query.Output, StringComparison.Ordinal);
        Assert.Contains("[Gespräche]", query.Output, StringComparison.Ordinal);
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
