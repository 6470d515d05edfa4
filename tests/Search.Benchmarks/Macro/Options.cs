using System.Globalization;

namespace Search.Benchmarks.Macro;

/// <summary>A minimal "--name value" / "--flag" parser.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public Options(string[] args, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                _values[name] = null;
            }
            else if (valued.Contains(name))
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"{name} needs a value");
                }

                _values[name] = args[++i];
            }
            else
            {
                throw new UsageException($"unknown option '{name}'");
            }
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public string Require(string name) => Get(name) ?? throw new UsageException($"{name} is required");

    public int Int(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{name} takes a positive whole number, not '{text}'");
    }
}
