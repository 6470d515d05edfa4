using System.Text;

namespace Search.Benchmarks.Macro;

/// <summary>
/// Rewrites the queries of the peer's file into our syntax with the peer's semantics. The peer (classic
/// QueryParser, default operator AND) requires every word; we require all of one or two words but only all but one
/// of three or four. So a query of three or more bare words gets a '+' before each word; phrases stay as written.
/// </summary>
internal static class QueryForms
{
    /// <summary>The query with the peer's semantics: '+' before every bare word when it has three or more.</summary>
    public static string Anded(string query)
    {
        var parts = Split(query);
        return parts.Count(p => !p.StartsWith('"')) >= 3 ? AllPlus(query) : query;
    }

    /// <summary>'+' before every bare word (our ranking bonuses for plain text are then off).</summary>
    public static string AllPlus(string query) =>
        string.Join(' ', Split(query).Select(p => p.StartsWith('"') || p.StartsWith('+') || p.StartsWith('-') ? p : "+" + p));

    /// <summary>Bare words and quoted phrases, in order.</summary>
    public static List<string> Split(string query)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var ch in query)
        {
            if (ch == '"')
            {
                current.Append(ch);
                if (quoted)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }

                quoted = !quoted;
            }
            else if (ch == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(ch);
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    /// <summary>Query lines of a file: trimmed, without blank lines and '#' comments (as the peer reads them).</summary>
    public static List<string> Read(string file) =>
        [.. File.ReadAllLines(file, Encoding.UTF8).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
