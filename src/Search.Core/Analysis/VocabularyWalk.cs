using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Finds the terms of a field within a few edits of a word (Damerau distance, optimal string alignment: insertion,
/// deletion, substitution and transposition of neighbours each cost 1) that begin with the word's first character.
/// It walks each segment's sorted vocabulary with one row of the edit-distance table per character of the current
/// term, and seeks past every prefix from which no term can come within reach; so it needs no automaton, whose
/// construction cost Lucene's fuzzy enumeration about 0.5–2 ms per word for two edits.
/// </summary>
/// <remarks>Not thread-safe: one instance per call (it holds the table rows).</remarks>
internal sealed class VocabularyWalk
{
    /// <summary>At most this many terms are visited per call over all segments; past it the walk stops.</summary>
    public const int MaxVisits = 50_000;

    /// <summary>How many terms the walk steps through after a prefix out of reach before it seeks past the prefix.</summary>
    private const int StepsBeforeSeek = 6;

    private readonly int[] _word;
    private readonly int[] _alphabet;
    private readonly Predicate<string>? _narrowOn;
    private int _maxEdits;
    private readonly int[][] _rows;
    private readonly int[] _term;
    private readonly int[] _previous;
    private byte[] _seek = new byte[64];

    private VocabularyWalk(int[] word, int maxEdits, Predicate<string>? narrowOn)
    {
        _word = word;
        _maxEdits = maxEdits;
        _narrowOn = narrowOn;
        _alphabet = [.. word.Distinct().Order()];

        // A term longer than the word by more than maxEdits is out of reach at that depth: no deeper row is needed.
        var depth = word.Length + maxEdits + 2;
        _rows = new int[depth][];
        for (var d = 0; d < depth; d++)
        {
            _rows[d] = new int[word.Length + 1];
        }

        for (var j = 0; j <= word.Length; j++)
        {
            _rows[0][j] = j;
        }

        _term = new int[depth];
        _previous = new int[depth];
    }

    /// <summary>
    /// Adds every term of <paramref name="field"/> within <paramref name="maxEdits"/> of <paramref name="word"/> that
    /// begins with its first character to <paramref name="found"/>: the term, its distance and its document frequency
    /// summed over the segments.
    /// </summary>
    /// <param name="reader">The index.</param>
    /// <param name="field">The field whose vocabulary is searched.</param>
    /// <param name="word">A lower-cased word of at least one character.</param>
    /// <param name="maxEdits">The largest distance kept (1 or 2).</param>
    /// <param name="found">Receives the terms found, keyed by term.</param>
    /// <param name="narrowOn">
    /// When given, the first term within one edit for which it is true narrows the rest of the walk to one edit: from
    /// then on only terms within one edit are added. The terms within one edit found are then all there are (with
    /// their full frequencies), as a walk with one edit would find them; of the terms two edits away only those met
    /// before, with the frequencies of the segments walked until then. Until then the walk is one with <paramref name="maxEdits"/>: when no such term turns up, it finds
    /// everything within two edits, for the price of that walk alone (issue 16: a word the index lacks paid for a walk
    /// with one edit and then one with two).
    /// </param>
    /// <returns>False when the walk stopped at <see cref="MaxVisits"/> before the end: then it may have missed terms.</returns>
    public static bool Collect(IndexReader reader, string field, string word, int maxEdits, Dictionary<string, (int Distance, int Freq)> found, Predicate<string>? narrowOn = null)
    {
        var codePoints = word.EnumerateRunes().Select(r => r.Value).ToArray();
        if (codePoints.Length == 0)
        {
            return true;
        }

        var walk = new VocabularyWalk(codePoints, maxEdits, narrowOn);
        var visits = 0;
        using var lease = SegmentTermsPool.Rent(reader, field);
        foreach (var terms in lease.Segments)
        {
            if (terms is not null && !walk.Walk(terms, found, ref visits))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Walks one segment's vocabulary.</summary>
    /// <returns>False when the visit budget is spent.</returns>
    private bool Walk(TermsEnum terms, Dictionary<string, (int Distance, int Freq)> found, ref int visits)
    {
        var first = _word[0];
        var length = Encode(_word.AsSpan(0, 1));
        if (terms.SeekCeil(new BytesRef(_seek, 0, length)) == TermsEnum.SeekStatus.END)
        {
            return true;
        }

        var previousLength = 0;
        while (true)
        {
            if (++visits > MaxVisits)
            {
                return false;
            }

            var bytes = terms.Term;
            var n = Decode(bytes, _term);
            if (n == 0 || _term[0] != first)
            {
                return true;
            }

            var common = 0;
            while (common < n && common < previousLength && _term[common] == _previous[common])
            {
                common++;
            }

            var dead = -1;
            for (var d = common + 1; d <= n; d++)
            {
                if (FillRow(d, _term[d - 1]) > _maxEdits)
                {
                    dead = d;
                    break;
                }
            }

            Array.Copy(_term, _previous, n);
            if (dead < 0)
            {
                previousLength = n;
                var distance = _rows[n][_word.Length];
                if (distance <= _maxEdits)
                {
                    var term = bytes.Utf8ToString();
                    var freq = terms.DocFreq;
                    found[term] = found.TryGetValue(term, out var known) ? (distance, known.Freq + freq) : (distance, freq);
                    if (distance <= 1 && _maxEdits > 1 && _narrowOn is not null && _narrowOn(term))
                    {
                        // Rows hold exact distances whatever the limit, and a row's smallest value never shrinks with
                        // depth: prefixes already walked stay valid, the next terms are judged by the new limit.
                        _maxEdits = 1;
                    }
                }

                if (!terms.MoveNext())
                {
                    return true;
                }

                continue;
            }

            // No term with the prefix _term[0..dead) is within reach. Few terms share a long prefix: stepping past them
            // costs less than a seek, which the walk makes only when the next terms still share it.
            previousLength = dead - 1;
            var left = false;
            for (var step = 0; step < StepsBeforeSeek; step++)
            {
                if (!terms.MoveNext())
                {
                    return true;
                }

                if (++visits > MaxVisits)
                {
                    return false;
                }

                if (!SharesPrefix(terms.Term, dead))
                {
                    left = true;
                    break;
                }
            }

            if (left)
            {
                continue;
            }

            var depth = NextLivePrefix(dead);
            if (depth < 0)
            {
                return true;
            }

            previousLength = depth - 1;
            length = Encode(_previous.AsSpan(0, depth));
            if (terms.SeekCeil(new BytesRef(_seek, 0, length)) == TermsEnum.SeekStatus.END)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// After the prefix of <paramref name="dead"/> characters in <see cref="_previous"/> was found out of reach, writes
    /// the smallest greater prefix that may lead to a term within reach into <see cref="_previous"/>.
    /// </summary>
    /// <returns>Its length, or -1 when no greater prefix with the same first character can.</returns>
    private int NextLivePrefix(int dead)
    {
        for (var depth = dead; depth >= 2; depth--)
        {
            var parent = _rows[depth - 1];
            var parentMin = int.MaxValue;
            foreach (var v in parent)
            {
                parentMin = Math.Min(parentMin, v);
            }

            var current = _previous[depth - 1];
            int next;
            if (parentMin < _maxEdits)
            {
                // Any next character keeps the prefix within reach (one more edit).
                next = current == 0xD7FF ? 0xE000 : current < 0x10FFFF ? current + 1 : -1; // no term holds a surrogate
            }
            else
            {
                // At the limit, only a character of the word can keep it within reach.
                next = -1;
                foreach (var c in _alphabet)
                {
                    if (c > current && FillRow(depth, c) <= _maxEdits)
                    {
                        next = c;
                        break;
                    }
                }
            }

            if (next >= 0)
            {
                _previous[depth - 1] = next;
                return depth;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="bytes"/> begins with the first <paramref name="length"/> code points of <see cref="_previous"/>.</summary>
    private bool SharesPrefix(BytesRef bytes, int length)
    {
        var n = Decode(bytes, _term);
        if (n < length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (_term[k] != _previous[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fills the table row of depth <paramref name="d"/> for character <paramref name="c"/> there.</summary>
    /// <returns>The row's smallest value: no term with this prefix comes closer.</returns>
    private int FillRow(int d, int c)
    {
        var word = _word;
        var up = _rows[d - 1];
        var row = _rows[d];
        row[0] = d;
        var min = d;
        var beforePrevious = d > 1 ? _rows[d - 2] : null;
        var previousChar = d > 1 ? _term[d - 2] : -1;
        for (var j = 1; j <= word.Length; j++)
        {
            var cost = c == word[j - 1] ? 0 : 1;
            var v = Math.Min(Math.Min(up[j] + 1, row[j - 1] + 1), up[j - 1] + cost);
            if (beforePrevious is not null && j > 1 && c == word[j - 2] && previousChar == word[j - 1])
            {
                v = Math.Min(v, beforePrevious[j - 2] + 1);
            }

            row[j] = v;
            min = Math.Min(min, v);
        }

        return min;
    }

    /// <summary>Decodes UTF-8 term bytes into code points, at most as many as <paramref name="into"/> holds.</summary>
    private static int Decode(BytesRef bytes, int[] into)
    {
        var rest = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        var n = 0;
        while (!rest.IsEmpty && n < into.Length)
        {
            Rune.DecodeFromUtf8(rest, out var rune, out var consumed); // an invalid sequence gives U+FFFD
            into[n++] = rune.Value;
            rest = rest[consumed..];
        }

        return n;
    }

    /// <summary>Encodes code points as UTF-8 into the seek buffer.</summary>
    private int Encode(ReadOnlySpan<int> codePoints)
    {
        if (_seek.Length < codePoints.Length * 4)
        {
            _seek = new byte[codePoints.Length * 4];
        }

        var n = 0;
        foreach (var c in codePoints)
        {
            n += new Rune(c).EncodeToUtf8(_seek.AsSpan(n));
        }

        return n;
    }
}
