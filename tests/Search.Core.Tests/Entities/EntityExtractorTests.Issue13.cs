namespace Search.Core.Tests.Entities;

/// <summary>The facet defects named in issue 13 (common nouns, cut names, inflected forms, wrong kinds, run-on spans).</summary>
public partial class EntityExtractorTests
{
    [Fact]
    public void Extract_CommonNounsAfterPrepositionOrAtSentenceStart_AreNoEntities()
    {
        var result = Extractor.Extract(
            "Im Vorfeld der Wahl stritten die Parteien.",
            "Auslöser war ein Streit um die Steuern. Erdbeben erschütterten die Region. Kritisiert wurde vor allem die Regierung. Die Iraner protestierten.");

        Assert.DoesNotContain("Vorfeld", result.Locations);
        Assert.DoesNotContain("Vorfeld", result.Actors);
        Assert.DoesNotContain("Auslöser", result.Actors);
        Assert.DoesNotContain("Erdbeben", result.Actors);
        Assert.DoesNotContain("Kritisiert", result.Actors);
        Assert.DoesNotContain("Iraner", result.Actors);
    }

    [Fact]
    public void Extract_PlaceFollowedByACount_IsNoClub()
    {
        // The rule for "Hannover 96" made actors of "Schweiz 13" and "Europa 40" (twelve such values in the Wikinews articles).
        var result = Extractor.Extract(
            "Flugzeug lässt Kerosin ab",
            "Über der Schweiz 13 Tonnen Kerosin abgelassen. Auf Europa 40 Prozent entfallen. Hannover 96 gewann gegen Schalke 04 klar.");

        Assert.DoesNotContain(result.Actors, a => a.StartsWith("Schweiz", StringComparison.Ordinal) || a.StartsWith("Europa", StringComparison.Ordinal));
        Assert.Contains("Hannover 96", result.Actors);
        Assert.Contains("Schalke 04", result.Actors);
        Assert.Contains("Schweiz", result.Locations);
    }

    [Fact]
    public void Extract_ABareSurnameEndingALongerNameOfTheText_IsThatName()
    {
        // "Verissimo Pinto" (read as an organisation) and "Pinto" were two values; across the index the bare "Pinto" was
        // then counted under the footballer Sergio Pinto.
        var result = Extractor.Extract(
            "Inselrepublik Kap Verde erhält eine eigene Börse",
            "Der künftige Börsenvorstand Verissimo Pinto gab als Grund für die Eröffnung der Börse an, das Finanzsystem sei nicht mehr in der Lage, dem Wachstum gerecht zu werden.\n\n"
            + "Die Geschäftsbedingungen der neuen afrikanischen Börse werden laut Pinto an das Handelssystem der Vierländerbörse Euronext angepasst.");

        Assert.Contains("Verissimo Pinto", result.Actors);
        Assert.DoesNotContain("Pinto", result.Actors);
    }

    [Fact]
    public void Extract_FirstNameAndSurname_AreOnePersonAndALaterSurnameJoinsIt()
    {
        var result = Extractor.Extract(
            "Der hessische Ministerpräsident Roland Koch sprach mit Edmund Stoiber.",
            "Stoiber lobte die Pläne. Koch widersprach.");

        Assert.Equal(["Roland Koch", "Edmund Stoiber"], result.Actors);
    }

    [Fact]
    public void Extract_InflectedAdjectiveInOrganisationName_IsInTheNominative()
    {
        var result = Extractor.Extract(
            "Der Kandidat der Demokratischen Partei gewann.",
            "Das berichtete die Frankfurter Allgemeine Sonntagszeitung. Er sprach mit Vertretern der Christlich Demokratischen Union.");

        Assert.Contains("Demokratische Partei", result.Actors);
        Assert.DoesNotContain("Demokratischen Partei", result.Actors);
    }

    [Fact]
    public void Extract_PersonsAreNoLocationsAndAListedPlaceIsNoActor()
    {
        var result = Extractor.Extract(
            "Der Oberbürgermeister Belit Onay besuchte Hong Kong.",
            "Der frühere Regierungschef Thaksin Shinawatra von der Regierungspartei äußerte sich nicht.");

        Assert.Contains("Belit Onay", result.Actors);
        Assert.Contains("Thaksin Shinawatra", result.Actors);
        Assert.DoesNotContain("Belit Onay", result.Locations);
        Assert.DoesNotContain("Thaksin Shinawatra", result.Locations);
        Assert.Contains("Hong Kong", result.Locations);
        Assert.DoesNotContain("Hong Kong", result.Actors);
    }

    [Fact]
    public void Extract_DativePluralOfListedCountry_IsItsListedName()
    {
        var result = Extractor.Extract("Die Spieler kamen aus den Niederlanden.", string.Empty);

        Assert.Equal(["Niederlande"], result.Locations);
    }

    [Fact]
    public void Extract_FirstWordOfANameThatIsNoFirstName_JoinsTheFullName()
    {
        var result = Extractor.Extract(
            "Thailands früherer Regierungschef Thaksin Shinawatra kehrt zurück",
            "Thaksin wurde am Flughafen von Anhängern empfangen. Thaksins Partei feierte.");

        Assert.Contains("Thaksin Shinawatra", result.Actors);
        Assert.Contains("Thaksin Shinawatra", result.Persons);
        Assert.DoesNotContain("Thaksin", result.Actors);
        Assert.DoesNotContain("Thaksins", result.Actors);
    }

    [Fact]
    public void Extract_ListedFirstName_DoesNotJoinAFullName()
    {
        var result = Extractor.Extract("Titel", "Angela Merkel traf Angela in Berlin.");

        Assert.Equal(["Angela Merkel", "Angela"], result.Actors);
        Assert.Equal(["Angela Merkel", "Angela"], result.Persons);
    }

    [Fact]
    public void Extract_PluralOfANounInANameSlot_IsNoPersonButASurnameStillIs()
    {
        var result = Extractor.Extract(
            "Titel",
            "Al-Qaida-Gruppen gewinnen Medienberichten zufolge an Einfluss. In Tabasco haben laut Medienberichten die Überschwemmungen begonnen. Der Plan sei gut, sagte Kolb.");

        Assert.DoesNotContain("Medienberichten", result.Actors);
        Assert.Contains("Kolb", result.Actors);
    }

    [Fact]
    public void Extract_MembersOfAFaithOrAPluralOfPeople_AreNoActor()
    {
        // Wikinews: "Moslem" was an actor in five articles, "Teilnehmern" in one.
        var result = Extractor.Extract(
            "Britische Moslems warnen Premierminister Tony Blair wegen der Außenpolitik",
            "Moslems in Großbritannien haben Premierminister Tony Blair gewarnt. In der Unionsfraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „Franz Müntefering war ein guter Minister.“ "
            + "Die Hälfte der im Ort ansässigen Roma verließen angeblich das Dorf.");

        Assert.DoesNotContain(result.Actors, a => a.StartsWith("Moslem", StringComparison.Ordinal) || a is "Teilnehmern" or "Roma");
        Assert.Contains("Tony Blair", result.Actors);
        Assert.Contains("Franz Müntefering", result.Actors);
    }

    [Fact]
    public void Extract_WeakAdjectivesCapitalsAndAShortForm_TakeTheCanonicalValue()
    {
        // Wikinews values before: "Europäische Parlament", "Deutsche Wetterdienst", "Nahen Osten", "LINKEN", "ver",
        // "Olympischen Spielen".
        var result = Extractor.Extract(
            "Titel",
            "Das Europäische Parlament stimmte zu. Der Deutsche Wetterdienst warnte vor Sturm. Die Lage im Nahen Osten bleibt gespannt. "
            + "Eine Koalition von SPD und LINKEN wurde abgelehnt. Die Gewerkschaft ver.di rief zum Streik auf. "
            + "Bei den Olympischen Spielen in Peking gewann sie Gold.");

        Assert.Contains("Europäisches Parlament", result.Actors);
        Assert.Contains("Deutscher Wetterdienst", result.Actors);
        Assert.Contains("Naher Osten", result.Locations);
        Assert.Contains("Die Linke", result.Actors);
        Assert.Contains("ver.di", result.Actors);
        Assert.Contains("Olympische Spiele", result.Actors);
        Assert.DoesNotContain(result.Actors, a => a is "Europäische Parlament" or "Deutsche Wetterdienst" or "LINKEN" or "ver" or "Olympischen Spielen");
    }

    [Fact]
    public void Extract_GenitiveDativeAndPluralForms_TakeTheNominative()
    {
        // Wikinews values before: "Bundeskriminalamts", "Internationalem Währungsfonds", "Vereinigten Arabischen
        // Emiraten", "Roten Meer", "Deutschen Presse Agentur".
        var result = Extractor.Extract(
            "Titel",
            "Ein Sprecher des Bundeskriminalamts bestätigte die Festnahme. Griechenland verhandelt mit dem Internationalem Währungsfonds. "
            + "Der Flug kam aus den Vereinigten Arabischen Emiraten. Die Maschine landete in der jordanischen Hafenstadt Aqaba am Roten Meer. "
            + "Das meldete die Deutschen Presse Agentur am Abend.");

        Assert.Contains("Bundeskriminalamt", result.Actors);
        Assert.Contains("Internationaler Währungsfonds", result.Actors);
        Assert.Contains("Vereinigte Arabische Emirate", result.Locations);
        Assert.Contains("Rotes Meer", result.Locations);
        Assert.Contains("Deutsche Presse Agentur", result.Actors);
    }

    [Fact]
    public void Extract_OrganisationInTheGenitive_IsInTheNominative()
    {
        var result = Extractor.Extract(
            "Titel",
            "Einem Bericht des Technischen Hilfswerks zufolge stieg das Wasser. Der Sprecher des Hessischen Rundfunks und des Deutschen Roten Kreuzes widersprach. Der Chef des Internationalen Währungsfonds kam.");

        Assert.Contains("Technisches Hilfswerk", result.Actors);
        Assert.Contains("Hessischer Rundfunk", result.Actors);
        Assert.Contains("Deutsches Rotes Kreuz", result.Actors);
        Assert.Contains("Internationaler Währungsfonds", result.Actors);
        Assert.Contains("Institut für Design", Extractor.Extract("Titel", "Der Direktor des Instituts für Design kam.").Actors);
        Assert.DoesNotContain(result.Actors, a => a.EndsWith("Hilfswerks", StringComparison.Ordinal) || a.EndsWith("Kreuzes", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_InflectedPlaceNames_AreInTheNominative()
    {
        var result = Extractor.Extract(
            "Titel",
            "Ein Sprecher des Weißen Hauses sagte, im Vereinigten Königreich und in der Demokratischen Republik Kongo sei es ruhig.");

        Assert.Equal(["Weißes Haus", "Vereinigtes Königreich", "Demokratische Republik Kongo"], result.Locations);
    }

    [Fact]
    public void Extract_MilitaryRankBeforeAName_IsNoPartOfIt()
    {
        var result = Extractor.Extract("Titel", "Ein Sprecher der ISAF, Hauptmann Abraham Sipe, sagte, die Offensive laufe.");

        Assert.Contains("Abraham Sipe", result.Actors);
        Assert.DoesNotContain("Hauptmann Abraham Sipe", result.Actors);
    }
}
