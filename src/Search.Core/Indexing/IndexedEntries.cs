using System.Runtime.InteropServices;
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
    private readonly Dictionary<string, int> _positions;
    private readonly string[] _ids;
    private readonly long[] _sizes;
    private readonly long[] _times;
    private readonly int[] _docs;
    private readonly DirectoryReader? _reader;
    private readonly BinaryDocValues?[] _hashes = [];
    private readonly int[] _docBases = [];
    private readonly BytesRef _scratch = new();
    private readonly Lock _gate = new();

    private IndexedEntries(DirectoryReader? reader, int capacity)
    {
        _reader = reader;
        _positions = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _ids = new string[capacity];
        _sizes = new long[capacity];
        _times = new long[capacity];
        _docs = new int[capacity];
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
    /// A segment's ids are turned into strings once each, in the order of its sorted doc values (one sequential pass
    /// over the prefix-compressed terms), not looked up document by document.
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
                    var docs = segment.GetTermDocsEnum(new Term(IndexSchema.Id, id)); // live documents only
                    int doc;
                    while (docs is not null && (doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        entries.Add(id, sizes?.Get(doc) ?? -1, times?.Get(doc) ?? -1, leaf.DocBase + doc);
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
    public int Count => _positions.Count;

    /// <summary>The entry of the document with this id.</summary>
    public bool TryGet(string id, out IndexedEntry entry)
    {
        if (_positions.TryGetValue(id, out var position))
        {
            entry = new IndexedEntry(position, _sizes[position], _times[position]);
            return true;
        }

        entry = default;
        return false;
    }

    /// <summary>The id at a position (0 to <see cref="Count"/> - 1).</summary>
    public string IdAt(int position) => _ids[position];

    /// <summary>The content hash of the document at a position ("" when the index holds none).</summary>
    public string HashAt(int position)
    {
        var doc = _docs[position];
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

        var idOfOrd = new string[ids.ValueCount];
        var terms = ids.GetTermsEnum();
        for (var ord = 0; ord < idOfOrd.Length && terms.MoveNext(); ord++)
        {
            idOfOrd[ord] = terms.Term.Utf8ToString();
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

            Add(idOfOrd[ord], sizes?.Get(doc) ?? -1, times?.Get(doc) ?? -1, leaf.DocBase + doc);
        }
    }

    private void Add(string id, long size, long time, int doc)
    {
        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_positions, id, out var known);
        if (!known)
        {
            position = _positions.Count - 1;
            _ids[position] = id;
        }

        // The same id twice among the live documents (not written by this program): the later one counts.
        _sizes[position] = size;
        _times[position] = time;
        _docs[position] = doc;
    }
}
