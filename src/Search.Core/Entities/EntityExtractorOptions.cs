using Search.Core.Entities.Lexicon;

namespace Search.Core.Entities;

/// <summary>
/// The user's own additions to the built-in entity data: extra actor and location names that
/// are always recognised, and aliases (variant to canonical) merged over the built-in table.
/// </summary>
public sealed record EntityExtractorOptions
{
    /// <summary>No additions: the built-in data only.</summary>
    public static EntityExtractorOptions Default { get; } = new();

    /// <summary>Extra names of persons or organisations, one per entry (a copy of the list given).</summary>
    public IReadOnlyList<string> ExtraActors { get; init => field = value is null ? throw new ArgumentNullException(nameof(ExtraActors), "ExtraActors cannot be null.") : [.. value]; } = [];

    /// <summary>Extra names of places, one per entry (a copy of the list given).</summary>
    public IReadOnlyList<string> ExtraLocations { get; init => field = value is null ? throw new ArgumentNullException(nameof(ExtraLocations), "ExtraLocations cannot be null.") : [.. value]; } = [];

    /// <summary>
    /// Spelling variants mapped to their canonical form; they take precedence over the built-in aliases. A read-only
    /// copy of the table given (with its key comparer, when it is a <see cref="Dictionary{TKey, TValue}"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init => field = Copy(value); } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    private static System.Collections.ObjectModel.ReadOnlyDictionary<string, string> Copy(IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases, nameof(Aliases));
        var copy = aliases is Dictionary<string, string> given ? new Dictionary<string, string>(given, given.Comparer) : new Dictionary<string, string>(aliases);
        return copy.AsReadOnly();
    }

    /// <summary>
    /// Reads options from files (any may be null): one name per line, blank lines and lines
    /// starting with '#' ignored; aliases as "variant&lt;TAB&gt;canonical" or "variant = canonical".
    /// </summary>
    /// <param name="actorsFile">File of extra actor names, or null.</param>
    /// <param name="locationsFile">File of extra location names, or null.</param>
    /// <param name="aliasesFile">File of aliases, or null.</param>
    /// <exception cref="FormatException">An alias line has neither a tab nor " = ".</exception>
    public static EntityExtractorOptions FromFiles(string? actorsFile, string? locationsFile, string? aliasesFile)
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (aliasesFile is not null)
        {
            var lineNumber = 0;
            foreach (var raw in File.ReadLines(aliasesFile))
            {
                lineNumber++;
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var (variant, canonical) = Gazetteer.SplitPair(raw);
                if (variant.Length == 0 || canonical.Length == 0)
                {
                    throw new FormatException($"{aliasesFile}:{lineNumber}: expected 'variant<TAB>canonical' or 'variant = canonical', got '{line}'.");
                }

                aliases[variant] = canonical;
            }
        }

        return new EntityExtractorOptions
        {
            ExtraActors = actorsFile is null ? [] : Gazetteer.ReadListFile(actorsFile),
            ExtraLocations = locationsFile is null ? [] : Gazetteer.ReadListFile(locationsFile),
            Aliases = aliases,
        };
    }
}
