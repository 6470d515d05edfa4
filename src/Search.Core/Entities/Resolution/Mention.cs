namespace Search.Core.Entities.Resolution;

/// <summary>A recognised token range [Start, End) of a given kind, and its normalised name.</summary>
internal struct Mention
{
    /// <summary>First token.</summary>
    public int Start;

    /// <summary>One past the last token.</summary>
    public int End;

    /// <summary>The kind.</summary>
    public EntityKind Kind;

    /// <summary>The name after genitive removal and aliasing, set by the resolver.</summary>
    public string Name;

    /// <summary>The kind is a default guess, not backed by a list, pattern or context.</summary>
    public bool Weak;

    /// <summary>Creates a mention.</summary>
    public Mention(int start, int end, EntityKind kind)
    {
        Start = start;
        End = end;
        Kind = kind;
        Name = string.Empty;
    }
}
