using System.Globalization;
using System.Text;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The ids an update compares with the seeds folder are kept as UTF-8 bytes in one table (issue 16): every id must
/// be found again under its own position, by its bytes and by its string, however many ids the table grew to hold.
/// </summary>
public sealed class Utf8IdTableTests
{
    [Fact]
    public void Add_ManyIdsBeyondTheCapacity_EachIsFoundAtItsOwnPosition()
    {
        // Arrange: a table sized for 4 ids that has to grow, ids that differ only in their last characters, ids with
        // umlauts and ß, lengths around the eight bytes a hash step takes, one id longer than the stack buffer.
        var table = new Utf8IdTable(capacity: 4, bytesPerId: 2);
        var ids = Enumerable.Range(0, 5000).Select(i => i.ToString("D7", CultureInfo.InvariantCulture) + ".txt")
            .Concat(["", "a", "abcdefg", "abcdefgh", "abcdefghi", "über/Straße.txt", "ueber/Strasse.txt", "ärger.txt", "Ärger.txt", new string('ö', 400) + ".txt"])
            .ToList();

        // Act
        var positions = ids.Select(id => table.Add(Encoding.UTF8.GetBytes(id), out var added) is var p && added ? p : -1).ToList();

        // Assert
        Assert.Equal(Enumerable.Range(0, ids.Count), positions);
        Assert.Equal(ids.Count, table.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(i, table.IndexOf(ids[i]));
            Assert.Equal(i, table.IndexOf(Encoding.UTF8.GetBytes(ids[i])));
            Assert.Equal(ids[i], table.IdAt(i));
        }
    }

    [Fact]
    public void Add_AnIdTwice_KeepsItsFirstPosition()
    {
        // Arrange
        var table = new Utf8IdTable(capacity: 8);
        table.Add("a.txt"u8, out _);
        table.Add("b.txt"u8, out _);

        // Act
        var again = table.Add("a.txt"u8, out var added);

        // Assert
        Assert.Equal((0, false, 2), (again, added, table.Count));
    }

    [Fact]
    public void IndexOf_IdsTheTableDoesNotHold_IsMinusOne()
    {
        // Arrange
        var table = new Utf8IdTable(capacity: 1000);
        for (var i = 0; i < 1000; i++)
        {
            table.Add(Encoding.UTF8.GetBytes(i.ToString(CultureInfo.InvariantCulture) + ".txt"), out _);
        }

        // Act
        var misses = new[] { "1000.txt", "0.TXT", "0.txt ", "", "ä.txt", new string('x', 2000) }.Select(table.IndexOf);

        // Assert
        Assert.All(misses, position => Assert.Equal(-1, position));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.IdAt(1000));
    }
}
