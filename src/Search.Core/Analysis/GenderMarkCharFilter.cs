using Lucene.Net.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// Prepares text for the tokenizer: a gender marker between a word and its feminine ending is turned into an
/// underscore, which joins words (UAX #29), so "Lehrer*innen", "Lehrer:innen", "Lehrer_innen", "Lehrer/-innen" and
/// "Lehrer(innen)" each stay one token ("Lehrer_innen", "Lehrer__innen", "Lehrer_innen_") for
/// <see cref="GenderFormFilter"/>; every other underscore becomes a space, so "Super_Bowl_50" (wiki titles, file
/// names, hashtags) is three words. Every replacement is one character for one, so offsets need no correction and a
/// highlight covers the whole written form.
/// </summary>
/// <remarks>
/// A marker counts when it follows at least two letters, the last one lower-case, and is followed by "in" or
/// "innen" (either case) and then no letter: <c>*</c>, <c>:</c>, <c>_</c>, <c>·</c>, <c>/</c> (also <c>/-</c>), or
/// <c>(</c> with its <c>)</c> right after the ending. "Ort:in Bern" or "a/in" are not gender forms. The text is read
/// whole on the first read (news articles are small).
/// </remarks>
internal sealed class GenderMarkCharFilter : CharFilter
{
    private char[]? _text;
    private int _length;
    private int _next;

    /// <summary>Wraps a reader.</summary>
    /// <param name="input">The text to filter.</param>
    public GenderMarkCharFilter(TextReader input)
        : base(input)
    {
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        EnsureRead();
        var n = Math.Min(buffer.Length, _length - _next);
        if (n <= 0)
        {
            return 0;
        }

        _text.AsSpan(_next, n).CopyTo(buffer);
        _next += n;
        return n;
    }

    /// <inheritdoc />
    public override int Read()
    {
        EnsureRead();
        return _next < _length ? _text![_next++] : -1;
    }

    /// <inheritdoc />
    public override int Peek()
    {
        EnsureRead();
        return _next < _length ? _text![_next] : -1;
    }

    /// <inheritdoc />
    protected override int Correct(int currentOff) => currentOff;

    /// <summary>
    /// Rewrites <paramref name="text"/> in place: gender markers to underscores, other underscores to spaces.
    /// </summary>
    /// <param name="text">The characters.</param>
    public static void Rewrite(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '*' or ':' or '_' or '·' or '/' or '(')
            {
                var end = MarkerEnd(text, i);
                if (end > 0)
                {
                    for (var j = i; j < end; j++)
                    {
                        if (!char.IsLetter(text[j]))
                        {
                            text[j] = '_';
                        }
                    }

                    i = end - 1;
                    continue;
                }
            }

            if (c == '_')
            {
                text[i] = ' ';
            }
            else if (c == '\u200B')
            {
                // A zero-width space inside a word marks where a line may break ("Friedens\u200Bgespräche"); the tokenizer
                // would break the word there. As a soft hyphen it stays in the word and is dropped with it.
                text[i] = '\u00AD';
            }
        }
    }

    /// <summary>
    /// When a gender marker starts at <paramref name="at"/>: the end of the marked form (after the ending and a
    /// closing parenthesis); otherwise 0.
    /// </summary>
    private static int MarkerEnd(ReadOnlySpan<char> text, int at)
    {
        if (at < 2 || !char.IsLower(text[at - 1]) || !char.IsLetter(text[at - 2]))
        {
            return 0;
        }

        var marker = text[at];
        var i = at + 1;
        if (marker == '/' && i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i + 1 >= text.Length || text[i] is not ('i' or 'I') || text[i + 1] != 'n')
        {
            return 0;
        }

        i += 2;
        if (i + 2 < text.Length && text[i] == 'n' && text[i + 1] == 'e' && text[i + 2] == 'n')
        {
            i += 3;
        }

        if (marker == '(')
        {
            if (i >= text.Length || text[i] != ')')
            {
                return 0;
            }

            i++;
        }

        return i < text.Length && char.IsLetter(text[i]) ? 0 : i;
    }

    private void EnsureRead()
    {
        if (_text is not null)
        {
            return;
        }

        var all = m_input?.ReadToEnd() ?? "";
        _text = all.ToCharArray();
        _length = _text.Length;
        Rewrite(_text);
    }
}
