namespace Search.Core.Documents;

/// <summary>
/// A block of scraped page furniture to cut out of an article: everything from <see cref="Start"/> up to and
/// including the next <see cref="End"/>.
/// </summary>
/// <remarks>
/// Matching is ordinal and case-sensitive. When <see cref="End"/> is not found within
/// <see cref="MaxLength"/> characters after <see cref="Start"/>, the text is left alone, so a rule never eats an article.
/// </remarks>
/// <param name="Start">Text that opens the block.</param>
/// <param name="End">Text that closes the block (included in the removal).</param>
/// <param name="MaxLength">The longest block the rule may remove, in characters.</param>
/// <exception cref="ArgumentException"><paramref name="Start"/> is null or empty, <paramref name="End"/> is null, or
/// <paramref name="MaxLength"/> is negative (also when set with <c>with</c>).</exception>
public sealed record BoilerplateRule(string Start, string End, int MaxLength = 1000)
{
    private readonly string _start = RequireStart(Start);
    private readonly string _end = End ?? throw new ArgumentNullException(nameof(End));
    private readonly int _maxLength = RequireLength(MaxLength);

    /// <summary>Text that opens the block; never empty (an empty start would match everywhere).</summary>
    public string Start { get => _start; init => _start = RequireStart(value); }

    /// <summary>Text that closes the block (included in the removal); empty removes the start text alone.</summary>
    public string End { get => _end; init => _end = value ?? throw new ArgumentNullException(nameof(End)); }

    /// <summary>The longest block the rule may remove, in characters.</summary>
    public int MaxLength { get => _maxLength; init => _maxLength = RequireLength(value); }

    /// <summary>
    /// The rules applied by default: the AI notice and the external-content consent banner of Swiss and
    /// German news sites.
    /// </summary>
    public static IReadOnlyList<BoilerplateRule> Defaults { get; } =
    [
        new("Die künstliche Intelligenz von Blick lernt noch", "Mehr anzeigen"),
        new("Externe Inhalte", "Mehr Infos"),
    ];

    /// <summary>
    /// Reads rules from a text file: one rule a line, <c>START ... END</c> (three dots between spaces);
    /// blank lines and lines starting with <c>#</c> are ignored.
    /// </summary>
    /// <exception cref="FormatException">A line is not of the form <c>START ... END</c>.</exception>
    public static IReadOnlyList<BoilerplateRule> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rules = new List<BoilerplateRule>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sep = line.IndexOf(" ... ", StringComparison.Ordinal);
            if (sep <= 0 || sep + 5 >= line.Length)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'START ... END', got '{line}'.");
            }

            rules.Add(new BoilerplateRule(line[..sep].Trim(), line[(sep + 5)..].Trim()));
        }

        return rules;
    }

    private static string RequireStart(string start)
    {
        ArgumentException.ThrowIfNullOrEmpty(start, nameof(Start));
        return start;
    }

    private static int RequireLength(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength, nameof(MaxLength));
        return maxLength;
    }
}
