using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public partial class EntityExtractorTests
{
    private static readonly EntityExtractor Extractor = EntityExtractor.Default;

    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln")))
        {
            dir = dir.Parent;
        }

        Assert.True(dir is not null, $"No folder with Search.sln above {AppContext.BaseDirectory}");
        var path = Path.Combine(dir!.FullName, relative);
        Assert.True(File.Exists(path), $"Missing {path}");
        return path;
    }

    private static (string Title, string Body) ReadSeed()
    {
        var text = File.ReadAllText(RepoFile("seeds/000_24110c9fbfdaf8ed.txt")).Trim();
        Assert.StartsWith("date ", text, StringComparison.Ordinal);
        text = text[15..].Trim();
        var para = text.IndexOf("\n\n", StringComparison.Ordinal);
        return (text[..para], text[(para + 2)..]);
    }

    [Fact]
    public void Extract_SeedArticle_YieldsRequiredActorsAndLocations()
    {
        var (title, body) = ReadSeed();

        var result = Extractor.Extract(title, body);

        foreach (var actor in new[] { "Wolodimir Selenski", "Steve Witkoff", "Kirill Dmitrijew", "Wladimir Putin", "Kreml" })
        {
            Assert.Contains(actor, result.Actors);
        }

        foreach (var location in new[] { "Miami", "Florida", "Ukraine", "USA", "Russland" })
        {
            Assert.Contains(location, result.Locations);
        }
    }

    [Fact]
    public void Extract_SeedArticle_GivesExactlyTheNamedEntitiesInOrderOfFirstMention()
    {
        var (title, body) = ReadSeed();

        var result = Extractor.Extract(title, body);

        Assert.Equal(["Wolodimir Selenski", "Kreml", "Kirill Dmitrijew", "Steve Witkoff", "Wladimir Putin"], result.Actors);
        Assert.Equal(["USA", "Ukraine", "Miami", "Russland", "Florida", "Moskau"], result.Locations);
    }

    [Fact]
    public void Extract_SeedArticle_HasNoPartialOrGenitiveDuplicates()
    {
        var (title, body) = ReadSeed();

        var result = Extractor.Extract(title, body);

        Assert.DoesNotContain("Selenski", result.Actors);
        Assert.DoesNotContain("Dmitrijew", result.Actors);
        Assert.DoesNotContain("Putins", result.Actors);
        Assert.DoesNotContain("Russlands", result.Locations);
        Assert.DoesNotContain(result.Actors, a => a.Contains("Inhalte", StringComparison.Ordinal) || a.Contains("Blick", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BareSurnameAfterFullName_IsSameActor()
    {
        var result = Extractor.Extract(
            "Selenski trifft EU-Vertreter",
            "Der ukrainische Präsident Wolodimir Selenski traf am Montag Vertreter der EU. Selenski sagte danach, die Gespräche seien gut verlaufen.");

        Assert.Equal("Wolodimir Selenski", result.Actors[0]);
        Assert.Single(result.Actors, a => a.Contains("Selenski", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BareSurnameBeforeFullName_UsesFullestNameAtFirstPosition()
    {
        var result = Extractor.Extract(string.Empty, "Selenski reiste nach Berlin. Dort traf Wolodimir Selenski den Bundeskanzler.");

        Assert.Equal(["Wolodimir Selenski"], result.Actors);
        Assert.Equal(["Berlin"], result.Locations);
    }

    [Fact]
    public void Extract_GenitiveForms_AreNormalised()
    {
        var result = Extractor.Extract(string.Empty, "Russlands Präsident Wladimir Putin schwieg. Ein Berater Putins sagte, der Kreml prüfe den Plan.");

        Assert.Equal(["Wladimir Putin", "Kreml"], result.Actors);
        Assert.Equal(["Russland"], result.Locations);
    }

    [Fact]
    public void Extract_SpellingVariants_MergedByBuiltInAliases()
    {
        var result = Extractor.Extract("Selenskyj in Kiew", "Wolodymyr Selenskyj sprach in Kiew mit Journalisten. Später kündigte Zelensky neue Gespräche an.");

        Assert.Equal(["Wolodimir Selenski"], result.Actors);
        Assert.Equal(["Kiew"], result.Locations);
    }

    [Fact]
    public void Extract_NameWithAge_IsPerson()
    {
        var result = Extractor.Extract(string.Empty, "Der Geschäftsführer Hans Gruber (52) sprach in Stuttgart über die Zukunft der Firma.");

        Assert.Equal(["Hans Gruber"], result.Actors);
        Assert.Equal(["Stuttgart"], result.Locations);
    }

    [Fact]
    public void Extract_OrganisationWithComplement_IsOneActor()
    {
        var result = Extractor.Extract(string.Empty, "Das Bundesamt für Gesundheit hat die Prämien erhöht.");

        Assert.Contains("Bundesamt für Gesundheit", result.Actors);
    }

    [Fact]
    public void Extract_PlaceAdjectiveWithOrganisationWord_IsOneActor()
    {
        var result = Extractor.Extract(string.Empty, "Die Berliner Zeitung berichtete über den Streit im Hessischen Rundfunk.");

        Assert.Equal(["Berliner Zeitung", "Hessischer Rundfunk"], result.Actors);
        Assert.Empty(result.Locations);
    }

    [Fact]
    public void Extract_ClubNamedAfterCity_IsActorNotLocation()
    {
        var result = Extractor.Extract(string.Empty, "Die Spieler des THW Kiel feierten den Titel.");

        Assert.Equal(["THW Kiel"], result.Actors);
        Assert.Empty(result.Locations);
    }

    [Fact]
    public void Extract_StreetAndCompassRegions_AreLocations()
    {
        var result = Extractor.Extract(string.Empty, "Der Unfall ereignete sich in der Gubener Straße 12 in Frankfurt. In Ostdeutschland und Süditalien regnete es.");

        Assert.Equal(["Gubener Straße 12", "Frankfurt", "Ostdeutschland", "Süditalien"], result.Locations);
        Assert.Empty(result.Actors);
    }

    [Fact]
    public void Extract_FirstNameBeforePlaceName_IsPerson()
    {
        var result = Extractor.Extract(string.Empty, "Jimmy Wales traf Michael Jordan in Chicago.");

        Assert.Equal(["Jimmy Wales", "Michael Jordan"], result.Actors);
        Assert.Equal(["Chicago"], result.Locations);
    }

    [Fact]
    public void Extract_Venues_AreLocations()
    {
        var result = Extractor.Extract(string.Empty, "Das Spiel in der Allianz Arena endete torlos. Der Bundespräsident empfing die Gäste im Schloss Bellevue.");

        Assert.Equal(["Allianz Arena", "Schloss Bellevue"], result.Locations);
        Assert.DoesNotContain("Allianz", result.Actors);
    }

    [Fact]
    public void Extract_CapitalisedDateline_IsLocation()
    {
        var result = Extractor.Extract(string.Empty, "TOKIO (dpa) Der japanische Aktienmarkt legte zu.");

        Assert.Contains("TOKIO", result.Locations);
    }

    [Fact]
    public void Extract_QuotedTitleOfWork_IsNoActor()
    {
        var result = Extractor.Extract(string.Empty, "Das Album \"Blue Monday Nights\" erschien 1998.");

        Assert.Empty(result.Actors);
    }

    [Fact]
    public void Extract_RepeatedMentions_AppearOnceInOrderOfFirstMention()
    {
        var result = Extractor.Extract(
            "Merkel und Macron in Paris",
            "Angela Merkel und Emmanuel Macron trafen sich in Paris. Merkel lobte Macron. In Paris sprach Macron mit Merkel.");

        Assert.Equal(["Angela Merkel", "Emmanuel Macron"], result.Actors);
        Assert.Equal(["Paris"], result.Locations);
    }

    [Fact]
    public void Extract_ScrapedBoilerplate_YieldsNothing()
    {
        var result = Extractor.Extract(
            string.Empty,
            "Externe Inhalte Möchtest du diesen ergänzenden Inhalt (Tweet, Instagram etc.) sehen? Falls du damit einverstanden bist, dass Cookies gesetzt werden, kannst du alle Cookies zulassen. Externe Inhalte laden Mehr Infos\n\nDie künstliche Intelligenz von Blick lernt noch und macht vielleicht Fehler. Mehr erfahren Feedback senden Mehr anzeigen");

        Assert.Empty(result.Locations);
        Assert.DoesNotContain(result.Actors, a => a is "Externe Inhalte" or "Mehr Infos" or "Feedback" or "Cookies");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "\n\n")]
    [InlineData("", "und oder aber 123 , .")]
    public void Extract_EmptyOrNameless_ReturnsEmptyLists(string title, string body)
    {
        var result = Extractor.Extract(title, body);

        Assert.Empty(result.Actors);
        Assert.Empty(result.Locations);
    }

    [Theory]
    [InlineData("Tranomaro, Folakara")]
    [InlineData(", und Mainz")]
    [InlineData("A. B. C. D.")]
    [InlineData("( ( ( 47 ) ) )")]
    [InlineData("Hans (47")]
    [InlineData("„ « » \" “ ” ‚ ‘")]
    [InlineData("von der")]
    [InlineData("Präsident")]
    [InlineData("Müller Müller Müller Müllers")]
    [InlineData("St.")]
    [InlineData("Gubener Straße")]
    [InlineData("X")]
    [InlineData("\u00AD\u200B\uFEFF Ä Ö Ü ß")]
    public void Extract_OddInput_DoesNotThrow(string body)
    {
        var result = Extractor.Extract(body, body + " " + new string('A', 500) + " " + body);

        Assert.NotNull(result.Actors);
        Assert.NotNull(result.Locations);
    }

    [Fact]
    public void Extract_Parallel_GivesSameResultAsSequential()
    {
        var (title, body) = ReadSeed();
        var expected = Extractor.Extract(title, body);

        var results = new ExtractedEntities[32];
        Parallel.For(0, results.Length, i => results[i] = Extractor.Extract(title, body));

        Assert.All(results, r =>
        {
            Assert.Equal(expected.Actors, r.Actors);
            Assert.Equal(expected.Locations, r.Locations);
        });
    }

    [Fact]
    public void Create_WithExtraEntriesAndAliases_RecognisesAndMergesThem()
    {
        var extractor = EntityExtractor.Create(new EntityExtractorOptions
        {
            ExtraActors = ["Quantenwerk Nord"],
            ExtraLocations = ["Unterkleinhausen"],
            Aliases = new Dictionary<string, string> { ["Kreml"] = "Russische Regierung" },
        });

        var result = extractor.Extract(string.Empty, "Das Quantenwerk Nord baut in Unterkleinhausen. Der Kreml schweigt.");

        Assert.Equal(["Quantenwerk Nord", "Russische Regierung"], result.Actors);
        Assert.Equal(["Unterkleinhausen"], result.Locations);
    }

    [Fact]
    public void Create_WithExtraActorsStartingWithANoun_KeepsThemWhole()
    {
        // The tagger took "Gurkenglas" after the common noun "Firma" (and "Bertram" after "Quallenkönig") as the
        // name, which left the listed entries no free word to match.
        var extractor = EntityExtractor.Create(new EntityExtractorOptions
        {
            ExtraActors = ["Quallenkönig Bertram", "Firma Gurkenglas", "Bündnis Morgenrot"],
            ExtraLocations = ["Hafen Süderbrack"],
        });

        var result = extractor.Extract("Titel", "Gestern sprach Quallenkönig Bertram mit der Firma Gurkenglas. Das Bündnis Morgenrot tagte im Hafen Süderbrack.");

        Assert.Equal(["Quallenkönig Bertram", "Firma Gurkenglas", "Bündnis Morgenrot"], result.Actors);
        Assert.Equal(["Hafen Süderbrack"], result.Locations);
    }

    [Fact]
    public void Create_WithOptions_DoesNotChangeDefault()
    {
        _ = EntityExtractor.Create(new EntityExtractorOptions { Aliases = new Dictionary<string, string> { ["Kreml"] = "Moskauer Führung" } });

        var result = EntityExtractor.Default.Extract(string.Empty, "Der Kreml schweigt.");

        Assert.Equal(["Kreml"], result.Actors);
    }

    [Fact]
    public void Extract_GeneralProperNameWithoutOtherEvidence_IsAnActorWithoutGenitive()
    {
        var result = Extractor.Extract("Die Briefe Galbas an den Senat sind verloren.", string.Empty);

        Assert.Contains("Galba", result.Actors);
        Assert.DoesNotContain("Galbas", result.Actors);
    }

    [Fact]
    public void Extract_GenitiveOfProperNameEndingInE_KeepsTheE()
    {
        var result = Extractor.Extract("Die Schriften Goethes wurden neu aufgelegt.", string.Empty);

        Assert.Contains("Goethe", result.Actors);
    }

    [Fact]
    public void Extract_FirstNameAlone_IsAPerson()
    {
        var result = Extractor.Extract("Die elfjährige Johanna gewann den Wettbewerb.", string.Empty);

        Assert.Equal(["Johanna"], result.Actors);
    }

    [Fact]
    public void Extract_CompoundWithPlaceEndingAfterBarePreposition_IsALocation()
    {
        var result = Extractor.Extract("Die Firma wurde 1950 in Steinfeld gegründet und zog später nach Mooshausen.", string.Empty);

        Assert.Equal(["Steinfeld", "Mooshausen"], result.Locations);
        Assert.Empty(result.Actors);
    }

    [Fact]
    public void Extract_InternationalFirstNameBeforeCommonWordSurname_IsOnePerson()
    {
        var result = Extractor.Extract("Am Ende jubelte Tancredi Stern über den Sieg.", string.Empty);

        Assert.Equal(["Tancredi Stern"], result.Actors);
    }

    [Fact]
    public void Extract_BrandThatTheGeneralWordListHolds_IsAnActor()
    {
        var result = Extractor.Extract("Die Aktien von Toyota stiegen deutlich.", string.Empty);

        Assert.Equal(["Toyota"], result.Actors);
    }

    [Fact]
    public void Extract_EnglishOrganisationNames_AreWholeActors()
    {
        var result = Extractor.Extract(
            "Das Gutachten stammt vom Northern Forestry Council, dem Scottish Board of Fisheries und der Acme Pharmaceutical Industries Ltd in London.",
            string.Empty);

        Assert.Equal(["Northern Forestry Council", "Scottish Board of Fisheries", "Acme Pharmaceutical Industries Ltd"], result.Actors);
    }

    [Fact]
    public void Extract_MotorwaysAndPlaceWithSpaceAfterHyphen_AreLocations()
    {
        var result = Extractor.Extract("Der Stau reichte auf der A 3 bis zur A45, sagte die Polizei in Nordrhein- Westfalen.", string.Empty);

        Assert.Equal(["A 3", "A45", "Nordrhein- Westfalen"], result.Locations);
    }

    [Fact]
    public void Extract_QuotedNewspaperAfterReportingWord_IsAnActorButQuotedTitleIsNot()
    {
        var media = Extractor.Extract("Das sagte der Minister der \"Rheinischen Post\" am Sonntag.", string.Empty);
        var title = Extractor.Extract("Sie sang das Lied \"Blue Moon Rising\" zum Abschluss.", string.Empty);

        Assert.Contains("Rheinische Post", media.Actors);
        Assert.Empty(title.Actors);
    }

    [Fact]
    public void Extract_EnglishTitleBeforeSurname_KeepsTheSentenceAndGivesTheSurname()
    {
        var result = Extractor.Extract("Damals hatte Mrs. Pennington das Haus gekauft.", string.Empty);

        Assert.Equal(["Pennington"], result.Actors);
    }

    [Fact]
    public void Extract_FirstNameThatIsAlsoANounBeforeGeneralSurname_IsOnePerson()
    {
        var result = Extractor.Extract("Am Abend gratulierte Heinz Fischer den Siegern.", string.Empty);

        Assert.Equal(["Heinz Fischer"], result.Actors);
    }

    [Fact]
    public void Extract_FirstNameThatIsAGermanWord_IsNoPersonAlone_ButStartsAName()
    {
        var alone = Extractor.Extract("Das Ticket kostete damals 100 Mark und war schnell weg.", string.Empty);
        var name = Extractor.Extract("Am Abend las Mark Twain aus seinem Roman.", string.Empty);

        Assert.Empty(alone.Actors);
        Assert.Equal(["Mark Twain"], name.Actors);
    }

    [Fact]
    public void Extract_AircraftTypeAfterArticle_IsNoMotorway()
    {
        var result = Extractor.Extract("Die Auslieferung der A380 verzögert sich erneut.", string.Empty);

        Assert.Empty(result.Locations);
    }

    [Fact]
    public void Extract_CompoundWithPlaceEndingAfterContractedArticle_IsALocation()
    {
        var result = Extractor.Extract("Die Wanderung endete am Kieselberg, danach ging es zum Lindendamm.", string.Empty);

        Assert.Equal(["Kieselberg", "Lindendamm"], result.Locations);
    }

    [Fact]
    public void Extract_UniversityNamedAfterACity_IsOneActor()
    {
        var result = Extractor.Extract("Sie lehrte zuletzt an der Universität Bonn Geschichte.", string.Empty);

        Assert.Equal(["Universität Bonn"], result.Actors);
        Assert.Empty(result.Locations);
    }

    [Fact]
    public void Extract_NameAfterOrganisationNounInApposition_IsTheActorWithoutTheNoun()
    {
        var result = Extractor.Extract("Er wechselte zum Traditionsverein Eintracht Kleinfeld und schrieb für die Wochenzeitung Die Woche.", string.Empty);

        Assert.Equal(["Eintracht Kleinfeld", "Die Woche"], result.Actors);
    }

    [Fact]
    public void Extract_ForeignStreetNames_AreLocations()
    {
        var result = Extractor.Extract("Der Laden lag zuerst in der Via Garibaldi, später an der Lexington Avenue.", string.Empty);

        Assert.Equal(["Via Garibaldi", "Lexington Avenue"], result.Locations);
        Assert.Empty(result.Actors);
    }

    [Fact]
    public void Extract_SmallGermanTownFromTownList_IsALocation()
    {
        var result = Extractor.Extract("Der Betrieb zog 1990 von Weinsberg nach Riedlingen um.", string.Empty);

        Assert.Equal(["Weinsberg", "Riedlingen"], result.Locations);
    }
}
