using System.CommandLine;

namespace Search.Cli;

/// <summary>
/// Finds a mistyped option that the parser took for query text (<c>search query --topp 3 Merkel</c> would search the
/// words "--topp 3 Merkel"): every argument that starts with <c>--</c> must name an option of the command.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>A message naming the first unknown option and the nearest valid one, or null.</summary>
    public static string? Find(Command command, IReadOnlyList<string> args)
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "--help", "--version" };
        foreach (var option in command.Options)
        {
            known.Add(option.Name);
            known.UnionWith(option.Aliases);
        }

        foreach (var arg in args)
        {
            if (arg == "--")
            {
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length < 3 || !char.IsLetter(arg[2]))
            {
                continue;
            }

            var name = arg.Split('=', 2)[0];
            if (known.Contains(name))
            {
                continue;
            }

            var nearest = known.Where(k => k.StartsWith("--", StringComparison.Ordinal)).MinBy(k => Distance(k, name));
            return nearest is not null && Distance(nearest, name) <= 3
                ? $"Unknown option '{name}'. Did you mean '{nearest}'?"
                : $"Unknown option '{name}'.";
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
