using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.Core.Entities;

/// <summary>
/// Finds the actors (persons, organisations) and locations of a German news article.
/// A sequence tagger (averaged structured perceptron, Viterbi decoding) trained on GermEval 2014
/// (CC BY 4.0) with word lists and word clusters as features decides first; fixed patterns
/// (English organisation names, streets, motorways) and list and pattern rules (role + name,
/// "Name (47)", organisation suffixes) add what it leaves; then canonical names and in-document
/// coreference. No model is downloaded: all data is embedded. Instances are immutable and <see cref="Extract(string, string)"/> is thread-safe and pure.
/// </summary>
public sealed class EntityExtractor
{
    private static readonly Lazy<TaggerModel> SharedModel = new(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<EntityExtractor> LazyDefault = new(() => new EntityExtractor(EntityExtractorOptions.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private const int LargeDocumentTokens = 100_000;

    [ThreadStatic]
    private static TaggedSentence? _buffer;

    private readonly Gazetteer _gazetteer;
    private readonly TaggerModel _model;
    private readonly WordClusters? _clusters;

    private EntityExtractor(EntityExtractorOptions options)
        : this(options, SharedModel.Value, null)
    {
    }

    /// <summary>An extractor with another tagger model and word clusters (the trainer measures candidates with it).</summary>
    internal EntityExtractor(EntityExtractorOptions options, TaggerModel model, WordClusters? clusters)
    {
        _gazetteer = new Gazetteer(options.ExtraActors, options.ExtraLocations, options.Aliases);
        _model = model;
        _clusters = clusters;
    }

    /// <summary>The extractor with the built-in data only, loaded once on first use.</summary>
    public static EntityExtractor Default => LazyDefault.Value;

    /// <summary>Creates an extractor with the built-in data plus the user's entries and aliases.</summary>
    /// <param name="options">The user's additions.</param>
    public static EntityExtractor Create(EntityExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EntityExtractor(options);
    }

    /// <summary>Extracts the entities of one document.</summary>
    /// <param name="title">The title (may be empty).</param>
    /// <param name="body">The text after the title (may be empty).</param>
    /// <returns>Actors and locations in canonical form, each once, in order of first appearance.</returns>
    public ExtractedEntities Extract(string title, string body) => Extract(title, body, rules: true);

    /// <summary>Extracts the entities of one document, with the rules or with the tagger alone (for measuring).</summary>
    internal ExtractedEntities Extract(string title, string body, bool rules)
    {
        title ??= string.Empty;
        body ??= string.Empty;
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            return new ExtractedEntities([], []);
        }

        var text = title.Length == 0 ? body : body.Length == 0 ? title : string.Concat(title, "\n\n", body);
        var s = _buffer ??= new TaggedSentence();
        s.Load(text, _gazetteer, _clusters);
        SequenceTagger.Tag(s, _model);
        var result = MentionResolver.Resolve(s, _gazetteer, rules);
        if (s.Tokens.Count > LargeDocumentTokens)
        {
            _buffer = null; // do not keep the buffers of a huge document alive on this thread
        }

        return result;
    }

    /// <summary>Reads the embedded tagger model.</summary>
    internal static TaggerModel LoadModel()
    {
        using var stream = Gazetteer.OpenResource("entity-tagger.bin")
            ?? throw new InvalidOperationException("The embedded entity model 'entity-tagger.bin' is missing from Search.Core.");
        return TaggerModel.Read(stream);
    }
}
