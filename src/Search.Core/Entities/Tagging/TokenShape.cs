namespace Search.Core.Entities.Tagging;

/// <summary>Coarse kind of a token by its first characters.</summary>
internal enum TokenShape : byte
{
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized,

    /// <summary>Starts with a lower-case letter.</summary>
    Lower,

    /// <summary>Starts with a digit.</summary>
    Number,

    /// <summary>Punctuation or a symbol.</summary>
    Punctuation,
}
