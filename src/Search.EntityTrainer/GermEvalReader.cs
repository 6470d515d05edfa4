using Search.Core.Entities;
using Search.Core.Entities.Lexicon;
using Search.Core.Entities.Resolution;
using Search.Core.Entities.Tagging;

namespace Search.EntityTrainer;

/// <summary>Reads GermEval-style TSV files (idx, token, outer tag, ...; blank line between sentences; '#' comments).</summary>
internal static class GermEvalReader
{
    /// <summary>
    /// The sentences of <paramref name="path"/>, re-tokenized like the runtime tokenizer (a token "Harf," becomes
    /// "Harf" and ","); PER, ORG and LOC become BIO tags, everything else (OTH, the deriv and part labels) O.
    /// </summary>
    public static List<(string[] Words, int[] Tags)> Read(string path)
    {
        var result = new List<(string[], int[])>();
        var words = new List<string>();
        var tags = new List<int>();
        var sub = new List<EntityToken>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[1].Length == 0)
            {
                if (words.Count > 0)
                {
                    result.Add((words.ToArray(), tags.ToArray()));
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            var tag = EntityTag.Parse(parts[2]);
            sub.Clear();
            EntityTokenizer.Tokenize(parts[1], sub);
            var first = true;
            foreach (var t in sub)
            {
                words.Add(parts[1].Substring(t.Start, t.Length));
                if (t.Shape == TokenShape.Punctuation && sub.Count > 1)
                {
                    tags.Add(EntityTag.O);
                    continue;
                }

                tags.Add(first || tag == EntityTag.O ? tag : EntityTag.Begin(tag) + 1);
                first = false;
            }
        }

        if (words.Count > 0)
        {
            result.Add((words.ToArray(), tags.ToArray()));
        }

        return result;
    }
}
