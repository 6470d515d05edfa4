using Lucene.Net.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// Replaces underscores with spaces before tokenisation, so "Super_Bowl_50" (wiki titles, file
/// names, hashtags) becomes three words. <c>StandardTokenizer</c> would otherwise keep it as one
/// token, because UAX #29 treats the underscore as a word-joining character. The replacement is
/// one character for one, so offsets need no correction.
/// </summary>
internal sealed class UnderscoreCharFilter : CharFilter
{
    /// <summary>Wraps a reader.</summary>
    /// <param name="input">The text to filter.</param>
    public UnderscoreCharFilter(TextReader input)
        : base(input)
    {
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        int read = m_input.Read(buffer, index, count);
        if (read > 0)
        {
            buffer.AsSpan(index, read).Replace('_', ' ');
        }

        return read;
    }

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        int read = m_input.Read(buffer);
        if (read > 0)
        {
            buffer[..read].Replace('_', ' ');
        }

        return read;
    }

    /// <inheritdoc />
    public override int Read()
    {
        int c = m_input.Read();
        return c == '_' ? ' ' : c;
    }

    /// <inheritdoc />
    public override int Peek()
    {
        int c = m_input.Peek();
        return c == '_' ? ' ' : c;
    }

    /// <inheritdoc />
    protected override int Correct(int currentOff) => currentOff;
}
