using System.Security.Cryptography;
using System.Text;

namespace Search.Tui.ViewModels;

/// <summary>
/// The queries searched on one index, oldest first, kept in the user's data folder (XDG data home), never in the
/// index: <c>$XDG_DATA_HOME/search/history/&lt;hash of the index path&gt;.txt</c>, one query a line, at most
/// <see cref="MaxEntries"/>. Reading or writing problems never stop the UI; the history is then kept in memory.
/// </summary>
public sealed class QueryHistory
{
    /// <summary>Queries kept.</summary>
    public const int MaxEntries = 200;

    private readonly List<string> _entries = [];

    public QueryHistory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        try
        {
            if (File.Exists(path))
            {
                _entries.AddRange(File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Trim().Length > 0).TakeLast(MaxEntries));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable history starts empty.
        }
    }

    /// <summary>The file the history is kept in.</summary>
    public string Path { get; }

    /// <summary>The queries, oldest first.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>The history file for the index at <paramref name="indexPath"/>, in the user's data folder.</summary>
    public static string FileFor(string indexPath)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        var full = System.IO.Path.GetFullPath(indexPath).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        return System.IO.Path.Combine(DataHome(), "search", "history", hash + ".txt");
    }

    /// <summary>$XDG_DATA_HOME, or ~/.local/share (the local application data folder on Windows).</summary>
    public static string DataHome()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && System.IO.Path.IsPathRooted(xdg))
        {
            return xdg;
        }

        return OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
    }

    /// <summary>Adds <paramref name="query"/> as the newest entry (an earlier equal entry moves) and saves.</summary>
    public void Add(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Replace('\n', ' ').Replace('\r', ' ').Trim();
        if (query.Length == 0 || (_entries.Count > 0 && _entries[^1] == query))
        {
            return;
        }

        _entries.Remove(query);
        _entries.Add(query);
        if (_entries.Count > MaxEntries)
        {
            _entries.RemoveRange(0, _entries.Count - MaxEntries);
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            File.WriteAllLines(temporary, _entries, new UTF8Encoding(false));
            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Kept in memory for this session.
        }
    }
}
