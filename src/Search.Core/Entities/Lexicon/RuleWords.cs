namespace Search.Core.Entities.Lexicon;

/// <summary>
/// The word lists of the resolution rules (club prefixes, news paper suffixes, speech verbs, street words ...),
/// read from the embedded data file <c>rule-words.txt</c>: sections headed <c>[name]</c>, one word a line,
/// <c>#</c> comments.
/// </summary>
internal static class RuleWords
{
    private static readonly Lazy<Dictionary<string, List<string>>> Sections = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The words of one section.</summary>
    /// <exception cref="InvalidOperationException">The section is missing from the data file.</exception>
    public static WordSet Section(string name) =>
        Sections.Value.TryGetValue(name, out var words)
            ? new WordSet(words)
            : throw new InvalidOperationException($"The section [{name}] is missing from the embedded 'rule-words.txt'.");

    private static Dictionary<string, List<string>> Load()
    {
        using var stream = Gazetteer.OpenResource("rule-words.txt")
            ?? throw new InvalidOperationException("The embedded word list 'rule-words.txt' is missing from Search.Core.");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                sections[line[1..^1]] = current;
                continue;
            }

            current?.Add(line);
        }

        return sections;
    }
}
