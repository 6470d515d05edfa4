namespace Search.Benchmarks;

/// <summary>Finds the repository (the folder holding Search.sln) from the program's location or the current folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new UsageException("cannot find the repository (a folder holding Search.sln) above the program or the current folder");
    }
}
