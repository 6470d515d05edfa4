using System.Diagnostics;
using System.IO.Enumeration;
using Lucene.Net.Index;

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

        var writer = OpenWriter(create: false);
        try
        {
            int added = 0, updated = 0, unchanged = 0, deleted = 0, renamed = 0;
            var rejected = new List<RejectedFile>();
            var notices = new List<FileNotice>();
            var addedHashes = new HashSet<string>(StringComparer.Ordinal);
            var vanished = new List<string>();
            foreach (var (path, id) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (kind, error, hash, notice) = _files.Process(writer, path, id, existing);
                if (notice is not null)
                {
                    notices.Add(new FileNotice(id, notice));
                }

                switch (kind)
                {
                    case FileOutcome.Added:
                        added++;
                        addedHashes.Add(hash!);
                        break;
                    case FileOutcome.Updated: updated++; break;
                    case FileOutcome.Unchanged: unchanged++; break;
                    case FileOutcome.Rejected: rejected.Add(new RejectedFile(id, error!)); break;
                    case FileOutcome.Vanished: vanished.Add(id); break;
                }
            }

            foreach (var id in vanished)
            {
                if (!existing.TryGet(id, out var entry))
                {
                    continue;
                }

                // As in a whole update: a document whose content a newly added file carries was renamed.
                writer.DeleteDocuments(new Term(IndexSchema.Id, id));
                if (existing.HashAt(entry.Position) is { Length: > 0 } hash && addedHashes.Remove(hash))
                {
                    renamed++;
                }
                else
                {
                    deleted++;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            Commit(writer, CommitData(origin));
            return new IndexUpdateResult
            {
                Added = added - renamed,
                Updated = updated,
                Deleted = deleted,
                Renamed = renamed,
                Unchanged = writer.NumDocs - added - updated,
                Rejected = rejected,
                Notices = notices,
                TotalDocuments = writer.NumDocs,
                Took = stopwatch.Elapsed,
            };
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
            if (id.Split('/').Any(part => part.StartsWith('.')) || !FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(path), ignoreCase: true))
            {
                continue;
            }

            if (ids.Add(id))
            {
                files.Add((path, id));
            }
        }

        return files;
    }
}
