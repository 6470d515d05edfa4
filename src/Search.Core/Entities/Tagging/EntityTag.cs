namespace Search.Core.Entities.Tagging;

/// <summary>BIO tags of the sequence tagger.</summary>
internal static class EntityTag
{
    /// <summary>Outside any entity.</summary>
    public const int O = 0;

    /// <summary>First token of a person.</summary>
    public const int BPer = 1;

    /// <summary>Later token of a person.</summary>
    public const int IPer = 2;

    /// <summary>First token of an organisation.</summary>
    public const int BOrg = 3;

    /// <summary>Later token of an organisation.</summary>
    public const int IOrg = 4;

    /// <summary>First token of a location.</summary>
    public const int BLoc = 5;

    /// <summary>Later token of a location.</summary>
    public const int ILoc = 6;

    /// <summary>First token of another name (a work, an event, a product): tagged to keep it out of the other types, not extracted.</summary>
    public const int BOth = 7;

    /// <summary>Later token of another name.</summary>
    public const int IOth = 8;

    /// <summary>Number of tags.</summary>
    public const int Count = 9;

    /// <summary>Tag index of a GermEval-style label such as "B-PER", or O for anything else.</summary>
    public static int Parse(string label) => label switch
    {
        "B-PER" => BPer,
        "I-PER" => IPer,
        "B-ORG" => BOrg,
        "I-ORG" => IOrg,
        "B-LOC" => BLoc,
        "I-LOC" => ILoc,
        "B-OTH" => BOth,
        "I-OTH" => IOth,
        _ => O,
    };

    /// <summary>Whether the tag continues an entity.</summary>
    public static bool IsInside(int tag) => tag is IPer or IOrg or ILoc or IOth;

    /// <summary>Whether the tag belongs to a person, organisation or location (the types that are extracted).</summary>
    public static bool IsExtracted(int tag) => tag is >= BPer and <= ILoc;

    /// <summary>The B tag of the same type as <paramref name="tag"/>.</summary>
    public static int Begin(int tag) => tag == O ? O : ((tag - 1) & ~1) + 1;
}
