using System.Diagnostics;
using System.IO.Enumeration;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>An update of the few files that file-system events named, for <see cref="IndexBuilder.Watch"/>.</summary>
public sealed partial class IndexBuilder
{
    /// <summary>
    /// Brings the files at <paramref name="paths"/> (under <paramref name="seedsFolder"/>; a path whose file is gone
    /// stands for its document) in line with the index, without scanning the folder or reading what the index knows
    /// of the other files: for a large folder a scan is seconds of status calls.
    /// </summary>
    /// <returns>
    /// The result; or null when only a whole update can answer: a path is a folder (its files were not named), the
    /// file pattern names folders, the index must be rebuilt, or the files gone are most of the index (the whole
    /// update's guard then decides).
    /// </returns>
    /// <remarks>Paths outside the folder, in hidden folders or not matching the pattern are left alone, as a scan leaves them.</remarks>
    internal IndexUpdateResult? UpdatePaths(string seedsFolder, IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var stopwatch = Stopwatch.StartNew();
        var files = NamedFiles(seedsFolder, paths);
        if (files is null)
        {
            return null;
        }

        var state = LoadExistingState(full: false, [.. files.Select(f => f.Id)]);
        using var existing = state.Existing;
        var origin = new SeedsOrigin(Path.GetFullPath(seedsFolder), Options.FilePattern);
        if (state.RebuildReason is not null || state.Origin != origin)
        {
            return null; // a rebuild, or an index last updated from elsewhere: the whole update and its guard decide
        }

        var gone = files.Count(f => !File.Exists(f.Path) && existing.TryGet(f.Id, out _));
        if (gone > 0 && gone * 2L > state.Documents)
        {
            return null;
        }

        IndexingWarmUp.Start(_pipeline);
        var writer = OpenWriter(create: false);
        try
        {
            var outcomes = new (FileOutcome Kind, DocumentReadResult? Failure, string? Hash, string? Notice)[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes[i] = _files.Process(writer, files[i].Path, files[i].Id, existing);
            }

            // As in a whole update: the documents whose file is gone are deleted, or count as renamed when a newly
            // added file carries their content. The entries hold the named files only, so any not seen is gone.
            var seen = new bool[existing.Count];
            var summary = UpdatePlan.Tally([.. files.Select(f => f.Id)], outcomes, existing, seen);
            var result = Complete(writer, existing, seen, summary, CommitData(origin), stopwatch, cancellationToken);
            return result with { Unchanged = result.TotalDocuments - summary.Added - summary.Updated };
        }
        catch (Exception ex)
        {
            RollBack(writer);
            throw WriteError(ex);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Whether the index holds a document whose id lies below one of the folders <paramref name="folderIds"/> (one reader for all).</summary>
    private bool HasDocumentsBelow(List<string> folderIds)
    {
        if (!DirectoryReader.IndexExists(_directory))
        {
            return false;
        }

        using var reader = DirectoryReader.Open(_directory);
        if (MultiFields.GetTerms(reader, IndexSchema.Id)?.GetEnumerator() is not { } terms)
        {
            return false;
        }

        return folderIds.Any(folder =>
        {
            var prefix = new BytesRef(folder + "/");
            return terms.SeekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.StartsWith(terms.Term, prefix);
        });
    }

    /// <summary>The named files with their ids, as a scan of the folder would list them; null when a scan is needed.</summary>
    private List<(string Path, string Id)>? NamedFiles(string seedsFolder, IReadOnlyCollection<string> paths)
    {
        var pattern = Options.FilePattern;
        if (pattern.IndexOfAny(['/', '\\']) >= 0)
        {
            return null;
        }

        var root = Path.GetFullPath(seedsFolder);
        var files = new List<(string Path, string Id)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var gone = new List<string>();
        foreach (var named in paths)
        {
            var path = Path.GetFullPath(named);
            if (Directory.Exists(path))
            {
                return null;
            }

            var relative = Path.GetRelativePath(root, path);
            if (relative == "." || Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
            {
                continue;
            }

            var id = relative.Replace('\\', '/');
            if (id.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            if (!FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(path), ignoreCase: true))
            {
                if (!File.Exists(path))
                {
                    gone.Add(id); // perhaps a folder moved away or deleted
                }

                continue;
            }

            if (ids.Add(id))
            {
                files.Add((path, id));
            }
        }

        return gone.Count > 0 && HasDocumentsBelow(gone) ? null : files; // a folder gone: its files were not named
    }
}
