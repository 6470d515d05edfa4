using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// What the index knows of its live documents' sources, read from the last commit's doc values: by id, the file
/// size and time; the content hash is read only when asked for (an update needs it for the few files whose size or
/// time changed), so an update of a large index does not turn every stored hash into a string.
/// </summary>
/// <remarks>
/// Keeps the reader of the commit open until disposed. Look-ups by id may run on several threads at once; so may
/// <see cref="HashAt"/> (it serialises its reads).
/// </remarks>
internal sealed class IndexedEntries : IDisposable
{
    private readonly Utf8IdTable _ids;
    private Values[] _values;
    private readonly DirectoryReader? _reader;
    private readonly BinaryDocValues?[] _hashes = [];
    private readonly int[] _docBases = [];
    private readonly BytesRef _scratch = new();
    private readonly Lock _gate = new();

    private IndexedEntries(DirectoryReader? reader, int capacity)
    {
        _reader = reader;
        _ids = new Utf8IdTable(capacity);
        _values = new Values[capacity];
        if (reader is null)
        {
            return;
        }

        var leaves = reader.Leaves;
        _hashes = new BinaryDocValues?[leaves.Count];
        _docBases = new int[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            _hashes[i] = leaves[i].AtomicReader.GetBinaryDocValues(IndexSchema.Hash);
            _docBases[i] = leaves[i].DocBase;
        }
    }

    /// <summary>No documents (a new index, or one that is rebuilt).</summary>
    public static IndexedEntries Empty() => new(null, 0);

    /// <summary>Reads the entries of every live document of <paramref name="reader"/>, which the result then owns.</summary>
    /// <remarks>
    /// A segment's ids are read once each, in the order of its sorted doc values (one sequential pass over the
    /// prefix-compressed terms), not looked up document by document, and kept as UTF-8 bytes (<see cref="Utf8IdTable"/>):
    /// no string per id.
    /// </remarks>
    public static IndexedEntries Read(DirectoryReader reader)
    {
        var entries = new IndexedEntries(reader, reader.NumDocs);
        try
        {
            foreach (var leaf in reader.Leaves)
            {
                entries.ReadSegment(leaf);
            }

            return entries;
        }
        catch
        {
            entries.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the entries of the live documents with the given ids only (a look-up of each id in each segment), for an
    /// update of a few files named by file-system events; <paramref name="reader"/> then belongs to the result.
    /// </summary>
    public static IndexedEntries ReadIds(DirectoryReader reader, IReadOnlyCollection<string> ids)
    {
        var entries = new IndexedEntries(reader, ids.Count);
        try
        {
            foreach (var leaf in reader.Leaves)
            {
                var segment = leaf.AtomicReader;
                var sizes = segment.GetNumericDocValues(IndexSchema.FileSize);
                var times = segment.GetNumericDocValues(IndexSchema.FileTime);
                foreach (var id in ids)
                {
                    var term = new BytesRef(id);
                    var docs = segment.GetTermDocsEnum(new Term(IndexSchema.Id, term)); // live documents only
                    int doc;
                    while (docs is not null && (doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        entries.Add(term.Bytes.AsSpan(term.Offset, term.Length), sizes?.Get(doc) ?? -1, times?.Get(doc) ?? -1, leaf.DocBase + doc);
                    }
                }
            }

            return entries;
        }
        catch
        {
            entries.Dispose();
            throw;
        }
    }

    /// <summary>How many documents have an entry.</summary>
    public int Count => _ids.Count;

    /// <summary>The entry of the document with this id.</summary>
    public bool TryGet(string id, out IndexedEntry entry)
    {
        if (_ids.IndexOf(id) is var position and >= 0)
        {
            ref readonly var values = ref _values[position];
            entry = new IndexedEntry(position, values.Size, values.Time);
            return true;
        }

        entry = default;
        return false;
    }

    /// <summary>
    /// Whether the document at a position was read from a file (it has the file's size); a document given as an object
    /// (<see cref="IndexBuilder.AddOrUpdate"/>) has none.
    /// </summary>
    public bool FromFile(int position) => _values[position].Size >= 0;

    /// <summary>The id at a position (0 to <see cref="Count"/> - 1).</summary>
    public string IdAt(int position) => _ids.IdAt(position);

    /// <summary>The content hash of the document at a position ("" when the index holds none).</summary>
    public string HashAt(int position)
    {
        var doc = _values[position].Doc;
        var leaf = ReaderUtil.SubIndex(doc, _docBases);
        var hashes = _hashes[leaf];
        if (hashes is null)
        {
            return "";
        }

        lock (_gate)
        {
            hashes.Get(doc - _docBases[leaf], _scratch);
            return _scratch.Utf8ToString();
        }
    }

    /// <summary>Closes the reader of the commit.</summary>
    public void Dispose() => _reader?.Dispose();

    private void ReadSegment(AtomicReaderContext leaf)
    {
        var segment = leaf.AtomicReader;
        var ids = segment.GetSortedDocValues(IndexSchema.Id);
        if (ids is null)
        {
            return;
        }

        // The segment's ids side by side, by ord: one sequential pass over the prefix-compressed terms.
        var starts = new int[ids.ValueCount + 1];
        var bytes = new byte[(int)Math.Min(Array.MaxLength, Math.Max(16L, ids.ValueCount * 16L))];
        var used = 0;
        var terms = ids.GetTermsEnum();
        for (var ord = 0; ord < ids.ValueCount && terms.MoveNext(); ord++)
        {
            var term = terms.Term;
            if (bytes.Length - used < term.Length)
            {
                Array.Resize(ref bytes, Math.Max(bytes.Length * 2, used + term.Length));
            }

            term.Bytes.AsSpan(term.Offset, term.Length).CopyTo(bytes.AsSpan(used));
            used += term.Length;
            starts[ord + 1] = used;
        }

        var sizes = segment.GetNumericDocValues(IndexSchema.FileSize);
        var times = segment.GetNumericDocValues(IndexSchema.FileTime);
        var live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var ord = ids.GetOrd(doc);
            if (ord < 0)
            {
                continue;
            }

            Add(bytes.AsSpan(starts[ord], starts[ord + 1] - starts[ord]), sizes?.Get(doc) ?? -1, times?.Get(doc) ?? -1, leaf.DocBase + doc);
        }
    }

    private void Add(ReadOnlySpan<byte> id, long size, long time, int doc)
    {
        // The same id twice among the live documents (not written by this program): the later one counts.
        var position = _ids.Add(id, out _);
        if (position >= _values.Length)
        {
            Array.Resize(ref _values, Math.Max(4, _values.Length * 2));
        }

        _values[position] = new Values(size, time, doc);
    }

    /// <summary>A document's file size and time and its number in the reader, side by side (one cache line to read).</summary>
    private readonly record struct Values(long Size, long Time, int Doc);
}
