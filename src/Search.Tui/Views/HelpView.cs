namespace Search.Tui.Views;

/// <summary>The F1 overlay listing every key.</summary>
internal sealed class HelpView : ScrollingOverlay
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
        ("Entf / - in den Listen", "Wert ausschließen (−Merkel, −2005); nochmals: zurück"),
        ("F3", "Auffällig: Akteure/Orte, die in den Treffern weit häufiger sind als im Index"),
        ("Buchstaben in Akteure/Orte", "Werte der Liste suchen (Leertaste tippt dann ein Leerzeichen, Eingabe wählt); Rücktaste löscht"),
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
        ("Suchsyntax", "Wörter (1–2 alle, 3–4 alle außer 1, ab 5 einige), \"Phrase\" oder „Phrase“, ODER, NICHT, -Wort, Präfix*"),
        ("Felder", "akteur:Merkel  ort:Berlin  datum:2024-05  titel:Wahl"),
    ];

    public HelpView()
    {
        Title = BaseTitle;
    }

    protected override string BaseTitle => "Hilfe – Esc oder F1 schließt";

    /// <summary>Keys and the first line of their text, then the text's further lines below it (keys on a row of their own when narrow).</summary>
    protected override List<(string Label, string Text, int TextColumn)> Rows(int width)
    {
        var keyWidth = Math.Min(28, Entries.Max(e => e.Keys.Length) + 2);
        var narrow = width - keyWidth < 20;
        var rows = new List<(string, string, int)>();
        foreach (var (keys, what) in Entries)
        {
            if (narrow)
            {
                rows.Add((" " + keys, "", 0));
                rows.AddRange(Wrap(what, width - 3).Select(line => ("", line, 3)));
                continue;
            }

            var lines = Wrap(what, width - keyWidth);
            for (var i = 0; i < lines.Count; i++)
            {
                rows.Add((i == 0 ? " " + keys : "", lines[i], keyWidth));
            }
        }

        return rows;
    }
}
