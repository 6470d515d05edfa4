using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.Analysis;

/// <summary>The look-ups a word the index lacks needs (issue 16), over an index of several segments.</summary>
public sealed class FieldFrequenciesTests : IDisposable
{
    private const string Field = "body";

    /// <summary>Per segment, its documents' words.</summary>
    private static readonly string[][] Segments =
    [
        ["regierung krise", "regierungen rat", "zeitung", "quant physik"],
        ["regierung", "quantencomputer zebra", "zeit comput", "krieg"],
        ["apfel rathaus", "zoo", "ukrain krieg heute", "comput netz"],
    ];

    private readonly WordSegments _index = new(Field, Segments);
    private readonly DirectoryReader _reader;

    public FieldFrequenciesTests() => _reader = _index.Reader;

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("regierung", true)] // a whole term
    [InlineData("regier", true)]
    [InlineData("quanten", true)] // only the second segment
    [InlineData("rath", true)] // only the last segment, after segments with greater terms
    [InlineData("zo", true)] // only the last segment, whose vocabulary it ends
    [InlineData("zeb", true)]
    [InlineData("zoos", false)] // longer than the term
    [InlineData("zz", false)] // after every term
    [InlineData("quark", false)]
    [InlineData("b", false)]
    public void AnyBeginsWith_Prefix_TellsWhetherSomeSegmentHasATermBeginningWithIt(string prefix, bool expected)
    {
        // Arrange
        Assert.Equal(Segments.Length, _reader.Leaves.Count);
        using var frequencies = new FieldFrequencies(_reader, Field);

        // Act
        var any = frequencies.AnyBeginsWith(prefix);

        // Assert
        Assert.Equal(expected, any);
        Assert.Equal(expected, Words().Any(t => t.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ukrain krieg", true)] // one document of the last segment
    [InlineData("krieg ukrain", true)]
    [InlineData("regierung krise", true)]
    [InlineData("comput netz", true)] // comput is in two segments, netz only in the later one
    [InlineData("quant comput", false)] // each in some document, never in the same
    [InlineData("regierung krieg", false)] // both in the second segment, in different documents
    [InlineData("krieg", true)]
    [InlineData("krieg absent", false)]
    public void AnyDocumentHoldsAll_Terms_TellsWhetherOneDocumentHasEveryOne(string terms, bool expected)
    {
        // Arrange
        Assert.Equal(Segments.Length, _reader.Leaves.Count);
        using var frequencies = new FieldFrequencies(_reader, Field);
        var wanted = terms.Split(' ');

        // Act
        var all = frequencies.AnyDocumentHoldsAll(wanted);

        // Assert
        Assert.Equal(expected, all);
        Assert.Equal(expected, Segments.SelectMany(s => s).Any(doc => wanted.All(doc.Split(' ').Contains)));
    }

    [Fact]
    public void AnyDocumentHoldsAll_AskedAgainOnReusedPostings_AnswersTheSame()
    {
        // Arrange: the postings enumerators stay with the pooled terms enumerators and are reused
        string[][] asked = [["ukrain", "krieg"], ["quant", "comput"], ["comput", "netz"], ["regierung", "krieg", "ukrain"], ["krieg"]];
        var first = asked.Select(t =>
        {
            using var frequencies = new FieldFrequencies(_reader, Field);
            return frequencies.AnyDocumentHoldsAll(t);
        }).ToList();

        // Act
        var again = asked.Reverse().Select(t =>
        {
            using var frequencies = new FieldFrequencies(_reader, Field);
            return frequencies.AnyDocumentHoldsAll(t);
        }).Reverse().ToList();

        // Assert
        Assert.Equal([true, false, true, false, true], first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void AnyDocumentHoldsAll_IndexWithoutSegments_IsFalse()
    {
        // Arrange
        using var empty = new WordSegments(Field, [[]]); // one commit without documents
        var reader = empty.Reader;

        // Act / Assert: twice, the second time on the pooled (empty) set
        for (var i = 0; i < 2; i++)
        {
            using var frequencies = new FieldFrequencies(reader, Field);
            Assert.False(frequencies.AnyDocumentHoldsAll(["krieg"]));
        }
    }

    private static IEnumerable<string> Words() => Segments.SelectMany(s => s).SelectMany(d => d.Split(' '));
}
