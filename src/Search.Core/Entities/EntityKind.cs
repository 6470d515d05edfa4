namespace Search.Core.Entities;

/// <summary>Kind of a recognised mention.</summary>
internal enum EntityKind : byte
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation, institution, party, company or government.</summary>
    Organisation,

    /// <summary>A geographic place.</summary>
    Location,
}
