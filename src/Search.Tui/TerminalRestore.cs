using System.Runtime.InteropServices;

namespace Search.Tui;

/// <summary>
/// Puts the terminal back into the modes a shell expects, whatever state the UI left it in: normal cursor keys and
/// keypad (Terminal.Gui leaves both in application mode), no mouse reporting, no bracketed paste, cursor visible,
/// attributes reset; after a crash or a signal also the main screen.
/// </summary>
public static class TerminalRestore
{
    /// <summary>Modes the UI switches on and a clean exit must switch off.</summary>
    public const string Modes = "\u001b[?1l\u001b>\u001b[?1000l\u001b[?1002l\u001b[?1003l\u001b[?1006l\u001b[?1015l\u001b[?2004l\u001b[0m\u001b[?25h";

    /// <summary>Also leaves the alternate screen (when the UI could not shut down itself).</summary>
    public const string ModesAndScreen = Modes + "\u001b[?1049l";

    /// <summary>Writes <paramref name="sequence"/> to the terminal (standard output, or the controlling terminal when it is redirected).</summary>
    public static void Write(string sequence)
    {
        try
        {
            if (!Console.IsOutputRedirected)
            {
                Console.Out.Write(sequence);
                Console.Out.Flush();
            }
            else if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && File.Exists("/dev/tty"))
            {
                using var tty = new StreamWriter(new FileStream("/dev/tty", FileMode.Open, FileAccess.Write));
                tty.Write(sequence);
            }
        }
        catch (IOException)
        {
            // No terminal left to restore (SIGHUP).
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
