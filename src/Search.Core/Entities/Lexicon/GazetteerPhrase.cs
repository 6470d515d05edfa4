namespace Search.Core.Entities.Lexicon;

/// <summary>A multi-token gazetteer entry.</summary>
internal sealed record GazetteerPhrase(string[] Tokens, GazetteerFlags Kind, string Text);
