using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Search.Core.Indexing;

/// <summary>
/// A set of document ids kept as their UTF-8 bytes (as the index stores them), each at a position from 0 in the
/// order it was added: the bytes side by side in one array, found through an open-addressing table of positions.
/// </summary>
/// <remarks>
/// An update of a large index compares every file of the seeds folder with what the index knows. Kept as a
/// dictionary of strings, a million ids cost a string each (decoded from the index) and a dictionary entry, about
/// 100 MB and most of a second; here they cost their bytes and a few integers each, and no object per id. An id is
/// turned into a string only when asked for (<see cref="IdAt"/>: the few documents an update deletes).
/// Not thread-safe while ids are added; look-ups may then run on several threads at once.
/// </remarks>
internal sealed class Utf8IdTable
{
    private const int MaxStackBytes = 512;

    private byte[] _bytes;
    private int _used;
    private long[] _spans; // per position: start in _bytes (high half) and length (low half)
    private long[] _slots; // per slot the id's hash (high half) and position + 1 (low half), 0 when empty; at most half full
    private int _count;

    /// <summary>An empty table sized for <paramref name="capacity"/> ids of about <paramref name="bytesPerId"/> bytes (it grows beyond).</summary>
    public Utf8IdTable(int capacity, int bytesPerId = 16)
    {
        capacity = Math.Max(capacity, 4);
        _bytes = new byte[(long)capacity * bytesPerId > Array.MaxLength ? Array.MaxLength : capacity * bytesPerId];
        _spans = new long[capacity];
        _slots = new long[(int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2))];
    }

    /// <summary>How many distinct ids the table holds.</summary>
    public int Count => _count;

    /// <summary>The position of <paramref name="id"/>, added at the next position when the table does not hold it yet.</summary>
    /// <param name="id">The id's UTF-8 bytes.</param>
    /// <param name="added">Whether the id was new.</param>
    public int Add(ReadOnlySpan<byte> id, out bool added)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is var taken and not 0)
        {
            if (Matches(taken, id, hash))
            {
                added = false;
                return (int)taken - 1;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _spans.Length)
        {
            Grow();
            return Add(id, out added);
        }

        if (_bytes.Length - _used < id.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, (long)_used + id.Length)));
        }

        var position = _count++;
        id.CopyTo(_bytes.AsSpan(_used));
        _spans[position] = ((long)_used << 32) | (uint)id.Length;
        _used += id.Length;
        _slots[slot] = Slot(hash, position);
        added = true;
        return position;
    }

    /// <summary>The position of the id with these UTF-8 bytes, or -1 when the table does not hold it.</summary>
    public int IndexOf(ReadOnlySpan<byte> id)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; _slots[slot] is var taken and not 0; slot = (slot + 1) & mask)
        {
            if (Matches(taken, id, hash))
            {
                return (int)taken - 1;
            }
        }

        return -1;
    }

    /// <summary>The position of <paramref name="id"/> (encoded as UTF-8, as the index stores it), or -1.</summary>
    public int IndexOf(string id)
    {
        var length = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = null;
        var buffer = length <= MaxStackBytes ? stackalloc byte[MaxStackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return IndexOf(buffer[..Encoding.UTF8.GetBytes(id, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The id at a position (0 to <see cref="Count"/> - 1), as a string.</summary>
    public string IdAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)position, (uint)_count, nameof(position));
        return Encoding.UTF8.GetString(Bytes(position));
    }

    /// <summary>A hash of UTF-8 bytes: eight bytes a step, each step multiplied and folded.</summary>
    internal static int Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 32;
            bytes = bytes[8..];
        }

        var tail = 0UL;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        return (int)(h & int.MaxValue);
    }

    private static long Slot(int hash, int position) => ((long)hash << 32) | (uint)(position + 1);

    /// <summary>Whether the id in a slot is <paramref name="id"/>: the hashes first, the bytes only when they agree.</summary>
    private bool Matches(long taken, ReadOnlySpan<byte> id, int hash)
    {
        if ((int)(taken >> 32) != hash)
        {
            return false;
        }

        return Bytes((int)taken - 1).SequenceEqual(id);
    }

    private ReadOnlySpan<byte> Bytes(int position)
    {
        var span = _spans[position];
        return _bytes.AsSpan((int)(span >> 32), (int)span);
    }

    private void Grow()
    {
        var capacity = _spans.Length * 2;
        Array.Resize(ref _spans, capacity);
        if (_slots.Length < capacity * 2)
        {
            var old = _slots;
            _slots = new long[capacity * 2];
            var mask = _slots.Length - 1;
            foreach (var taken in old)
            {
                if (taken == 0)
                {
                    continue;
                }

                var slot = (int)(taken >> 32) & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = taken;
            }
        }
    }
}
