using System.CommandLine;
using System.Globalization;

namespace Search.Cli;

/// <summary>Options shared by several verbs.</summary>
internal static class CliOptions
{
    public static Option<string> Index() => new("--index")
    {
        Description = "The index folder.",
        DefaultValueFactory = _ => "index",
        HelpName = "DIR",
    };

    public static Option<string> Seeds() => new("--seeds")
    {
        Description = "The folder of article files (searched recursively for *.txt).",
        DefaultValueFactory = _ => "seeds",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON Lines instead of text.",
    };

    /// <summary>
    /// The <c>--config</c> option: a folder of the user's own settings, which must exist (a mistyped folder would
    /// otherwise drop the user's lists without a word, and rebuild the index without them).
    /// </summary>
    public static Option<string> Config(string description)
    {
        var option = new Option<string>("--config") { Description = description, HelpName = "DIR" };
        option.Validators.Add(result =>
        {
            var folder = result.GetValueOrDefault<string>();
            if (folder is not null && !Directory.Exists(folder))
            {
                result.AddError(File.Exists(folder)
                    ? $"--config: '{folder}' is a file; name the folder that holds boilerplate.txt, actors.txt, locations.txt or aliases.txt."
                    : $"--config: the settings folder '{folder}' does not exist.");
            }
        });
        return option;
    }

    /// <summary>A count option (<c>--top N</c>): a whole number from 0 up, explained in the user's words when it is not.</summary>
    public static Option<int> Count(string name, string description, int defaultValue = 0) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError(long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                ? $"{name}: '{text}' is too large (at most {int.MaxValue})."
                : $"{name}: '{text}' is not a whole number.");
            return 0;
        },
    };

    /// <summary>
    /// The <c>--pattern</c> option: a file-name pattern relative to the seeds folder (<c>*.txt</c>, <c>2024/*.txt</c>),
    /// not empty and not an absolute path.
    /// </summary>
    public static Option<string> Pattern()
    {
        var option = new Option<string>("--pattern") { Description = "Which files are articles.", DefaultValueFactory = _ => "*.txt", HelpName = "GLOB" };
        option.Validators.Add(result =>
        {
            var pattern = result.GetValueOrDefault<string>() ?? "";
            if (pattern.Trim().Length == 0)
            {
                result.AddError("--pattern: the pattern is empty; name the article files, such as *.txt or 2024/*.txt.");
            }
            else if (Path.IsPathRooted(pattern) || pattern.Split('/', '\\').Contains(".."))
            {
                result.AddError($"--pattern: '{pattern}' leaves the seeds folder; a pattern names files inside it, such as *.txt or 2024/*.txt (name the folder with --seeds).");
            }
        });
        return option;
    }

    /// <summary>Parses a YYYY-MM-DD date of an option, or explains why not.</summary>
    public static bool TryParseDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"{option}: '{text}' is not a date; use YYYY-MM-DD, for example 2025-12-21.";
        return false;
    }
}
