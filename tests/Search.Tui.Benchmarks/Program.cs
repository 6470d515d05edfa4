using System.Diagnostics;
using System.Globalization;
using Search.Core.Searching;
using Search.Tui.Benchmarks;

// Keystroke-to-redrawn-results latency of the terminal UI, measured on the headless driver.
//   dotnet run -c Release --project tests/Search.Tui.Benchmarks -- INDEX [QUERIES] [WIDTHxHEIGHT]
// For every character of every query: inject the key, let the typing pause pass (the search then runs
// synchronously), lay out and draw the screen. One warm-up round over all queries comes first. The baseline, in the
// same process and equally warm, is the library alone running the same requests the view-model sent.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Search.Tui.Benchmarks INDEX [QUERIES-FILE] [WIDTHxHEIGHT]");
    return 2;
}

var queries = args.Length > 1 ? File.ReadAllLines(args[1]).Where(l => l.Trim().Length > 0).ToList() : ["Regierung", "Polizei", "Präsident", "Fußball", "Erdbeben"];
var size = args.Length > 2 ? args[2].Split('x').Select(int.Parse).ToArray() : [120, 35];
using var index = SearchIndex.Open(args[0]);
var documents = index.GetStatistics().Documents;

using var harness = new KeystrokeHarness(index, size[0], size[1]);

foreach (var query in queries)
{
    harness.TypeQuery(query); // warm-up round: JIT, index caches, page cache
}

harness.Clear();
var ui = new List<double>();
var complete = new List<double>();
var lastRequests = new List<int>();
foreach (var query in queries)
{
    var samples = harness.TypeQuery(query);
    ui.AddRange(samples);
    complete.Add(samples[^1]);
    lastRequests.Add(harness.Requests.Count - 1);
}

var baseline = new List<double>();
foreach (var request in harness.Requests)
{
    var stopwatch = Stopwatch.StartNew();
    try
    {
        index.Search(request);
    }
    catch (QuerySyntaxException)
    {
        // A prefix such as "Unter" is only a stop word; the UI shows the message, the baseline times the attempt.
    }

    baseline.Add(stopwatch.Elapsed.TotalMilliseconds);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{documents} documents, {queries.Count} queries, {ui.Count} keystrokes ({harness.Errors} answered with a query error), screen {size[0]}x{size[1]}"));
Report("keystroke -> redrawn results", ui);
Report("last keystroke (whole query typed)", complete);
Report("library search alone (baseline)", baseline);
Report("  baseline, whole queries only", [.. lastRequests.Select(i => baseline[i])]);
Report("  of which: key handling", [.. harness.Parts.Select(p => p.Key)]);
Report("  of which: search + update", [.. harness.Parts.Select(p => p.Search)]);
Report("  of which: layout + draw", [.. harness.Parts.Select(p => p.Draw)]);
Report("redraw unchanged, forced", harness.RedrawUnchanged(50, true));
Report("redraw unchanged, not forced", harness.RedrawUnchanged(50, false));
var pasteText = PasteText(index);
var pastes = Enumerable.Range(0, 3).Select(_ => harness.Paste(pasteText)).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"paste {pasteText.Length} characters: field shown max {pastes.Max(p => p.Field):0.0} ms, results shown max {pastes.Max(p => p.Results):0.0} ms (3 runs)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio p95 UI / p95 baseline: {Percentile(ui, 0.95) / Percentile(baseline, 0.95):0.00}"));
return Percentile(ui, 0.95) <= 50 ? 0 : 1;

// 6,000 characters of article text from the index itself.
static string PasteText(SearchIndex index)
{
    var results = index.Search(new SearchRequest { Text = "", Take = 50, FacetSize = 0 });
    var text = string.Join(" ", results.Hits.Select(h => index.GetDocument(h.Id)?.Body ?? ""));
    return text.Length >= 6000 ? text[..6000] : text;
}

static void Report(string name, List<double> samples) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{name,-34} p50 {Percentile(samples, 0.50),6:0.0} ms   p95 {Percentile(samples, 0.95),6:0.0} ms   max {samples.Max(),6:0.0} ms"));

static double Percentile(List<double> samples, double p)
{
    var sorted = samples.Order().ToList();
    var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}
