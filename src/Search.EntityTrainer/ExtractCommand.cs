using System.Text.Json;
using Search.Core.Documents;
using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>
/// Writes the entities of every *.txt file of a folder as JSON lines ({"id","actors","locations"}, the input of
/// score-entities.py), with the rules or with the tagger alone.
/// </summary>
internal static class ExtractCommand
{
    public static int Run(string folder, bool taggerOnly, TaggerModel? model, WordClusters? clusters)
    {
        var reader = new DocumentReader();
        var extractor = model is null && clusters is null
            ? EntityExtractor.Default
            : new EntityExtractor(EntityExtractorOptions.Default, model ?? EntityExtractor.LoadModel(), clusters);
        foreach (var file in DocumentReader.FindFiles(folder).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var document = reader.ReadFile(file.Path).Document;
            if (document is null)
            {
                continue;
            }

            var found = extractor.Extract(document.Title, document.Body, rules: !taggerOnly);
            Console.WriteLine(JsonSerializer.Serialize(new { id = Path.GetFileName(file.Path), actors = found.Actors, locations = found.Locations }));
        }

        return 0;
    }
}
