using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Cli.Output;

/// <summary>Writes the JSON Lines shapes of the command-line contract (docs/DESIGN.md).</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Query(string query, SearchResults results) => Write(w =>
    {
        w.WriteString("query", query);
        w.WriteNumber("total", results.TotalHits);
        w.WriteNumber("tookMs", Math.Round(results.Took.TotalMilliseconds, 2));
        w.WriteStartArray("hits");
        foreach (var hit in results.Hits)
        {
            w.WriteStartObject();
            w.WriteString("id", hit.Id);
            w.WriteString("path", hit.Path);
            w.WriteString("title", hit.Title);
            w.WriteString("date", IndexDate(hit.Date));
            w.WriteNumber("score", Math.Round(hit.Score, 4));
            w.WriteStartArray("snippets");
            foreach (var snippet in hit.Snippets)
            {
                w.WriteStartObject();
                w.WriteString("text", snippet.Text);
                w.WriteStartArray("highlights");
                foreach (var range in snippet.Highlights)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(range.Start);
                    w.WriteNumberValue(range.Length);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "actors", hit.Actors);
            Strings(w, "locations", hit.Locations);
            if (hit.Explanation is not null)
            {
                w.WriteString("explanation", hit.Explanation);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("facets");
        Facet(w, results.Facets.Actor);
        Facet(w, results.Facets.Location);
        Facet(w, results.Facets.Date);
        w.WriteEndObject();
        if (results.Request.SignificantSize > 0)
        {
            w.WriteStartObject("significant");
            Significant(w, "actor", results.Significant.Actor);
            Significant(w, "location", results.Significant.Location);
            w.WriteEndObject();
        }

        if (results.Suggestion is not null)
        {
            w.WriteString("suggestion", results.Suggestion);
        }

        if (results.Notice is not null)
        {
            w.WriteString("notice", results.Notice);
            w.WriteString("noticeKind", JsonNamingPolicy.CamelCase.ConvertName(results.NoticeKind?.ToString() ?? ""));
        }

        if (results.SyntaxError is { } error)
        {
            w.WriteStartObject("syntaxError");
            w.WriteString("message", error.Message);
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(error.Kind.ToString()));
            w.WriteNumber("position", error.Position);
            w.WriteString("searched", error.SearchedText);
            w.WriteEndObject();
        }
    });

    public static string QueryError(string query, string error, QuerySyntaxException? syntax) => Write(w =>
    {
        w.WriteString("query", query);
        w.WriteString("error", error);
        if (syntax is not null)
        {
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(syntax.Kind.ToString()));
            w.WriteNumber("position", syntax.Position);
        }
    });

    public static string Index(IndexUpdateResult result) => Write(w =>
    {
        w.WriteNumber("added", result.Added);
        w.WriteNumber("updated", result.Updated);
        w.WriteNumber("deleted", result.Deleted);
        w.WriteNumber("unchanged", result.Unchanged);
        w.WriteNumber("renamed", result.Renamed);
        w.WriteStartArray("rejected");
        foreach (var rejected in result.Rejected)
        {
            w.WriteStartObject();
            w.WriteString("path", rejected.Path);
            w.WriteString("reason", rejected.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notices");
        foreach (var notice in result.Notices)
        {
            w.WriteStartObject();
            w.WriteString("path", notice.Path);
            w.WriteString("notice", notice.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("tookMs", Math.Round(result.Took.TotalMilliseconds, 1));
        w.WriteNumber("documents", result.TotalDocuments);
        w.WriteBoolean("fullRebuild", result.FullRebuild);
        if (result.RebuildReason is not null)
        {
            w.WriteString("rebuildReason", result.RebuildReason);
        }
    });

    public static string Extracted(NewsDocument document, string path, string? notice = null) => Write(w =>
    {
        w.WriteString("id", document.Id);
        w.WriteString("path", path);
        w.WriteString("date", IndexDate(document.Date));
        w.WriteString("title", document.Title);
        Strings(w, "actors", document.Actors);
        Strings(w, "locations", document.Locations);
        if (notice is not null)
        {
            w.WriteString("notice", notice);
        }
    });

    public static string ExtractError(string id, string path, string error) => Write(w =>
    {
        w.WriteString("id", id);
        w.WriteString("path", path);
        w.WriteString("error", error);
    });

    public static string Stats(IndexStatistics stats, string path) => Write(w =>
    {
        w.WriteString("index", path);
        w.WriteNumber("documents", stats.Documents);
        w.WriteNumber("segments", stats.Segments);
        w.WriteNumber("sizeBytes", stats.SizeBytes);
        w.WriteString("oldest", stats.OldestDate is { } o ? IndexDate(o) : null);
        w.WriteString("newest", stats.NewestDate is { } n ? IndexDate(n) : null);
        w.WriteNumber("actors", stats.DistinctActors);
        w.WriteNumber("locations", stats.DistinctLocations);
        w.WriteString("lastCommit", stats.LastCommit?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("seeds", stats.Seeds?.Folder);
        w.WriteString("pattern", stats.Seeds?.Pattern);
        w.WriteBoolean("fromAnotherVersion", stats.FromAnotherVersion);
    });

    private static string IndexDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Facet(Utf8JsonWriter w, FacetDimension dimension)
    {
        w.WriteStartArray(dimension.Name);
        foreach (var value in dimension.Values)
        {
            w.WriteStartObject();
            w.WriteString("value", value.Value);
            w.WriteNumber("count", value.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Significant(Utf8JsonWriter w, string name, IReadOnlyList<SignificantValue> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStartObject();
            w.WriteString("value", value.Value);
            w.WriteNumber("count", value.Count);
            w.WriteNumber("background", value.BackgroundCount);
            w.WriteNumber("score", Math.Round(value.Score, 4));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
