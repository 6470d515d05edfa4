using System.Diagnostics;
using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Benchmarks.Macro;

/// <summary>
/// What the figures look like once entity extraction runs in the indexing pipeline: <c>DocumentPipeline.Enrich</c>
/// does not call <see cref="EntityExtractor"/> yet, so the CLI's index has no actor and location values. This builds
/// a second index through the public library API (<see cref="IndexBuilder.AddOrUpdate"/>) from documents whose
/// actors and locations were filled in by <c>EntityExtractor.Default.Extract(title, body)</c> (reading and
/// extraction in parallel, writing on one thread), so facet counts and memory can be measured on real values.
/// </summary>
internal static class EntityProjection
{
    public sealed record Result(double Seconds, int Documents, long Actors, long Locations);

    public static Result Build(string corpus, string index)
    {
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }

        Directory.CreateDirectory(index);
        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var reader = new DocumentReader();
        long actors = 0, locations = 0;
        var stopwatch = Stopwatch.StartNew();
        var documents = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(file =>
        {
            var read = reader.ReadFile(file, Path.GetRelativePath(corpus, file).Replace('\\', '/'));
            if (!read.IsSuccess)
            {
                return null;
            }

            var document = read.Document!;
            var found = EntityExtractor.Default.Extract(document.Title, document.Body);
            Interlocked.Add(ref actors, found.Actors.Count);
            Interlocked.Add(ref locations, found.Locations.Count);
            return document with { Actors = found.Actors, Locations = found.Locations, SourcePath = file };
        }).Where(d => d is not null).Select(d => d!);
        using var builder = IndexBuilder.Open(index);
        var result = builder.AddOrUpdate(documents);
        return new Result(stopwatch.Elapsed.TotalSeconds, result.Added, actors, locations);
    }
}
