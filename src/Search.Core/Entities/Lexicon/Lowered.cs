using Search.Core.Analysis;

namespace Search.Core.Entities.Lexicon;

/// <summary>
/// Invariant lower-casing of a word into a buffer, character by character (Latin-1 by arithmetic): the same characters
/// as <see cref="MemoryExtensions.ToLowerInvariant"/>, which on Linux sends every word with an umlaut or ß through ICU.
/// A word with surrogate pairs takes the framework's path.
/// </summary>
internal static class Lowered
{
    /// <summary>Writes <paramref name="word"/> lower-cased into <paramref name="into"/> (at least as long).</summary>
    /// <returns>The lower-cased word: the first <paramref name="word"/>.Length characters of <paramref name="into"/>.</returns>
    public static Span<char> Into(ReadOnlySpan<char> word, Span<char> into)
    {
        into = into[..word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsSurrogate(c))
            {
                word.ToLowerInvariant(into);
                return into;
            }

            into[k] = InvariantLowerCaseFilter.ToLowerInvariant(c);
        }

        return into;
    }
}
