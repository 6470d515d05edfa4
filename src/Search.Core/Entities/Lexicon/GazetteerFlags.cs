namespace Search.Core.Entities.Lexicon;

/// <summary>What the gazetteers and word lists know about a token.</summary>
[Flags]
internal enum GazetteerFlags : uint
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>A country name.</summary>
    Country = 1 << 0,

    /// <summary>Another well-known location (continent, region, river, capital).</summary>
    Location = 1 << 1,

    /// <summary>A subdivision (state, province, canton).</summary>
    Region = 1 << 2,

    /// <summary>A city.</summary>
    City = 1 << 3,

    /// <summary>A known organisation, institution or person.</summary>
    Actor = 1 << 4,

    /// <summary>A first name.</summary>
    FirstName = 1 << 5,

    /// <summary>A common surname.</summary>
    Surname = 1 << 6,

    /// <summary>A function word that never starts an entity.</summary>
    Stop = 1 << 7,

    /// <summary>A title or role that introduces a person's name.</summary>
    Role = 1 << 8,

    /// <summary>A word that marks an organisation (AG, Partei, ...ministerium).</summary>
    OrgWord = 1 << 9,

    /// <summary>A country adjective ("russische").</summary>
    Demonym = 1 << 10,

    /// <summary>A capitalised common noun of the training corpus.</summary>
    CommonNoun = 1 << 11,

    /// <summary>The token matched only after dropping a genitive s.</summary>
    Genitive = 1 << 12,

    /// <summary>First token of a multi-word location name.</summary>
    LocationPhraseBegin = 1 << 13,

    /// <summary>Later token of a multi-word location name.</summary>
    LocationPhraseInside = 1 << 14,

    /// <summary>First token of a multi-word actor name.</summary>
    ActorPhraseBegin = 1 << 15,

    /// <summary>Later token of a multi-word actor name.</summary>
    ActorPhraseInside = 1 << 16,

    /// <summary>A location preposition (in, nach, aus, bei).</summary>
    LocationPreposition = 1 << 17,

    /// <summary>A word that introduces a place (Stadt, Hauptstadt, Bundesstaat).</summary>
    PlaceWord = 1 << 18,

    /// <summary>A capitalised word of a general German word list (not a listed name).</summary>
    CommonWord = 1 << 19,

    /// <summary>A compound whose last part is a common word ("Wiederaufbauhilfe", "Mukja-Abkommen").</summary>
    Compound = 1 << 20,

    /// <summary>The number of flags the tagger's feature templates use (the flags below are not features).</summary>
    Count = 21,

    /// <summary>A word that is a proper name in general (English word lists, news surnames), not a German common word.</summary>
    ProperName = 1 << 21,
}
