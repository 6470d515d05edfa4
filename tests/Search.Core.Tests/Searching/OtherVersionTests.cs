using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Searching;

/// <summary>
/// An index written by another version of the program (another schema) was searched without a word, though words may
/// not meet their forms there as this version analyses them ("Autos" 69 hits against 81 after the rebuild).
/// </summary>
public sealed class OtherVersionTests
{
    [Fact]
    public void GetStatistics_IndexOfAnotherSchema_SaysSo()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Combine("index");
        using (var builder = IndexBuilder.Open(path))
        {
            builder.AddOrUpdate(Articles.Sample);
        }

        bool current;
        using (var index = SearchIndex.Open(path))
        {
            current = index.GetStatistics().FromAnotherVersion;
        }

        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [IndexSchema.VersionKey] = "10" });
            writer.Commit();
        }

        // Act
        using var old = SearchIndex.Open(path);
        var stats = old.GetStatistics();

        // Assert
        Assert.False(current);
        Assert.True(stats.FromAnotherVersion);
    }
}
