namespace Search.Core.Entities.Lexicon;

/// <summary>A read-only set of words (case-sensitive) that can be asked with a character span.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the set.</summary>
    public WordSet(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = set.Count;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Whether the set holds the word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
