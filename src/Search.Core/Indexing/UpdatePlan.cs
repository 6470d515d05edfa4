using System.Runtime.InteropServices;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// Which files of a seeds folder an update has to read: those the index does not know and those whose size or time
/// differs from what the index remembers. The rest count as unchanged without being opened, so an update costs a
/// scan of the folder plus work in proportion to what changed.
/// </summary>
internal sealed class UpdatePlan
{
    private UpdatePlan(List<SeedFile> changed, bool[] seen, int known, int unchanged)
    {
        Changed = changed;
        Seen = seen;
        Known = known;
        Unchanged = unchanged;
    }

    /// <summary>The files to read, ordered by id.</summary>
    public List<SeedFile> Changed { get; }

    /// <summary>By position in the entries: whether the document's file is there (set for changed files by <see cref="Summarise"/>).</summary>
    public bool[] Seen { get; }

    /// <summary>How many files the index holds a document for.</summary>
    public int Known { get; }

    /// <summary>
    /// How many documents were given as objects, not read from a file: an update from the folder keeps them (marked
    /// seen from the start), unless a file of the same id replaces one.
    /// </summary>
    public int Objects { get; init; }

    /// <summary>How many files have the size and time the index remembers.</summary>
    public int Unchanged { get; }

    /// <summary>Files per batch of look-ups; fewer files are compared on the calling thread.</summary>
    internal const int DefaultBatch = 4096;

    /// <summary>Compares the scanned files with the entries of the index.</summary>
    /// <remarks>
    /// The look-ups by id (a million of them for a large folder, each a few cache misses) run on up to
    /// <paramref name="parallelism"/> threads; the plan is then put together in the order of <paramref name="files"/>.
    /// </remarks>
    public static UpdatePlan Make(List<SeedFile> files, IndexedEntries existing, int parallelism = 1, int batch = DefaultBatch)
    {
        // Per file: its entry's position, or -1 when the index does not know it; whether size and time are unchanged.
        var positions = new int[files.Count];
        var same = new bool[files.Count];
        void Compare(int from, int to)
        {
            var span = CollectionsMarshal.AsSpan(files);
            for (var i = from; i < to; i++)
            {
                var file = span[i];
                if (existing.TryGet(file.Id, out var entry))
                {
                    positions[i] = entry.Position;
                    same[i] = file.Size >= 0 && entry.Size == file.Size && entry.Time == file.Time;
                }
                else
                {
                    positions[i] = -1;
                }
            }
        }

        if (parallelism <= 1 || files.Count <= batch)
        {
            Compare(0, files.Count);
        }
        else
        {
            var batches = (files.Count + batch - 1) / batch;
            Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                b => Compare(b * batch, Math.Min(files.Count, (b + 1) * batch)));
        }

        var changed = new List<SeedFile>();
        var seen = new bool[existing.Count];
        var objects = 0;
        for (var position = 0; position < seen.Length; position++)
        {
            if (!existing.FromFile(position))
            {
                seen[position] = true;
                objects++;
            }
        }

        int known = 0, unchanged = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (positions[i] >= 0)
            {
                known++;
                if (same[i])
                {
                    seen[positions[i]] = true;
                    unchanged++;
                    continue;
                }
            }

            changed.Add(files[i]);
        }

        changed.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new UpdatePlan(changed, seen, known, unchanged) { Objects = objects };
    }

    /// <summary>
    /// Counts what happened to the changed files (<paramref name="outcomes"/>, in the order of <see cref="Changed"/>)
    /// and marks the documents whose file is still there as seen.
    /// </summary>
    public Summary Summarise((FileOutcome Kind, DocumentReadResult? Failure, string? Hash, string? Notice)[] outcomes, IndexedEntries existing) =>
        Tally([.. Changed.Select(f => f.Id)], outcomes, existing, Seen);

    /// <summary>
    /// Counts what happened to the files <paramref name="ids"/> (<paramref name="outcomes"/> in the same order) and
    /// marks in <paramref name="seen"/> (by position in <paramref name="existing"/>) the documents whose file is still there.
    /// </summary>
    public static Summary Tally(IReadOnlyList<string> ids, (FileOutcome Kind, DocumentReadResult? Failure, string? Hash, string? Notice)[] outcomes, IndexedEntries existing, bool[] seen)
    {
        int added = 0, updated = 0, unchanged = 0;
        var addedHashes = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<RejectedFile>();
        var notices = new List<FileNotice>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            var (kind, failure, hash, notice) = outcomes[i];
            var id = ids[i];
            if (kind != FileOutcome.Vanished && existing.TryGet(id, out var entry))
            {
                seen[entry.Position] = true;
            }

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
                case FileOutcome.Rejected: rejected.Add(new RejectedFile(id, failure!.Error!, failure.Problem ?? FileProblem.Unreadable, failure.ProblemDetail)); break;
            }
        }

        return new Summary(added, updated, unchanged, addedHashes, rejected, notices);
    }

    /// <summary>What happened to the changed files.</summary>
    public sealed record Summary(int Added, int Updated, int Unchanged, HashSet<string> AddedHashes, List<RejectedFile> Rejected, List<FileNotice> Notices);
}
