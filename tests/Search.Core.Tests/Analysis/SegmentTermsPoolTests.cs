using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// Term enumerators lent per reader and field (issue 16): given back, they are lent again, and a look-up on one that a
/// walk or another look-up left anywhere in the vocabulary counts as on a fresh one.
/// </summary>
public sealed class SegmentTermsPoolTests : IDisposable
{
    private const string Field = "exact";

    private static readonly string[][] Segments =
    [
        ["regierung", "regierungen", "rat", "zeitung"],
        ["regierung", "quantencomputer", "zebra", "zeit"],
        ["apfel", "rathaus", "zoo"],
    ];

    private readonly WordSegments _index = new(Field, Segments);
    private readonly DirectoryReader _reader;

    public SegmentTermsPoolTests() => _reader = _index.Reader;

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Rent_AfterTheLeaseIsGivenBack_LendsTheSameEnumeratorsAgain()
    {
        // Arrange
        Assert.Equal(Segments.Length, _reader.Leaves.Count);
        TermsEnum?[] first;
        using (var lease = SegmentTermsPool.Rent(_reader, Field))
        {
            first = lease.Segments;
        }

        // Act
        using var again = SegmentTermsPool.Rent(_reader, Field);

        // Assert
        Assert.Same(first, again.Segments);
        Assert.Equal(Segments.Length, again.Segments.Length);
        Assert.All(again.Segments, Assert.NotNull);
    }

    [Fact]
    public void Rent_WhileALeaseIsOut_LendsOtherEnumerators()
    {
        // Act
        using var one = SegmentTermsPool.Rent(_reader, Field);
        using var two = SegmentTermsPool.Rent(_reader, Field);

        // Assert
        Assert.NotSame(one.Segments, two.Segments);
        Assert.All(one.Segments.Zip(two.Segments), pair => Assert.NotSame(pair.First, pair.Second));
    }

    [Fact]
    public void Rent_FieldNoSegmentHolds_LendsNullPerSegment()
    {
        // Act
        using var lease = SegmentTermsPool.Rent(_reader, "nothing");

        // Assert
        Assert.Equal(Segments.Length, lease.Segments.Length);
        Assert.All(lease.Segments, Assert.Null);
    }

    [Fact]
    public void FieldFrequencies_OnEnumeratorsAWalkLeftAnywhere_CountAsReaderDocFreq()
    {
        var words = Segments.SelectMany(s => s).Distinct().Concat(["absent", "zzz", "a", "regierungx"]).ToList();
        foreach (var walked in new[] { "zeitunk", "regirung", "quantencomputr", "zzyzxquark" })
        {
            // Arrange: the walk leaves the pooled enumerators somewhere (or at the end of a segment's vocabulary)
            VocabularyWalk.Collect(_reader, Field, walked, 2, []);

            // Act
            using var frequencies = new FieldFrequencies(_reader, Field);
            var counts = words.Select(frequencies.Of).ToList();

            // Assert
            Assert.Equal(words.Select(w => _reader.DocFreq(new Term(Field, w))), counts);
            Assert.Contains(counts, c => c == 2);
        }
    }
}
