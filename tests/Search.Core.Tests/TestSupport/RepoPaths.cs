namespace Search.Core.Tests.TestSupport;

/// <summary>Finds files of the repository (the folder holding Search.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedArticle => Path.Combine(Root, "seeds", "000_24110c9fbfdaf8ed.txt");

    /// <summary>The shared data folder next to the repository; fails the test with a clear message when missing.</summary>
    public static string Shared(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", relative));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Fail($"Shared test data is missing: {path}. This test needs ../shared/ next to the repository.");
        }

        return path;
    }
}
