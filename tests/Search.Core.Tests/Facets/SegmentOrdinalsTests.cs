using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Facets;
using Search.Core.Indexing;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 16: a segment's facet ordinals are read from the facet field's postings (its drill-down terms) instead of
/// value by value from the doc values. Both must give the same ordinals for every document, deleted and empty ones
/// included, and an index whose terms are not its doc values must fall back to the doc values.
/// </summary>
public sealed class SegmentOrdinalsTests
{
    private static readonly string[] Pool = ["Angela Merkel", "Bundestag", "Kreml", "Ärzte ohne Grenzen", "Zürich", "Øresund"];

    [Fact]
    public void FromPostings_SegmentsWithDeletionsAndEmptyDocuments_EqualsTheDocValues()
    {
        // Arrange: three segments of documents with zero to four values, some deleted, one replaced
        using var directory = new RAMDirectory();
        var random = new Random(7);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { MergePolicy = NoMergePolicy.COMPOUND_FILES }))
        {
            for (var i = 0; i < 300; i++)
            {
                var values = Pool.Where(_ => random.NextDouble() < 0.3).ToArray();
                writer.AddDocument(Document($"d{i}", values));
                if (i % 100 == 99)
                {
                    writer.Commit();
                }
            }

            writer.DeleteDocuments(new Term(IndexSchema.Id, "d5"), new Term(IndexSchema.Id, "d150"));
            writer.UpdateDocument(new Term(IndexSchema.Id, "d7"), Document("d7", ["Kreml"]));
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);

        // Act + Assert
        Assert.True(reader.Leaves.Count >= 3);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var fromPostings = SegmentOrdinals.FromPostings(segment, IndexSchema.Actor, segment.GetSortedSetDocValues(IndexSchema.Actor));
            var fromDocValues = SegmentOrdinals.FromDocValues(segment, segment.GetSortedSetDocValues(IndexSchema.Actor));
            Assert.NotNull(fromPostings);
            Assert.Equal(fromDocValues.Starts, fromPostings.Starts);
            Assert.Equal(fromDocValues.Ords, fromPostings.Ords);
            Assert.Equal(fromDocValues.ValueCount, fromPostings.ValueCount);
            Assert.Same(SegmentOrdinals.For(segment, IndexSchema.Actor), SegmentOrdinals.For(segment, IndexSchema.Actor));
            Assert.Equal(fromDocValues.Ords, SegmentOrdinals.For(segment, IndexSchema.Actor)!.Ords);
        }
    }

    [Fact]
    public void FromPostings_TermsThatAreNotTheDocValues_GivesNullAndForFallsBackToTheDocValues()
    {
        // Arrange: the indexed terms differ from the doc values (same number of values, other spelling)
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            var doc = new Document
            {
                new StringField(IndexSchema.Id, "a", Field.Store.YES),
                new StringField(IndexSchema.Actor, "kreml", Field.Store.NO),
                new SortedSetDocValuesField(IndexSchema.Actor, new BytesRef("Kreml")),
            };
            writer.AddDocument(doc);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var segment = reader.Leaves[0].AtomicReader;

        // Act
        var fromPostings = SegmentOrdinals.FromPostings(segment, IndexSchema.Actor, segment.GetSortedSetDocValues(IndexSchema.Actor));
        var ordinals = SegmentOrdinals.For(segment, IndexSchema.Actor);

        // Assert
        Assert.Null(fromPostings);
        Assert.NotNull(ordinals);
        Assert.Equal([0, 1], ordinals.Starts);
        Assert.Equal([0], ordinals.Ords);
    }

    private static Document Document(string id, IEnumerable<string> values)
    {
        var doc = new Document { new StringField(IndexSchema.Id, id, Field.Store.YES) };
        foreach (var value in values)
        {
            doc.Add(new StringField(IndexSchema.Actor, value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexSchema.Actor, new BytesRef(value)));
        }

        return doc;
    }
}
