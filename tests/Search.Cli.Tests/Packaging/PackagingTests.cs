using System.Diagnostics;
using System.IO.Compression;

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

    [Fact]
    public void Packages_CarryTheLicenceAndTheThirdPartyNotices()
    {
        // Arrange: Regression: #15 the packages said MIT and carried only the decompounder's NOTICE
        var packages = _folder.Combine("packages");
        foreach (var name in new[] { "Search.Core", "Search.Cli" })
        {
            var project = Path.Combine(RepoPaths.Root, "src", name, name + ".csproj");
            var (code, output) = Run("dotnet", RepoPaths.Root, "pack", project, "--no-build", "-o", packages, "-p:Configuration=" + BuildConfiguration);
            Assert.True(code == 0, output);
        }

        var notices = File.ReadAllText(Path.Combine(RepoPaths.Root, "THIRD-PARTY-NOTICES.md"));

        // Act
        var core = Entries(Assert.Single(Directory.GetFiles(packages, "Search.Core.*.nupkg")));
        var cli = Entries(Assert.Single(Directory.GetFiles(packages, "Search.Cli.*.nupkg")));

        // Assert: the notices at the root of both, beside the tool's program, and copied into a consumer's output
        Assert.Equal(notices, core["THIRD-PARTY-NOTICES.md"]);
        Assert.Equal(notices, core["contentFiles/any/any/THIRD-PARTY-NOTICES.md"]);
        Assert.Equal(notices, cli["THIRD-PARTY-NOTICES.md"]);
        Assert.Equal(notices, cli["tools/net10.0/any/THIRD-PARTY-NOTICES.md"]);
        foreach (var package in new[] { core, cli })
        {
            var nuspec = package.Single(e => e.Key.EndsWith(".nuspec", StringComparison.Ordinal)).Value;
            Assert.Contains("<license type=\"file\">LICENSE.md</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("THIRD-PARTY-NOTICES.md", package["LICENSE.md"], StringComparison.Ordinal);
            Assert.Contains("MIT License", package["LICENSE.md"], StringComparison.Ordinal);
        }

        Assert.Contains("copyToOutput=\"true\"", core.Single(e => e.Key.EndsWith(".nuspec", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltProgram_HasTheThirdPartyNoticesBesideIt()
    {
        // Arrange: the test's output holds the built program (search.dll) and what its build copies beside it
        var program = Path.Combine(AppContext.BaseDirectory, "search.dll");
        Assert.True(File.Exists(program), program);

        // Act
        var notices = Path.Combine(AppContext.BaseDirectory, "THIRD-PARTY-NOTICES.md");

        // Assert
        Assert.True(File.Exists(notices), notices);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "THIRD-PARTY-NOTICES.md")), File.ReadAllText(notices));
    }

    private static Dictionary<string, string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Where(e => e.FullName.EndsWith(".md", StringComparison.Ordinal) || e.FullName.EndsWith(".nuspec", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            });
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
