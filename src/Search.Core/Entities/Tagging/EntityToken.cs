namespace Search.Core.Entities.Tagging;

/// <summary>A token of a text: a character range and a few precomputed properties.</summary>
internal readonly record struct EntityToken(int Start, int Length, TokenShape Shape, bool SentenceStart)
{
    /// <summary>The token's characters within <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    /// <summary>One past the last character.</summary>
    public int End => Start + Length;
}
