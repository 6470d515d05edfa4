using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// The article text of a document as the binary doc value <see cref="IndexSchema.BodyText"/>: UTF-8, deflated on
/// its own when that pays. A hit's text is read by itself, without decompressing the stored-fields chunk it would
/// share with its neighbours (Lucene.Net's stored fields are LZ4 blocks of 16 KB, decompressed from the block's
/// start up to the wanted document's end, which cost snippets about as much as everything else of a request).
/// </summary>
/// <remarks>
/// One byte says how the rest is encoded: <see cref="Plain"/> (the UTF-8 bytes) or <see cref="Deflated"/> (the
/// UTF-8 length as a little-endian 32-bit number, then the deflated UTF-8 bytes). The value is whole, however
/// long the text: the doc-values format Lucene.Net writes by default (Lucene45) takes values of any length, not
/// only up to the 32,766 bytes of the older Lucene42 format, so no text is ever split. A segment without the doc
/// value (an index of an earlier schema that was not rebuilt yet) gives the text from its stored field.
/// </remarks>
internal static class BodyValue
{
    /// <summary>The text's UTF-8 bytes follow.</summary>
    internal const byte Plain = 0;

    /// <summary>The UTF-8 length (4 bytes, little-endian) and the deflated UTF-8 bytes follow.</summary>
    internal const byte Deflated = 1;

    /// <summary>Texts of fewer UTF-8 bytes stay plain: deflating them saves little and costs a decoder per read.</summary>
    internal const int DeflateFrom = 512;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly ISet<string> StoredBodyOnly = new HashSet<string> { IndexSchema.Body };

    [ThreadStatic]
    private static BytesRef? t_scratch;

    /// <summary>The doc value for <paramref name="body"/>.</summary>
    public static BytesRef Encode(string body)
    {
        var utf8 = Utf8.GetBytes(body);
        if (utf8.Length >= DeflateFrom)
        {
            var output = new MemoryStream((utf8.Length / 2) + 64);
            output.WriteByte(Deflated);
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, utf8.Length);
            output.Write(length);
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(utf8);
            }

            return new BytesRef(output.GetBuffer(), 0, (int)output.Length);
        }

        var plain = new byte[utf8.Length + 1];
        plain[0] = Plain;
        utf8.CopyTo(plain, 1);
        return new BytesRef(plain);
    }

    /// <summary>The text of a doc value written by <see cref="Encode"/>.</summary>
    public static string Decode(BytesRef value)
    {
        if (value.Length == 0)
        {
            return "";
        }

        var bytes = value.Bytes.AsSpan(value.Offset, value.Length);
        if (bytes[0] == Plain)
        {
            return Utf8.GetString(bytes[1..]);
        }

        if (bytes[0] != Deflated || bytes.Length < 5)
        {
            throw new InvalidDataException($"The article text of a document has an unknown encoding ({bytes[0]}); rebuild the index.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(1, 4));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            using (var deflate = new DeflateStream(new MemoryStream(value.Bytes, value.Offset + 5, value.Length - 5, writable: false), CompressionMode.Decompress))
            {
                deflate.ReadExactly(buffer, 0, length);
            }

            return Utf8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The article text of document <paramref name="doc"/> of <paramref name="segment"/>.</summary>
    public static string Read(AtomicReader segment, int doc)
    {
        var values = segment.GetBinaryDocValues(IndexSchema.BodyText);
        if (values is null)
        {
            return segment.Document(doc, StoredBodyOnly).Get(IndexSchema.Body) ?? "";
        }

        var scratch = t_scratch ??= new BytesRef();
        values.Get(doc, scratch);
        return Decode(scratch);
    }

    /// <summary>The article text of document <paramref name="doc"/> (a number of the whole index) of <paramref name="reader"/>.</summary>
    public static string Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Read(leaf.AtomicReader, doc - leaf.DocBase);
    }
}
