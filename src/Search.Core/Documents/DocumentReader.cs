using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Search.Core.Documents;

/// <summary>
/// Reads article files: the <c>date YYYY-MM-DD</c> header, the headline and the text, with encoding
/// checks, line-end and Unicode normalisation and boilerplate removal.
/// </summary>
/// <remarks>
/// Format: the first non-blank characters of a file are <c>date YYYY-MM-DD</c>. Text on the same line after the
/// date is the lead paragraph and the next paragraph is the headline; otherwise the first paragraph is the headline.
/// A headline repeated as the next paragraph is kept once. A first paragraph longer than 200 characters is not a
/// headline: its first sentence serves as title and the paragraph stays in the body.
/// Thread-safe: an instance holds only immutable options.
/// </remarks>
public sealed class DocumentReader
{
    private const int MaxTitleLength = 200;
    private static readonly DateOnly EarliestDate = new(1800, 1, 1);

    /// <summary>Creates a reader with the given options (or <see cref="DocumentReaderOptions.Default"/>).</summary>
    public DocumentReader(DocumentReaderOptions? options = null)
    {
        Options = options ?? DocumentReaderOptions.Default;
    }

    /// <summary>The options in force.</summary>
    public DocumentReaderOptions Options { get; }

    /// <summary>
    /// Lists the article files of a folder by the rule the indexer uses: files matching <paramref name="pattern"/>
    /// (case-insensitive) in the folder and all sub-folders, hidden files and folders left out, symbolic links
    /// followed except where they loop; ordered by id.
    /// </summary>
    /// <param name="folder">The folder to search.</param>
    /// <param name="pattern">A file-name pattern; default <c>*.txt</c>.</param>
    public static IReadOnlyList<DocumentFile> FindFiles(string folder, string pattern = "*.txt")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        return [.. SeedFolderScanner.Scan(folder, pattern).Select(f => new DocumentFile(f.Path, f.Id))];
    }

    /// <summary>
    /// Reads a file as text of any form (no date line needed), as articles are read: UTF-8, UTF-16 with a byte-order
    /// mark or Windows-1252, in NFC. A named pipe, socket or device, a file over <see cref="DocumentReaderOptions.MaxFileBytes"/>
    /// and binary content are refused, so reading never waits for a writer or takes a program for text.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="text">The text, when true is returned.</param>
    /// <param name="error">Why the file is not read as text (English), when false is returned.</param>
    public bool TryReadText(string path, out string text, out string error)
    {
        ArgumentNullException.ThrowIfNull(path);
        text = "";
        if (ReadBytes(path, Path.GetFileName(path), out var bytes) is { } failure)
        {
            error = failure.Problem == FileProblem.NotFound
                ? Directory.Exists(path) ? "it is a folder, not a file" : "there is no such file"
                : failure.Error!;
            return false;
        }

        if (bytes.Length == 0)
        {
            error = "empty file";
            return false;
        }

        if (!TextDecoder.TryDecode(bytes, out var decoded, out error, out _, out _))
        {
            return false;
        }

        text = decoded.Normalize(System.Text.NormalizationForm.FormC);
        return true;
    }

    /// <summary>Reads one file. Never throws for bad content: the result carries the reason instead.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="id">The document id; defaults to the file name.</param>
    public DocumentReadResult ReadFile(string path, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        id ??= Path.GetFileName(path);
        if (ReadBytes(path, id, out var bytes) is { } failure)
        {
            return failure;
        }

        var result = Parse(bytes, id);
        return result.IsSuccess ? DocumentReadResult.Success(result.Document! with { SourcePath = path }, result.Notice) : result;
    }

    /// <summary>
    /// The bytes of a regular file within <see cref="DocumentReaderOptions.MaxFileBytes"/>; otherwise the failure (a
    /// missing file, a pipe, socket or device, too large, unreadable) and no bytes. Never waits for a writer.
    /// </summary>
    private DocumentReadResult? ReadBytes(string path, string id, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return DocumentReadResult.Missing(id, path);
            }

            if (FileStatusReader.IsSpecial(path))
            {
                return DocumentReadResult.Failure(id, FileProblem.NotRegularFile, "not a regular file (a named pipe, socket or device)");
            }

            if (info.Length > Options.MaxFileBytes)
            {
                return DocumentReadResult.Failure(id, FileProblem.TooLarge, TooLarge(info.Length), info.Length.ToString(CultureInfo.InvariantCulture));
            }

            bytes = File.ReadAllBytes(path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DocumentReadResult.Failure(id, FileProblem.Unreadable, $"cannot read file: {ex.Message}", ex.Message);
        }
    }

    /// <summary>Parses the bytes of one article file.</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="id">The document id.</param>
    public DocumentReadResult Parse(ReadOnlySpan<byte> bytes, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (bytes.Length > Options.MaxFileBytes)
        {
            return DocumentReadResult.Failure(id, FileProblem.TooLarge, TooLarge(bytes.Length), bytes.Length.ToString(CultureInfo.InvariantCulture));
        }

        if (bytes.IsEmpty)
        {
            return DocumentReadResult.Failure(id, FileProblem.Empty, "empty file");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!TextDecoder.TryDecode(bytes, out var text, out var decodeError, out var notice, out var notText))
        {
            return DocumentReadResult.Failure(id, FileProblem.NotText, decodeError, notText);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentReadResult.Failure(id, FileProblem.OnlyWhiteSpace, "empty file (only white space)");
        }

        var parsed = ParseText(text, id, hash);
        return notice is null || !parsed.IsSuccess ? parsed : DocumentReadResult.Success(parsed.Document!, notice);
    }

    /// <summary>Parses article text that is already decoded (header, headline, body).</summary>
    internal DocumentReadResult ParseText(string text, string id, string hash)
    {
        text = NormalizeText(text);
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (!text.AsSpan(start).StartsWith("date", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentReadResult.Failure(id, FileProblem.NoDateHeader, "no date header: the file must start with 'date YYYY-MM-DD'");
        }

        var pos = start + 4;
        var afterKeyword = pos;
        while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == ':'))
        {
            pos++;
        }

        if (pos == afterKeyword && pos < text.Length && text[pos] != '\n')
        {
            return DocumentReadResult.Failure(id, FileProblem.NoDateHeader, "no date header: the file must start with 'date YYYY-MM-DD'");
        }

        var dateEnd = pos;
        while (dateEnd < text.Length && !char.IsWhiteSpace(text[dateEnd]))
        {
            dateEnd++;
        }

        var dateText = text[pos..dateEnd];
        if (!System.Text.RegularExpressions.Regex.IsMatch(dateText, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
        {
            return DocumentReadResult.Failure(id, FileProblem.MalformedDate, dateText.Length == 0
                ? "no date after 'date': expected 'date YYYY-MM-DD'"
                : $"malformed date '{Truncate(dateText, 30)}': expected YYYY-MM-DD", Truncate(dateText, 30));
        }

        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var month = int.Parse(dateText.AsSpan(5, 2), CultureInfo.InvariantCulture);
            return DocumentReadResult.Failure(id, FileProblem.ImpossibleDate, month is < 1 or > 12
                ? $"impossible date '{dateText}': there is no month {dateText[5..7]}"
                : $"impossible date '{dateText}': no such day in the calendar", dateText);
        }

        if (ImplausibleDate(date) is { } implausible)
        {
            return DocumentReadResult.Failure(id, FileProblem.ImplausibleDate, $"implausible date '{dateText}': {implausible}", dateText);
        }

        var lineEnd = text.IndexOf('\n', dateEnd);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var lead = text[dateEnd..lineEnd].Trim();
        var rest = lineEnd < text.Length ? text[(lineEnd + 1)..] : "";
        var paragraphs = SplitParagraphs(RemoveBoilerplate(rest));
        if (lead.Length > 0)
        {
            lead = RemoveBoilerplate(lead).Trim();
        }

        var title = "";
        if (paragraphs.Count > 0 && paragraphs[0].Length <= MaxTitleLength)
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
            while (paragraphs.Count > 0 && string.Equals(paragraphs[0], title, StringComparison.Ordinal))
            {
                paragraphs.RemoveAt(0);
            }
        }
        else if (paragraphs.Count > 0)
        {
            title = FirstSentence(paragraphs[0]);
        }
        else if (lead.Length > 0)
        {
            title = FirstSentence(lead);
        }

        if (lead.Length > 0)
        {
            paragraphs.Insert(0, lead);
        }

        if (title.Length == 0 && paragraphs.Count == 0)
        {
            return DocumentReadResult.Failure(id, FileProblem.NoText, "no article text after the date header");
        }

        var document = new NewsDocument
        {
            Id = id,
            Date = date,
            Title = title,
            Body = string.Join("\n\n", paragraphs),
            ContentHash = hash,
        };
        return DocumentReadResult.Success(document);
    }

    /// <summary>Why a publication date cannot be meant (a placeholder such as 0001-01-01, a typo in the year), or null.</summary>
    private string? ImplausibleDate(DateOnly date) => ImplausibleDate(date, Options.Clock);

    /// <summary>
    /// Why a publication date cannot be meant, by <paramref name="clock"/>'s today: before 1800 or more than a year
    /// ahead; null for a plausible date.
    /// </summary>
    internal static string? ImplausibleDate(DateOnly date, TimeProvider clock)
    {
        if (date < EarliestDate)
        {
            return "before 1800 (a placeholder?)";
        }

        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(1);
        return date > latest
            ? string.Create(CultureInfo.InvariantCulture, $"more than a year in the future (after {latest:yyyy-MM-dd})")
            : null;
    }

    /// <summary>The content hash of a document given as an object (over date, title and body).</summary>
    internal static string HashText(NewsDocument document)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{document.Date:yyyy-MM-dd}\n{document.Title}\n{document.Body}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal string RemoveBoilerplate(string text)
    {
        foreach (var rule in Options.Boilerplate)
        {
            var from = 0;
            while (from < text.Length)
            {
                var s = text.IndexOf(rule.Start, from, StringComparison.Ordinal);
                if (s < 0)
                {
                    break;
                }

                var searchFrom = s + rule.Start.Length;
                var window = Math.Min(rule.MaxLength, text.Length - searchFrom);
                var e = rule.End.Length == 0 ? searchFrom : window <= 0 ? -1 : text.IndexOf(rule.End, searchFrom, window, StringComparison.Ordinal);
                if (e < 0)
                {
                    from = s + rule.Start.Length;
                    continue;
                }

                var end = e + rule.End.Length;
                text = string.Concat(text.AsSpan(0, s).TrimEnd(' '), s > 0 && text[s - 1] != '\n' && end < text.Length && text[end] != '\n' ? " " : "", text.AsSpan(end).TrimStart(' '));
                from = s;
            }
        }

        return text;
    }

    private static string NormalizeText(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ');
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static List<string> SplitParagraphs(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(CollapseSpaces(line));
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Length > 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static string CollapseSpaces(string line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal) && !line.Contains('\t'))
        {
            return line;
        }

        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var ch in line)
        {
            var isSpace = ch == ' ' || ch == '\t';
            if (isSpace && space)
            {
                continue;
            }

            sb.Append(isSpace ? ' ' : ch);
            space = isSpace;
        }

        return sb.ToString();
    }

    private static string FirstSentence(string paragraph)
    {
        for (var i = 20; i < paragraph.Length - 1 && i < MaxTitleLength; i++)
        {
            if ((paragraph[i] == '.' || paragraph[i] == '!' || paragraph[i] == '?') && paragraph[i + 1] == ' ' && !char.IsDigit(paragraph[i - 1]))
            {
                return paragraph[..(i + 1)];
            }
        }

        if (paragraph.Length <= MaxTitleLength)
        {
            return paragraph;
        }

        var cut = paragraph.LastIndexOf(' ', MaxTitleLength - 1);
        return (cut > 0 ? paragraph[..cut] : paragraph[..MaxTitleLength]) + " …";
    }

    private string TooLarge(long length) =>
        string.Create(CultureInfo.InvariantCulture, $"file too large: {length} bytes, the limit is {Options.MaxFileBytes} bytes");

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
