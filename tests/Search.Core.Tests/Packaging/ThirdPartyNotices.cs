using System.Text;

namespace Search.Core.Tests.Packaging;

/// <summary>
/// Generates THIRD-PARTY-NOTICES.md from the files that describe the embedded data: the sources and licences of the
/// entity data (<c>Entities/Data/SOURCES.md</c>) and of the decompounding data (<c>Analysis/Data/SOURCE.md</c> and
/// its <c>NOTICE.txt</c>, which must ship with it). The licence overview is read from their tables.
/// </summary>
internal static class ThirdPartyNotices
{
    public const string FileName = "THIRD-PARTY-NOTICES.md";

    private static readonly (string Folder, string Title)[] Sections =
    [
        ("src/Search.Core/Entities/Data/SOURCES.md", "Entity data"),
        ("src/Search.Core/Analysis/Data/SOURCE.md", "German decompounding data"),
    ];

    private const string Notice = "src/Search.Core/Analysis/Data/NOTICE.txt";

    public static string Generate(string root)
    {
        var text = new StringBuilder();
        text.Append("# Third-party notices\n\n");
        text.Append("<!-- Generated from ").Append(string.Join(", ", Sections.Select(s => s.Folder).Append(Notice)))
            .Append(" by tests/Search.Core.Tests/Packaging/ThirdPartyNoticesTests.cs: edit those files, run that test and copy THIRD-PARTY-NOTICES.received.md over this file. -->\n\n");
        text.Append("The code of Search (the Search.Core library and the `search` tool) is licensed under the MIT licence (`LICENSE.md`). ")
            .Append("Search.Core embeds data taken from other projects, which stays under its own licence, as listed below; ")
            .Append("this file ships inside both NuGet packages (Search.Core and Search.Cli) and beside the built program. ")
            .Append("The `search` tool also bundles the libraries it is built on (Lucene.Net: Apache-2.0; Terminal.Gui, System.CommandLine: MIT; and their dependencies), each under the licence stated in its NuGet package.\n\n");
        text.Append("## Licences of the embedded data\n\n| licence | files |\n| --- | --- |\n");
        foreach (var (licence, files) in Licences(root))
        {
            text.Append("| ").Append(licence).Append(" | ").Append(string.Join("; ", files)).Append(" |\n");
        }

        foreach (var (file, title) in Sections)
        {
            var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
            text.Append("\n## ").Append(title).Append(" (`").Append(folder).Append("`)\n\n");
            text.Append(Demote(Body(Read(root, file))).Trim()).Append('\n');
        }

        text.Append("\n### NOTICE.txt of the German decompounder\n\n```text\n").Append(Read(root, Notice).TrimEnd()).Append("\n```\n");
        return text.ToString();
    }

    /// <summary>The licence column of every table of the source files, with the files (first column) under each licence, in order of appearance.</summary>
    public static List<(string Licence, List<string> Files)> Licences(string root)
    {
        var result = new List<(string Licence, List<string> Files)>();
        foreach (var (file, _) in Sections)
        {
            var folder = Path.GetDirectoryName(file)!.Replace('\\', '/')["src/Search.Core/".Length..];
            int fileColumn = -1, licenceColumn = -1;
            foreach (var line in Read(root, file).Split('\n'))
            {
                if (!line.StartsWith('|'))
                {
                    fileColumn = licenceColumn = -1;
                    continue;
                }

                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
                if (fileColumn < 0)
                {
                    fileColumn = cells.IndexOf("file");
                    licenceColumn = cells.IndexOf("licence");
                    continue;
                }

                if (cells.All(c => c.Trim('-', ':').Length == 0) || licenceColumn < 0 || fileColumn < 0 || cells.Count <= Math.Max(licenceColumn, fileColumn))
                {
                    continue;
                }

                var names = string.Join(", ", cells[fileColumn].Split(',').Select(n => n.Trim().Trim('`')).Where(n => n.Length > 0).Select(n => $"`{folder}/{n}`"));
                var entry = result.FindIndex(r => r.Licence == cells[licenceColumn]);
                if (entry < 0)
                {
                    result.Add((cells[licenceColumn], [names]));
                }
                else
                {
                    result[entry].Files.Add(names);
                }
            }
        }

        return result;
    }

    private static string Read(string root, string file) =>
        File.ReadAllText(Path.Combine(root, file)).ReplaceLineEndings("\n");

    /// <summary>The text after the first heading line.</summary>
    private static string Body(string markdown) =>
        markdown.StartsWith('#') ? markdown[(markdown.IndexOf('\n') + 1)..] : markdown;

    /// <summary>Headings one level deeper, so a source's sections sit under its own heading here.</summary>
    private static string Demote(string markdown) =>
        string.Join('\n', markdown.Split('\n').Select(line => line.StartsWith('#') ? "#" + line : line));
}
