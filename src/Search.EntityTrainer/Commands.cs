using System.Globalization;
using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>The trainer's commands.</summary>
internal static class Commands
{
    public const string Usage = """
        usage:
          EntityTrainer retrain TRAIN.tsv DATA_DIR UNLABELED... [--epochs N] [--min-weight W] [--seed S]
              from scratch: word clusters from the words of TRAIN.tsv and UNLABELED (GermEval .tsv files, text files
              or folders of *.txt) into DATA_DIR/word-clusters.txt, then the tagger into DATA_DIR/entity-tagger.bin
          EntityTrainer clusters OUT.txt INPUT... [--seed S]       only the word clusters
          EntityTrainer train TRAIN.tsv DATA_DIR [--clusters FILE] [--epochs N] [--min-weight W] [--seed S] [--extra TSV]
              only the tagger (clusters from FILE, else the embedded ones; --extra adds another annotated file)
          EntityTrainer heldout TRAIN.tsv [--clusters FILE] [--epochs N] [--seed S] [--extra TSV]
              trains on 9 of every 10 sentences and scores spans on the 10th (sentences the model has not seen)
          EntityTrainer extract DIR [--tagger-only] [--model FILE] [--clusters FILE]
              entities of DIR/*.txt as JSON lines for score-entities.py
          EntityTrainer tag TEXT_FILE         prints the tags of each line (embedded model)
          EntityTrainer profile DIR           CPU time per stage over DIR/*.txt (embedded model)
        """;

    public static int Run(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (args.Length < 2)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var epochs = Option(args, "--epochs", 8);
        var seed = Option(args, "--seed", 17);
        var minWeight = Option(args, "--min-weight", 0.05f);
        var clusterFile = Option(args, "--clusters", string.Empty);
        var clusters = clusterFile.Length > 0 ? ReadClusters(clusterFile) : TaggedSentence.EmbeddedClusters.Value;
        var extra = Option(args, "--extra", string.Empty);
        var positional = Positional(args);
        switch (args[0])
        {
            case "retrain" when positional.Count >= 3:
                var clusterPath = Path.Combine(positional[1], "word-clusters.txt");
                WriteClusters(clusterPath, [positional[0], .. positional.Skip(2)], seed);
                return Train(positional[0], positional[1], ReadClusters(clusterPath), epochs, seed, minWeight, extra);
            case "clusters" when positional.Count >= 2:
                WriteClusters(positional[0], positional.Skip(1).ToList(), seed);
                return 0;
            case "train" when positional.Count >= 2:
                return Train(positional[0], positional[1], clusters, epochs, seed, minWeight, extra);
            case "heldout":
                return HeldOut(args[1], clusters, epochs, seed, extra);
            case "extract":
                var modelFile = Option(args, "--model", string.Empty);
                var model = modelFile.Length > 0 ? ReadModel(modelFile) : null;
                return ExtractCommand.Run(args[1], args.Contains("--tagger-only"), model, clusterFile.Length > 0 ? clusters : null);
            case "tag":
                return Tag(args[1]);
            case "profile":
                return Profiler.Run(args[1]);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static void WriteClusters(string path, IReadOnlyList<string> inputs, int seed)
    {
        var sentences = inputs.SelectMany(input => input.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
            ? GermEvalReader.Read(input).Select(d => (IReadOnlyList<string>)d.Words)
            : WordClusterer.TextSentences(input));
        var clusters = WordClusterer.Cluster(sentences, 3, 400, 40, seed, Console.WriteLine);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, cluster) in clusters)
        {
            writer.WriteLine(FormattableString.Invariant($"{word}\t{cluster}"));
        }

        Console.WriteLine($"wrote {clusters.Count} words to {path}");
    }

    private static TaggerModel ReadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return TaggerModel.Read(stream);
    }

    private static WordClusters ReadClusters(string path)
    {
        using var reader = new StreamReader(path);
        return WordClusters.Read(reader);
    }

    private static List<string> Positional(string[] args)
    {
        var result = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            result.Add(args[i]);
        }

        return result;
    }

    private static int Train(string trainFile, string dataDir, WordClusters clusters, int epochs, int seed, float minWeight, string extra)
    {
        var data = GermEvalReader.Read(trainFile);
        if (extra.Length > 0)
        {
            data = [.. data, .. GermEvalReader.Read(extra)];
        }

        Console.WriteLine($"{data.Count} sentences, {data.Sum(d => d.Words.Length)} tokens, {clusters.Count} clustered words");
        var gazetteer = new Gazetteer([], [], []);
        var prepared = StructuredPerceptron.Prepare(data, gazetteer, clusters);
        var trainer = new StructuredPerceptron();
        trainer.Train(prepared, epochs, seed, Console.WriteLine);
        var (table, transitions) = trainer.Averaged();
        var path = Path.Combine(dataDir, "entity-tagger.bin");
        using var stream = File.Create(path);
        var kept = TaggerModel.Write(stream, table, transitions, minWeight);
        Console.WriteLine($"wrote {kept} slots, {stream.Length} bytes to {path}");
        return 0;
    }

    private static int HeldOut(string trainFile, WordClusters clusters, int epochs, int seed, string extra)
    {
        var data = GermEvalReader.Read(trainFile);
        var gazetteer = new Gazetteer([], [], []);
        var train = data.Where((_, i) => i % 10 != 0).ToList();
        if (extra.Length > 0)
        {
            train.AddRange(GermEvalReader.Read(extra));
        }

        var test = data.Where((_, i) => i % 10 == 0).ToList();
        var prepared = StructuredPerceptron.Prepare(train, gazetteer, clusters);
        var trainer = new StructuredPerceptron();
        trainer.Train(prepared, epochs, seed, Console.WriteLine);
        var (table, transitions) = trainer.Averaged();
        using var ms = new MemoryStream();
        TaggerModel.Write(ms, table, transitions, 0);
        ms.Position = 0;
        var model = TaggerModel.Read(ms);
        var score = new SpanScore();
        var s = new TaggedSentence();
        foreach (var (words, gold) in test)
        {
            s.LoadTokens(words, gazetteer, clusters);
            SequenceTagger.Tag(s, model);
            score.Add(gold, s.Tags.AsSpan(0, words.Length));
        }

        Console.WriteLine($"held-out: {test.Count} sentences");
        Console.WriteLine(score.Report());
        return 0;
    }

    private static int Tag(string file)
    {
        var gaz = new Gazetteer([], [], []);
        var model = EntityExtractor.LoadModel();
        var sentence = new TaggedSentence();
        foreach (var line in File.ReadLines(file))
        {
            sentence.Load(line, gaz);
            SequenceTagger.Tag(sentence, model);
            Console.WriteLine(string.Join(' ', sentence.Tokens.Select((t, i) => sentence.Tags[i] == 0 ? t.Of(sentence.Text).ToString() : $"{t.Of(sentence.Text)}/{sentence.Tags[i]}")));
        }

        return 0;
    }

    private static T Option<T>(string[] args, string name, T fallback)
        where T : IParsable<T>
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? T.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
