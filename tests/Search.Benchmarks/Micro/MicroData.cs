using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Benchmarks.Micro;

/// <summary>Sample articles and a small index shared by the micro benchmarks (built once per process).</summary>
internal static class MicroData
{
    private static readonly Lazy<IReadOnlyList<NewsDocument>> AllArticles = new(LoadArticles);
    private static readonly Lazy<SearchIndex> IndexInstance = new(BuildIndex);

    /// <summary>The folder of seed-format articles the samples come from.</summary>
    public static string CorpusFolder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SEARCH_BENCH_CORPUS");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured;
            }

            var root = RepositoryRoot.Find();
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "wikinews-de"));
        }
    }

    /// <summary>The first <paramref name="count"/> articles of the corpus (sorted by file name), parsed and cleaned.</summary>
    public static NewsDocument[] Articles(int count) => [.. AllArticles.Value.Take(count)];

    /// <summary>An index of the whole sample corpus, built with the full pipeline (the code the CLI runs, entity extraction included).</summary>
    public static SearchIndex Index => IndexInstance.Value;

    private static IReadOnlyList<NewsDocument> LoadArticles()
    {
        var folder = CorpusFolder;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The micro benchmark corpus '{folder}' does not exist; set SEARCH_BENCH_CORPUS.");
        }

        var reader = new DocumentReader();
        var documents = new List<NewsDocument>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var result = reader.ReadFile(file, Path.GetRelativePath(folder, file));
            if (result.IsSuccess)
            {
                documents.Add(result.Document!);
            }
        }

        return documents;
    }

    private static SearchIndex BuildIndex()
    {
        var path = Path.Combine(Path.GetTempPath(), "search-bench", $"micro-index-{Environment.ProcessId}");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        using (var builder = IndexBuilder.Open(path))
        {
            builder.UpdateFromFolder(CorpusFolder, full: true);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                IndexInstance.Value.Dispose();
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        };
        return SearchIndex.Open(path);
    }
}
