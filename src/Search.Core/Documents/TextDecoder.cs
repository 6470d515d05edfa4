using System.Globalization;
using System.Text;

namespace Search.Core.Documents;

/// <summary>
/// Turns the bytes of an article file into text: UTF-16 with a byte-order mark, UTF-8 (with or without one), and
/// Windows-1252 for text that is not valid UTF-8 (German archives are full of it; Latin-1 is its subset). Binary
/// content and bytes that are text in none of these encodings are refused with the reason.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 from the code-page provider of the runtime (no global registration needed).</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(
        1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file content, not empty.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="error">Why the bytes are no text, when false is returned.</param>
    /// <param name="notice">Set when the text was read in a fallback encoding, saying so; otherwise null.</param>
    /// <param name="detail">
    /// When false is returned, what kind of no-text it is, for <see cref="Indexing.RejectedFile.Detail"/>: null for
    /// binary content, <c>UTF-16</c> for invalid UTF-16, otherwise (neither UTF-8 nor Windows-1252) the one-based
    /// position of the first byte that is not UTF-8, as digits.
    /// </param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error, out string? notice, out string? detail)
    {
        text = "";
        error = "";
        notice = null;
        detail = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try
            {
                text = encoding.GetString(bytes[2..]);
                return true;
            }
            catch (DecoderFallbackException)
            {
                error = "invalid UTF-16 text";
                detail = "UTF-16";
                return false;
            }
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        if (BinaryReason(bytes[..Math.Min(bytes.Length, 8192)]) is { } binary)
        {
            error = binary;
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            var where = ex.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" at byte {ex.Index + 1}") : "";
            var decoded = TryWindows1252(bytes, where, out text, out error, out notice, out var isBinary);
            if (!decoded && !isBinary)
            {
                detail = (Math.Max(0, ex.Index) + 1).ToString(CultureInfo.InvariantCulture);
            }

            return decoded;
        }
    }

    private static bool TryWindows1252(ReadOnlySpan<byte> bytes, string where, out string text, out string error, out string? notice, out bool binary)
    {
        text = "";
        notice = null;
        binary = false;
        // The UTF-8 probe saw only the beginning; a file read in another encoding is checked whole.
        if (BinaryReason(bytes) is { } reason)
        {
            error = reason;
            binary = true;
            return false;
        }

        error = $"invalid UTF-8{where}, and not Windows-1252 text either";
        try
        {
            var decoded = Windows1252.GetString(bytes);
            // The five bytes Windows-1252 leaves undefined come out as C1 control characters: no text.
            foreach (var ch in decoded)
            {
                if (ch is >= '\u0080' and <= '\u009F')
                {
                    return false;
                }
            }

            text = decoded;
            error = "";
            notice = $"not valid UTF-8{where}; read as Windows-1252";
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                return "binary content (NUL bytes): not a text file";
            }

            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            {
                controls++;
            }
        }

        return controls > 8 && controls * 20 > bytes.Length ? "binary content (control characters): not a text file" : null;
    }
}
