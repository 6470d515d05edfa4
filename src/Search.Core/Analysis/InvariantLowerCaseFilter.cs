using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Lower-cases tokens as Lucene's LowerCaseFilter does (culture-invariant), with the letters of German and other
/// Western European text (ASCII and Latin-1: A–Z, À–Þ) mapped in place; only tokens with other letters go through
/// the general Unicode mapping. Lucene.Net's filter hands every token with a non-ASCII letter to ICU, which cost a
/// few per cent of indexing German text. Invisible characters inside a word are dropped on the way (see
/// <see cref="Documents.UnicodeText.Invisible"/>; a zero-width space arrives as a soft hyphen, see
/// <see cref="GenderMarkCharFilter"/>): "Friedens\u00ADgespräche" (a soft hyphen, as web pages break long compounds) is the
/// word "friedensgespräche"; the token's offsets still cover the whole written form.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private char[] _scratch = new char[32];

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var invisible = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c > '\u00FF')
            {
                LowerRest(buffer, i, length);
                invisible |= buffer.AsSpan(i, length - i).ContainsAny(Documents.UnicodeText.Invisible);
                break;
            }

            invisible |= c == '\u00AD';
            buffer[i] = ToLowerLatin1(c);
        }

        if (invisible)
        {
            DropInvisible(buffer, length);
        }

        return true;
    }

    private void DropInvisible(char[] buffer, int length)
    {
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (!Documents.UnicodeText.Invisible.Contains(buffer[i]))
            {
                buffer[kept++] = buffer[i];
            }
        }

        _term.Length = kept;
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/> without the call into ICU for the letters of German and other
    /// Western European text (ASCII and Latin-1); the same result for every character.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char ToLowerInvariant(char c) => c <= '\u00FF' ? ToLowerLatin1(c) : char.ToLowerInvariant(c);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char ToLowerLatin1(char c) =>
        (uint)(c - 'A') <= 'Z' - 'A' || (c is >= '\u00C0' and <= '\u00DE' && c != '\u00D7') ? (char)(c + 0x20) : c;

    /// <summary>The general mapping for the rest of the token (it may hold surrogate pairs).</summary>
    private void LowerRest(char[] buffer, int from, int length)
    {
        var count = length - from;
        if (_scratch.Length < count)
        {
            _scratch = new char[count];
        }

        new ReadOnlySpan<char>(buffer, from, count).ToLowerInvariant(_scratch);
        Array.Copy(_scratch, 0, buffer, from, count);
    }
}
