using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Searching;

namespace Search.Cli.Commands;

/// <summary><c>search query</c>: ranked search with snippets and facet counts.</summary>
internal static class QueryCommand
{
    public static Command Create(CliEnvironment env)
    {
        var text = new Argument<string[]>("TEXT") { Description = "The query (several words may be given unquoted). Empty: every document.", Arity = ArgumentArity.ZeroOrMore };
        var index = CliOptions.Index();
        var top = CliOptions.Count("--top", "Hits to show.", 10);
        var skip = CliOptions.Count("--skip", "Hits to skip (paging).");
        var actor = new Option<string[]>("--actor") { Description = "Only documents naming this actor (repeatable; values are ORed).", HelpName = "A" };
        var location = new Option<string[]>("--location") { Description = "Only documents naming this location (repeatable; values are ORed).", HelpName = "L" };
        var notActor = new Option<string[]>("--not-actor") { Description = "Leave out documents naming this actor (repeatable).", HelpName = "A" };
        var notLocation = new Option<string[]>("--not-location") { Description = "Leave out documents naming this location (repeatable).", HelpName = "L" };
        var significant = CliOptions.Count("--significant", "Also list the N actors and locations far more common among the hits than in the whole index.");
        var from = new Option<string>("--from") { Description = "Earliest date, inclusive.", HelpName = "YYYY-MM-DD" };
        var to = new Option<string>("--to") { Description = "Latest date, inclusive.", HelpName = "YYYY-MM-DD" };
        var sort = new Option<string>("--sort") { Description = "relevance or date (newest first).", DefaultValueFactory = _ => "relevance", HelpName = "relevance|date" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var json = CliOptions.Json();
        var stdin = new Option<bool>("--stdin") { Description = "Read one query per line from standard input and answer each in order." };
        var explain = new Option<bool>("--explain") { Description = "Say for each hit why it ranked where it did." };
        var like = new Option<string>("--like") { Description = "Find documents like the text of this file (its most telling words, any of them).", HelpName = "FILE" };
        var command = new Command("query", "Search the index.")
        {
            text, index, top, skip, actor, location, notActor, notLocation, from, to, sort, significant, json, stdin, explain, like,
        };
        command.SetAction(parse =>
        {
            if (!CliOptions.TryParseDate(parse.GetValue(from), "--from", out var fromDate, out var error)
                || !CliOptions.TryParseDate(parse.GetValue(to), "--to", out var toDate, out error))
            {
                env.Error.WriteLine($"search: {error}");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(top) < 0 || parse.GetValue(skip) < 0 || parse.GetValue(significant) < 0)
            {
                env.Error.WriteLine("search: --top, --skip and --significant take a number of 0 or more.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(stdin) && (parse.GetValue(text) ?? []).Length > 0)
            {
                env.Error.WriteLine("search: give the query as TEXT or one a line with --stdin, not both (the text would be ignored).");
                return ExitCodes.Usage;
            }

            foreach (var (option, values) in new[] { ("--actor", parse.GetValue(actor)), ("--location", parse.GetValue(location)), ("--not-actor", parse.GetValue(notActor)), ("--not-location", parse.GetValue(notLocation)) })
            {
                if (values is not null && values.Any(v => string.IsNullOrWhiteSpace(v)))
                {
                    env.Error.WriteLine($"search: {option} has an empty value; name an actor or location (as the facets list them).");
                    return ExitCodes.Usage;
                }
            }

            if (fromDate > toDate)
            {
                env.Error.WriteLine($"search: --from {fromDate:yyyy-MM-dd} is after --to {toDate:yyyy-MM-dd}; nothing can match.");
                return ExitCodes.Usage;
            }

            string? likeText = null;
            if (parse.GetValue(like) is { } likeFile)
            {
                if (!new Core.Documents.DocumentReader().TryReadText(likeFile, out var read, out var why))
                {
                    env.Error.WriteLine($"search: --like: cannot read '{likeFile}' as text: {why}.");
                    return ExitCodes.Usage;
                }

                likeText = read;
            }

            var template = new SearchRequest
            {
                LikeText = likeText,
                Actors = parse.GetValue(actor) ?? [],
                Locations = parse.GetValue(location) ?? [],
                ExcludeActors = parse.GetValue(notActor) ?? [],
                ExcludeLocations = parse.GetValue(notLocation) ?? [],
                SignificantSize = parse.GetValue(significant),
                From = fromDate,
                To = toDate,
                Sort = parse.GetValue(sort) == "date" ? SearchSort.Newest : SearchSort.Relevance,
                Skip = parse.GetValue(skip),
                Take = parse.GetValue(top),
                Explain = parse.GetValue(explain),
                OnSyntaxError = SyntaxErrorHandling.SearchWords,
            };
            var words = parse.GetValue(text) ?? [];
            return Run(env, parse.GetValue(index)!, template, string.Join(' ', words), parse.GetValue(stdin), parse.GetValue(json));
        });
        return command;
    }

    public static int Run(CliEnvironment env, string indexPath, SearchRequest template, string text, bool stdin, bool json)
    {
        using var index = SearchIndex.Open(indexPath);
        if (!stdin)
        {
            var results = index.Search(template with { Text = text });
            Write(env, text, results, json);
            if (results.SyntaxError is not null)
            {
                return ExitCodes.Usage;
            }

            return results.TotalHits == 0 ? ExitCodes.NothingFound : ExitCodes.Success;
        }

        var failed = 0;
        string? line;
        while ((line = env.In.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                // A blank line is no query; answered (so answers stay in step with lines), never as every document.
                failed++;
                env.Out.WriteLine(json ? JsonOutput.QueryError(line, "The line is empty: there is nothing to search for.", null) : $"## {line}\nerror: The line is empty: there is nothing to search for.\n");
                continue;
            }

            try
            {
                Write(env, line, index.Search(template with { Text = line }), json, heading: !json);
            }
            catch (QuerySyntaxException ex)
            {
                failed++;
                env.Error.WriteLine($"search: {ex.Message}");
                env.Out.WriteLine(json ? JsonOutput.QueryError(line, ex.Message, ex) : $"## {line}\nerror: {ex.Message}\n");
            }
        }

        return failed > 0 ? ExitCodes.Usage : ExitCodes.Success;
    }

    private static void Write(CliEnvironment env, string text, SearchResults results, bool json, bool heading = false)
    {
        if (results.SyntaxError is { } error)
        {
            env.Error.WriteLine($"search: {error.Message} Searched for the plain words instead: {error.SearchedText}");
        }

        if (json)
        {
            env.Out.WriteLine(JsonOutput.Query(text, results));
            return;
        }

        if (heading)
        {
            env.Out.WriteLine($"## {text}");
        }

        TextOutput.Results(env.Out, results, env.Colour);
        if (heading)
        {
            env.Out.WriteLine();
        }
    }
}
