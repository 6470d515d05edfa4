namespace Search.Core.Entities.Tagging;

/// <summary>64-bit FNV-1a hashing of feature templates and their values, without allocation.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Starts a hash for a template.</summary>
    public static ulong Template(int template) => (Offset ^ (ulong)template) * Prime;

    /// <summary>Mixes one value into a hash.</summary>
    public static ulong Mix(ulong hash, ulong value)
    {
        hash ^= value;
        hash *= Prime;
        hash ^= hash >> 29;
        return hash * Prime;
    }

    /// <summary>Hashes characters, lower-cased invariantly.</summary>
    public static ulong Lower(ReadOnlySpan<char> chars)
    {
        var h = Offset;
        foreach (var c in chars)
        {
            h = (h ^ Analysis.InvariantLowerCaseFilter.ToLowerInvariant(c)) * Prime;
        }

        return h;
    }

    /// <summary>Hashes the word shape (X, x, d, other), collapsing repeats, at most 8 symbols.</summary>
    public static ulong Shape(ReadOnlySpan<char> chars)
    {
        var h = Offset;
        var last = '\0';
        var count = 0;
        foreach (var c in chars)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                continue;
            }

            last = s;
            h = (h ^ s) * Prime;
            if (++count == 8)
            {
                break;
            }
        }

        return h;
    }
}
