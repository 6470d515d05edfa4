using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.TestSupport;

/// <summary>A temporary index built from documents given as objects, opened for searching.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestIndex(IEnumerable<NewsDocument> documents)
    {
        using (var builder = IndexBuilder.Open(IndexPath))
        {
            builder.AddOrUpdate(documents);
        }

        Index = SearchIndex.Open(IndexPath);
    }

    public string IndexPath => _folder.Combine("index");

    public SearchIndex Index { get; }

    public SearchResults Search(string text) => Index.Search(SearchRequest.For(text));

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
