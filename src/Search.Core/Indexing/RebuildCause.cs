namespace Search.Core.Indexing;

/// <summary>Why an update rebuilt the whole index although no full rebuild was asked for.</summary>
public enum RebuildCause
{
    /// <summary>The index was written by another version of the program (another schema).</summary>
    SchemaVersion,

    /// <summary>
    /// The settings that shape what is indexed changed since the last build: <see cref="IndexBuilderOptions.ExtractEntities"/>,
    /// the boilerplate rules, or the actor, location or alias lists.
    /// </summary>
    SettingsChanged,
}
