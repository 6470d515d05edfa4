using Terminal.Gui.ViewBase;

namespace Search.Tui.Views;

/// <summary>The F1 overlay listing every key.</summary>
internal sealed class HelpView : View
{
    public static readonly (string Keys, string What)[] Entries =
    [
        ("Tippen", "sucht nach kurzer Pause; Eingabe sucht sofort"),
        ("/", "zum Suchfeld, von überall"),
        ("Strg-U", "Suchfeld leeren"),
        ("↑ / ↓ im Suchfeld", "frühere Suchen in diesem Index; ↓ dann zur Trefferliste"),
        ("Tab im Suchfeld", "„Meinten Sie …?“ übernehmen (sonst nächster Bereich)"),
        ("Einfügen (langer Text)", "ähnliche Artikel zu diesem Text suchen"),
        ("Tab / Umschalt-Tab", "nächster / vorheriger Bereich"),
        ("F6 / Umschalt-F6", "nächster / vorheriger Bereich"),
        ("↑ ↓ Bild↑ Bild↓ Pos1 Ende", "in Listen und Vorschau bewegen"),
        ("Eingabe in Treffern", "Artikel öffnen (Vorschau); ohne Treffer: Vorschlag übernehmen"),
        ("a", "ähnliche Artikel zum gewählten Artikel"),
        ("o / e", "Artikel in $PAGER / $EDITOR öffnen"),
        ("m", "Artikel markieren (search tui --print gibt die Pfade aus)"),
        ("Leertaste / Eingabe", "Wert in Akteure/Orte wählen [x] / abwählen"),
        ("Entf / - in Akteure/Orte", "Wert ausschließen (−Merkel); nochmals: zurücknehmen"),
        ("F3", "Auffällig: Akteure/Orte, die in den Treffern weit häufiger sind als im Index"),
        ("Buchstaben in Akteure/Orte", "Werte der Liste suchen; Rücktaste löscht"),
        ("Leertaste im Datum", "Jahr > Monat > Tag; ◂ eine Ebene zurück"),
        ("Rücktaste im Datum", "eine Ebene zurück"),
        ("← → Entf in Filterzeile", "Filter wählen und entfernen"),
        ("F8", "alle Filter entfernen"),
        ("s (Strg-S im Suchfeld)", "Sortierung Relevanz / Datum"),
        ("n / N", "nächster / vorheriger Treffer im Artikel"),
        ("F2", "beim Aufbau abgelehnte Dateien"),
        ("Esc", "zurück: Hilfe/Artikel schließen, Listensuche leeren"),
        ("F1", "diese Hilfe"),
        ("Strg-Q", "beenden (mit --print: Pfade ausgeben)"),
        ("Strg-C", "abbrechen"),
        ("Maus", "Klick wählt Treffer/Werte, Klick auf Filter entfernt ihn"),
        ("Suchsyntax", "Wörter (alle), \"Phrase\", ODER, NICHT oder -Wort, Präfix*"),
        ("Felder", "akteur:Merkel  ort:Berlin  datum:2024-05  titel:Wahl"),
    ];

    private int _top;

    public HelpView()
    {
        Title = TitleText;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Double;
        CanFocus = false;
        Visible = false;
    }

    private const string TitleText = "Hilfe – Esc oder F1 schließt";

    /// <summary>The rows the help needs at a width (a text wraps onto rows of its own below its keys).</summary>
    public static int RowsFor(int width) => Rows(width).Count;

    /// <summary>Scrolls the help by <paramref name="rows"/> (negative: up), within its rows.</summary>
    public void ScrollBy(int rows)
    {
        var top = Math.Clamp(_top + rows, 0, Math.Max(0, RowsFor(Viewport.Width) - Viewport.Height));
        if (top != _top)
        {
            _top = top;
            SetNeedsDraw();
        }
    }

    /// <summary>Handles a key while the help is shown: ↑ ↓ Bild↑ Bild↓ Pos1 Ende scroll; true when it was one of them.</summary>
    public bool Scroll(Terminal.Gui.Input.Key key)
    {
        var page = Math.Max(1, Viewport.Height - 1);
        int? by = key.KeyCode switch
        {
            Terminal.Gui.Drivers.KeyCode.CursorUp => -1,
            Terminal.Gui.Drivers.KeyCode.CursorDown => 1,
            Terminal.Gui.Drivers.KeyCode.PageUp => -page,
            Terminal.Gui.Drivers.KeyCode.PageDown => page,
            Terminal.Gui.Drivers.KeyCode.Home => int.MinValue / 2,
            Terminal.Gui.Drivers.KeyCode.End => int.MaxValue / 2,
            _ => null,
        };
        if (by is null)
        {
            return false;
        }

        ScrollBy(by.Value);
        return true;
    }

    protected override void OnVisibleChanged()
    {
        base.OnVisibleChanged();
        _top = 0;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var normal = Theme.Row(this, false);
        var rows = Rows(width);
        _top = Math.Clamp(_top, 0, Math.Max(0, rows.Count - Viewport.Height));
        var more = rows.Count > Viewport.Height;
        Title = more ? $"{TitleText} – ↑↓ blättern ({_top + 1}–{Math.Min(rows.Count, _top + Viewport.Height)} von {rows.Count})" : TitleText;
        for (var row = 0; row < Viewport.Height; row++)
        {
            Move(0, row);
            var index = _top + row;
            if (index >= rows.Count)
            {
                CellText.Pad(this, width, normal);
                continue;
            }

            var (keys, what, keyWidth) = rows[index];
            var written = CellText.Write(this, keys.Length > 0 ? " " + keys : "", keyWidth, Theme.Bold(normal));
            CellText.Pad(this, keyWidth - written, normal);
            written = keyWidth;
            written += CellText.Write(this, what, width - written, normal);
            CellText.Pad(this, width - written, normal);
        }

        return true;
    }

    /// <summary>The help's rows at a width: keys and the first line of their text, then the text's further lines.</summary>
    private static List<(string Keys, string What, int KeyWidth)> Rows(int width)
    {
        var keyWidth = Math.Min(28, Entries.Max(e => e.Keys.Length) + 2);
        if (width - keyWidth < 20)
        {
            keyWidth = 0; // too narrow for two columns: the keys get a row of their own
        }

        var rows = new List<(string, string, int)>();
        foreach (var (keys, what) in Entries)
        {
            var lines = TextWrapper.Wrap(what, [], Math.Max(10, width - keyWidth), PreviewLineKind.Body, numberMatches: false);
            if (keyWidth == 0)
            {
                rows.Add((keys, "", Math.Max(0, width)));
            }

            for (var i = 0; i < lines.Count; i++)
            {
                rows.Add((i == 0 && keyWidth > 0 ? keys : "", (keyWidth == 0 ? "  " : "") + lines[i].Text, keyWidth));
            }
        }

        return rows;
    }
}
