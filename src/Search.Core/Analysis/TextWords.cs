using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// The words of one text after the steps every indexed text field shares (underscores as spaces, tokenizer,
/// lower-casing, German stopwords), kept so that several fields can be fed from one pass over the text:
/// <see cref="Replay"/> gives a fresh token stream over them for each field's own remaining filters. Immutable
/// once read; any number of replays may run at once.
/// </summary>
internal sealed class TextWords
{
    private readonly char[] _chars;
    private readonly int[] _data; // per word: term start, term length, start offset, end offset, position increment
    private readonly int _count;
    private readonly int _finalOffset;
    private readonly int _finalIncrement;

    private TextWords(char[] chars, int[] data, int count, int finalOffset, int finalIncrement)
    {
        _chars = chars;
        _data = data;
        _count = count;
        _finalOffset = finalOffset;
        _finalIncrement = finalIncrement;
    }

    /// <summary>Number of words.</summary>
    public int Count => _count;

    /// <summary>Reads the words of <paramref name="text"/> with <see cref="GermanAnalyzers.CreateWordsAnalyzer"/>'s chain.</summary>
    public static TextWords Read(string text)
    {
        using var stream = WordsAnalyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var chars = new char[Math.Max(16, text.Length)];
        var data = new int[Math.Max(5, text.Length / 2)];
        int used = 0, count = 0;
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            }

            if ((count + 1) * 5 > data.Length)
            {
                Array.Resize(ref data, data.Length * 2);
            }

            Array.Copy(term.Buffer, 0, chars, used, term.Length);
            var at = count * 5;
            data[at] = used;
            data[at + 1] = term.Length;
            data[at + 2] = offset.StartOffset;
            data[at + 3] = offset.EndOffset;
            data[at + 4] = increment.PositionIncrement;
            used += term.Length;
            count++;
        }

        stream.End();
        return new TextWords(chars, data, count, offset.EndOffset, increment.PositionIncrement);
    }

    /// <summary>A new token stream over the words, with their offsets and position increments.</summary>
    public TokenStream Replay() => new ReplayStream { Words = this };

    private static readonly Analyzer WordsAnalyzer = GermanAnalyzers.CreateWordsAnalyzer();

    /// <summary>
    /// A token stream over the words of a <see cref="TextWords"/>; point it at other words and reset it to reuse it
    /// (with the filters built on it) for the next document.
    /// </summary>
    internal sealed class ReplayStream : TokenStream
    {
        private static readonly TextWords None = new([], [], 0, 0, 0);
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private TextWords _words = None;
        private int _next;

        /// <summary>The words to replay from the next reset on.</summary>
        public TextWords Words
        {
            get => _words;
            set => _words = value;
        }

        public ReplayStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _words._count)
            {
                return false;
            }

            ClearAttributes();
            var at = _next * 5;
            _term.CopyBuffer(_words._chars, _words._data[at], _words._data[at + 1]);
            _offset.SetOffset(_words._data[at + 2], _words._data[at + 3]);
            _increment.PositionIncrement = _words._data[at + 4];
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_words._finalOffset, _words._finalOffset);
            _increment.PositionIncrement = _words._finalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
