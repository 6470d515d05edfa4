using System.Runtime.InteropServices;

namespace Search.Core.Tests.TestSupport;

/// <summary>A test of something only Unix file systems have (named pipes): reported as skipped, with the reason, elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Named pipes in a folder exist only on Unix file systems.";
        }
    }

    /// <summary>Makes a named pipe (<c>mkfifo</c>) at <paramref name="path"/>.</summary>
    public static void MakePipe(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
