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
