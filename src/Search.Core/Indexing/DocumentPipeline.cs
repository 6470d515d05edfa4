using System.Security.Cryptography;
using System.Text;
using Search.Core.Documents;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>What happens to every document between reading and indexing: entity extraction.</summary>
internal sealed class DocumentPipeline
{
    private readonly Lazy<EntityExtractor>? _extractor;

    /// <remarks>
    /// The extractor (its model and word lists) is loaded when the first document is enriched, so an update that
    /// finds nothing to read does not pay for it.
    /// </remarks>
    public DocumentPipeline(IndexBuilderOptions options)
    {
        var entities = options.Entities;
        _extractor = !options.ExtractEntities ? null
            : new Lazy<EntityExtractor>(() => entities is null ? EntityExtractor.Default : EntityExtractor.Create(entities), LazyThreadSafetyMode.ExecutionAndPublication);
        Fingerprint = ComputeFingerprint(options);
    }

    /// <summary>
    /// A digest of the settings that shape what is indexed (entity extraction on or off, boilerplate rules, the user's entity lists and
    /// aliases); an index built with other settings is rebuilt.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Loads the extractor now (if entities are extracted) instead of with the first document.</summary>
    public void WarmUp() => _ = _extractor?.Value;

    /// <summary>Returns the document with its actors and locations filled in from its text.</summary>
    public NewsDocument Enrich(NewsDocument document)
    {
        if (_extractor is null)
        {
            return document;
        }

        var found = _extractor.Value.Extract(document.Title, document.Body);
        return document with { Actors = found.Actors, Locations = found.Locations, Persons = found.Persons };
    }

    private static string ComputeFingerprint(IndexBuilderOptions options)
    {
        var text = new StringBuilder(options.ExtractEntities ? "entities\n" : "no entities\n");
        foreach (var rule in options.Reader.Boilerplate)
        {
            text.Append("b\t").Append(rule.Start).Append('\t').Append(rule.End).Append('\t').Append(rule.MaxLength).Append('\n');
        }

        var entities = options.Entities ?? EntityExtractorOptions.Default;
        foreach (var actor in entities.ExtraActors.Order(StringComparer.Ordinal))
        {
            text.Append("a\t").Append(actor).Append('\n');
        }

        foreach (var location in entities.ExtraLocations.Order(StringComparer.Ordinal))
        {
            text.Append("l\t").Append(location).Append('\n');
        }

        foreach (var (variant, canonical) in entities.Aliases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("=\t").Append(variant).Append('\t').Append(canonical).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
