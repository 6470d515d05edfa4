namespace Search.Core.Indexing;

/// <summary>Why an update rebuilt the whole index although no full rebuild was asked for.</summary>
public enum RebuildCause
{
    /// <summary>The index was written by another version of the program (another schema).</summary>
    SchemaVersion,

    /// <summary>The boilerplate rules or the actor, location or alias lists changed since the last build.</summary>
    SettingsChanged,
}
