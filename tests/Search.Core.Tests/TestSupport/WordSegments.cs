using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Analysis;

namespace Search.Core.Tests.TestSupport;

/// <summary>
/// An index in memory of one field split on whitespace, one segment per list of documents (each a string of
/// words), for tests of term look-ups across several segments.
/// </summary>
public sealed class WordSegments : IDisposable
{
    private readonly RAMDirectory _directory = new();

    public WordSegments(string field, IEnumerable<IEnumerable<string>> segments)
    {
        var config = new IndexWriterConfig(GermanAnalyzers.Version, new WhitespaceAnalyzer(GermanAnalyzers.Version));
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var segment in segments)
            {
                foreach (var words in segment)
                {
                    writer.AddDocument(new Document { new TextField(field, words, Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        Reader = DirectoryReader.Open(_directory);
    }

    public DirectoryReader Reader { get; }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
