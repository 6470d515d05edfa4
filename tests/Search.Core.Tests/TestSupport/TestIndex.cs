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

    /// <summary>All hits of <paramref name="text"/> (no facets, no snippets).</summary>
    public SearchResults Hits(string text) => Index.Search(new SearchRequest { Text = text, Take = 100, FacetSize = 0, MaxSnippets = 0 });

    /// <summary>The ids of all hits of <paramref name="text"/>, sorted, separated by spaces.</summary>
    public string Ids(string text) => string.Join(' ', Hits(text).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
