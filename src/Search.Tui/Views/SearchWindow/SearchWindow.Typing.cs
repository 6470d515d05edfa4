using System.Text;
using Search.Core.Searching;
using Search.Tui.ViewModels;
using Terminal.Gui.Input;

namespace Search.Tui.Views;

/// <summary>
/// Typing and pasting into the query field without freezing: characters that arrive together (a fast typist, or a
/// paste in a terminal without bracketed paste) are gathered and inserted into the field at once at the end of the
/// input batch, and a bracketed paste is inserted as one text (line breaks become spaces). The field's own
/// key-by-key insertion costs time in the length of the text for every character, so a pasted article of 6,000
/// characters used to keep the UI thread busy for minutes.
/// </summary>
public sealed partial class SearchWindow
{
    /// <summary>Characters arriving in one input batch from this many on are a paste, not typing.</summary>
    private const int PasteBatch = 20;

    private readonly StringBuilder _typed = new();
    private string? _pasted;
    private bool _flushScheduled;

    /// <summary>Inserts the characters gathered since the last flush into the query field (the main loop calls it after each input batch).</summary>
    internal void FlushTyping()
    {
        _flushScheduled = false;
        if (_typed.Length == 0)
        {
            return;
        }

        var text = _typed.ToString();
        _typed.Clear();
        if (text.Length >= PasteBatch && _model.LikeText is not null && _pasted is not null && QueryField.Text == _model.Query)
        {
            _pasted += text; // the rest of a paste the terminal delivered in parts
            SearchLike(OneLine(_pasted));
            return;
        }

        // A paste long enough to be an article (as the library tells it: no operators, +/- words or field names) is
        // searched for similar articles; a long query with syntax stays a query ("… -Trump" leaves Trump out).
        var whole = _model.LikeText is null ? QueryField.Text + text : text;
        if (text.Length >= PasteBatch && OneLine(whole) is var line && SearchRequest.ReadsAsPastedText(line))
        {
            _pasted = whole;
            SearchLike(line);
            return;
        }

        _pasted = null;

        if (_model.LikeText is not null)
        {
            QueryField.Text = ""; // typing replaces the "more like this" label
        }

        Insert(text);
    }

    /// <summary>A long text (pasted) is searched for similar articles; the field shows a short label for it.</summary>
    private void SearchLike(string text, string? title = null)
    {
        // The field's width once the list is ranked ("[Relevanz]" is wider than "[Datum]" beside it): a label for the
        // wider field scrolled its "≈ „" out of view when the field narrowed.
        var width = Math.Max(20, Viewport.Width);
        var label = LikeQuery.Label(text, title, QueryFieldWidth(width, CellText.Columns(RankedSortText(width))) - 1);
        _model.SearchLike(text, label);
        QueryField.Text = label; // the model already has it: no second search
        QueryField.InsertionPoint = label.Length;
        if (!QueryField.HasFocus && title is null)
        {
            QueryField.SetFocus();
        }
    }

    /// <summary>
    /// Puts <paramref name="text"/> at the insertion point (over the selection, if any) with one change of the field's
    /// text; the field's own InsertText works character by character and takes seconds for a few hundred.
    /// </summary>
    private void Insert(string text)
    {
        var elements = TextElements(QueryField.Text);
        var point = Math.Clamp(QueryField.InsertionPoint, 0, elements.Count);
        var (from, to) = (point, point);
        if (QueryField.SelectedLength > 0 && QueryField.SelectedStart >= 0)
        {
            var anchor = Math.Clamp(QueryField.SelectedStart, 0, elements.Count);
            (from, to) = (Math.Min(anchor, point), Math.Max(anchor, point));
            to = Math.Min(elements.Count, Math.Max(to, from + QueryField.SelectedLength));
        }

        var inserted = TextElements(text).Count;
        QueryField.Text = string.Concat(elements.Take(from)) + text + string.Concat(elements.Skip(to));
        QueryField.InsertionPoint = from + inserted;
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    /// <summary>Takes a printable key typed into the query field; false when the key is not one.</summary>
    private bool GatherTyped(Key key)
    {
        var rune = key.AsRune;
        if (!QueryField.HasFocus || key.IsCtrl || key.IsAlt || rune.Value < ' ' || Rune.IsControl(rune))
        {
            return false;
        }

        _typed.Append(rune.ToString());
        if (!_flushScheduled)
        {
            _flushScheduled = true;
            _app.AddTimeout(TimeSpan.Zero, () =>
            {
                FlushTyping();
                return false;
            });
        }

        return true;
    }

    /// <summary>A bracketed paste: into the query field as one text, wherever the focus was.</summary>
    private void OnPaste(object? sender, PasteEventArgs paste)
    {
        if (_app.TopRunnableView != this || Help.Visible)
        {
            return;
        }

        paste.Handled = true;
        FlushTyping();
        var text = OneLine(paste.Text);
        if (text.Length == 0)
        {
            return;
        }

        if (SearchRequest.ReadsAsPastedText(text))
        {
            SearchLike(text);
            return;
        }

        if (!QueryField.HasFocus)
        {
            QueryField.SetFocus();
        }

        if (_model.LikeText is not null)
        {
            QueryField.Text = "";
        }

        Insert(text);
    }

    /// <summary>The text on one line: runs of white space and control characters become one space.</summary>
    internal static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(rune.ToString());
        }

        return line.ToString();
    }
}
