using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A write failure came as a bare SearchException: a caller (the terminal UI's German text) could tell a full disk from
/// a read-only folder only by parsing the operating system's English message.
/// </summary>
public sealed class WriteFailureTests
{
    [Theory]
    [InlineData(28, IndexWriteProblem.DiskFull)] // ENOSPC
    [InlineData(122, IndexWriteProblem.DiskFull)] // EDQUOT (Linux)
    [InlineData(unchecked((int)0x80070070), IndexWriteProblem.DiskFull)] // ERROR_DISK_FULL
    [InlineData(30, IndexWriteProblem.ReadOnly)] // EROFS
    [InlineData(13, IndexWriteProblem.NotPermitted)] // EACCES
    [InlineData(5, IndexWriteProblem.Other)] // EIO
    public void Describe_AnInputOutputError_CarriesItsKind(int errorNumber, IndexWriteProblem expected)
    {
        // Act
        var described = IndexWriteErrors.Describe("/srv/index", new IOException("the system's words", errorNumber));

        // Assert
        var error = Assert.IsType<IndexWriteException>(described);
        Assert.Equal(expected, error.Problem);
        Assert.Equal("/srv/index", error.IndexPath);
        Assert.Contains("the system's words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_AccessRefused_IsNotPermitted()
    {
        // Act
        var described = IndexWriteErrors.Describe("/srv/index", new AggregateException(new UnauthorizedAccessException("no")));

        // Assert
        Assert.Equal(IndexWriteProblem.NotPermitted, Assert.IsType<IndexWriteException>(described).Problem);
    }
}
