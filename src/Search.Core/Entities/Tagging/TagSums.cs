using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Search.Core.Entities.Tagging;

/// <summary>
/// Rows of integer tag scores (summed quantised weights, <see cref="EntityTag.Count"/> per row): the first eight tags
/// in one vector, the rest one by one. Integer sums are exact, so rows may be summed ahead and in any order.
/// </summary>
internal static class TagSums
{
    /// <summary>The tags past the vector's eight (a tag set of fewer than eight fails to compile here).</summary>
    public const byte Rest = EntityTag.Count - 8;

    /// <summary>Adds <paramref name="row"/> to <paramref name="into"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(Span<int> into, ReadOnlySpan<int> row)
    {
        row = row[..EntityTag.Count];
        into = into[..EntityTag.Count];
        ref var to = ref MemoryMarshal.GetReference(into);
        ref var from = ref MemoryMarshal.GetReference(row);
        (Vector128.LoadUnsafe(ref to) + Vector128.LoadUnsafe(ref from)).StoreUnsafe(ref to);
        (Vector128.LoadUnsafe(ref to, 4) + Vector128.LoadUnsafe(ref from, 4)).StoreUnsafe(ref to, 4);
        for (var t = 8; t < EntityTag.Count; t++)
        {
            into[t] += row[t];
        }
    }
}
