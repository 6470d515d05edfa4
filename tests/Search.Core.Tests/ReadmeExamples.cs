// The library examples of README.md, compiled and run by ReadmeExamplesTests.
// Keep them in step: a test fails when a README snippet is not found here word for word.
#pragma warning disable CA1303 // The examples print literal text, as a user's program would.
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests;

internal static class ReadmeExamples
{
    internal static void IndexFolderAndSearch(string seeds, string indexPath)
    {
        // Build or update the index (the builder holds the index's writer lock until disposed).
        using (var builder = IndexBuilder.Open(indexPath))
        {
            var progress = new Progress<IndexProgress>(p => Console.Write($"\r{p.Processed}/{p.Total}"));
            var update = builder.UpdateFromFolder(seeds, progress: progress);
            Console.WriteLine($"{update.Added} added, {update.Updated} updated, {update.Rejected.Count} rejected");
            foreach (var rejected in update.Rejected)
            {
                Console.WriteLine($"{rejected.Path}: {rejected.Reason}");
            }
        }

        // Search: thread-safe; it sees later commits without reopening (this process's at the next call,
        // another process's within 200 ms, or at once after index.Refresh()).
        using var index = SearchIndex.Open(indexPath);
        var results = index.Search(new SearchRequest { Text = "Gespräche Miami", Take = 5 });
        Console.WriteLine($"{results.TotalHits} hits in {results.Took.TotalMilliseconds:0} ms");
        foreach (var hit in results.Hits)
        {
            Console.WriteLine($"{hit.Date:yyyy-MM-dd} {hit.Title} ({hit.Score:0.00})");
            foreach (var snippet in hit.Snippets)
            {
                foreach (var range in snippet.Highlights)
                {
                    Console.WriteLine("  match: " + snippet.Text.Substring(range.Start, range.Length));
                }
            }
        }
    }

    internal static void IndexObjectsAndFilter(string indexPath)
    {
        var documents = new[]
        {
            new NewsDocument
            {
                Id = "miami-1", Date = new DateOnly(2025, 12, 21),
                Title = "Friedensgespräche in Miami",
                Body = "Wolodimir Selenski und Steve Witkoff sprachen in Miami über Sicherheitsgarantien.",
            },
            new NewsDocument
            {
                Id = "kyiv-1", Date = new DateOnly(2025, 11, 2),
                Title = "Selenski in Kiew",
                Body = "Präsident Wolodimir Selenski empfing in Kiew eine Delegation.",
                Actors = ["Wolodimir Selenski"], Locations = ["Kiew"], // given: kept as they are
            },
        };
        using (var builder = IndexBuilder.Open(indexPath))
        {
            builder.AddOrUpdate(documents); // actors and locations left empty are extracted from the text
        }

        using var index = SearchIndex.Open(indexPath);
        var request = new SearchRequest
        {
            Text = "Selenski",
            Actors = ["Wolodimir Selenski"],      // values within a dimension are ORed
            From = new DateOnly(2025, 12, 1),     // both bounds inclusive
            To = new DateOnly(2025, 12, 31),
        };
        var results = index.Search(request);
        foreach (var hit in results.Hits)
        {
            Console.WriteLine($"{hit.Id}: {hit.Title} — {string.Join(", ", hit.Actors)} — {string.Join(", ", hit.Locations)}");
            Console.WriteLine("  " + hit.Snippets.FirstOrDefault()?.Text);
        }

        FacetResults facets = results.Facets;
        foreach (var value in facets.Location.Values)
        {
            Console.WriteLine($"{value.Value}: {value.Count}");
        }

        // Facet values by typed text, ignoring case and umlaut spelling:
        foreach (var value in index.FindFacetValues("actor", "selen"))
        {
            Console.WriteLine($"{value.Value} ({value.Count})");
        }
    }

    internal static void ExcludeAndFindWhatStandsOut(SearchIndex index)
    {
        var request = new SearchRequest
        {
            Text = "Erdbeben",
            ExcludeActors = ["angela merkel"],    // any document naming her is left out; case and umlauts ignored
            ExcludeLocations = ["Deutschland"],
            ExcludeDates = [new DateSpan(new DateOnly(2011, 3, 1), new DateOnly(2011, 3, 31))], // both ends inclusive
            SignificantSize = 5,                  // 0 (the default) computes nothing
        };
        SignificantResults significant = index.Search(request).Significant;
        foreach (var value in significant.Location)
        {
            // Count: hits naming it; BackgroundCount: documents in the whole index naming it
            Console.WriteLine($"{value.Value}: {value.Count} of {value.BackgroundCount} (score {value.Score:0.0})");
        }
    }
}
