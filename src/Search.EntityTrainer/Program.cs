// Trains the entity tagger of Search.Core on a GermEval-style TSV and writes the embedded model.
// usage: dotnet run --project src/Search.EntityTrainer -- TRAIN.tsv OUT.bin [epochs] [minWeight]
using System.Globalization;
using Search.Core.Entities;

if (args.Length >= 1 && args[0] == "--tag")
{
    using var ms = new MemoryStream(File.ReadAllBytes(args[1]));
    var model = PerceptronModel.Read(ms);
    var gaz = new Gazetteer([], [], []);
    foreach (var line in File.ReadLines(args[2]))
    {
        var sentence = new TaggedSentence();
        sentence.Load(line, gaz);
        SequenceTagger.Tag(sentence, model);
        Console.WriteLine(string.Join(' ', sentence.Tokens.Select((t, i) => (sentence.Tags[i] == 0 ? t.Of(sentence.Text).ToString() : $"{t.Of(sentence.Text)}/{sentence.Tags[i]}")
            + (t.Shape == TokenShape.Capitalized ? $"[{sentence.Flags[i]}]" : string.Empty))));
    }

    return 0;
}

if (args.Length >= 1 && args[0] == "--profile")
{
    using var ms = new MemoryStream(File.ReadAllBytes(args[1]));
    var model = PerceptronModel.Read(ms);
    var gaz = new Gazetteer([], [], []);
    var texts = Directory.GetFiles(args[2], "*.txt").Select(File.ReadAllText).ToArray();
    var sentence = new TaggedSentence();
    var proc = System.Diagnostics.Process.GetCurrentProcess();
    double Cpu(int stage)
    {
        var best = double.MaxValue;
        for (var rep = 0; rep < 6; rep++)
        {
            proc.Refresh();
            var c0 = proc.TotalProcessorTime;
            foreach (var text in texts)
            {
                sentence.Load(text, gaz);
                if (stage > 0)
                {
                    SequenceTagger.Tag(sentence, model);
                }

                if (stage > 1)
                {
                    MentionResolver.Resolve(sentence, gaz);
                }
            }

            proc.Refresh();
            best = Math.Min(best, (proc.TotalProcessorTime - c0).TotalMilliseconds);
        }

        return best;
    }

    var a = Cpu(0);
    var b = Cpu(1);
    var c = Cpu(2);
    Console.WriteLine($"CPU per pass: load {a:F0} ms, tag {b - a:F0} ms, resolve {c - b:F0} ms, total {c:F0} ms");
    return 0;
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: EntityTrainer TRAIN.tsv OUT.bin [epochs] [minWeight]");
    return 2;
}

var epochs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
var minWeight = args.Length > 3 ? float.Parse(args[3], CultureInfo.InvariantCulture) : 0.05f;
var data = PerceptronTrainer.ReadTsv(args[0]);
Console.WriteLine($"{data.Count} sentences, {data.Sum(d => d.Words.Length)} tokens");
var gazetteer = new Gazetteer([], [], []);
var (features, rows) = PerceptronTrainer.Train(data, gazetteer, epochs, Console.WriteLine);
using var stream = File.Create(args[1]);
var kept = PerceptronModel.Write(stream, features, rows, minWeight);
Console.WriteLine($"wrote {kept} of {features.Count} features, {stream.Length} bytes");
return 0;
