using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>Measures the CPU time of each extraction stage over a folder of texts.</summary>
internal static class Profiler
{
    public static int Run(string dir)
    {
        var model = EntityExtractor.LoadModel();
        var gaz = new Gazetteer([], [], []);
        var texts = Directory.GetFiles(dir, "*.txt").Select(File.ReadAllText).ToArray();
        var sentence = new TaggedSentence();
        var f = new ulong[TagFeatures.Max];
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
                    if (stage == 9)
                    {
                        var n = sentence.Tokens.Count;
                        for (var i = 0; i < n; i++)
                        {
                            TagFeatures.Extract(sentence, i, Math.Max(0, i - 20), Math.Min(n, i + 20), f);
                        }
                    }
                    else if (stage > 0)
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

        var fx = Cpu(9);
        var a = Cpu(0);
        Console.WriteLine($"features only {fx - a:F0} ms");
        var b = Cpu(1);
        var c = Cpu(2);
        Console.WriteLine($"CPU per pass over {texts.Length} texts: load {a:F0} ms, tag {b - a:F0} ms, resolve {c - b:F0} ms, total {c:F0} ms");
        return 0;
    }
}
