using System.Runtime.InteropServices;

namespace Search.Core.Tests.TestSupport;

/// <summary>
/// A test of something only Linux file systems allow (named pipes, file names that are not UTF-8): reported as
/// skipped, with the reason, elsewhere.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Named pipes and file names of any bytes are tested on Linux file systems only.";
        }
    }

    /// <summary>Makes a named pipe (<c>mkfifo</c>) at <paramref name="path"/>.</summary>
    public static void MakePipe(string path)
    {
        if (MakeFifo(Encoding(path), Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    /// <summary>Writes a file into <paramref name="folder"/> under a name given as raw bytes (which need not be UTF-8).</summary>
    public static void WriteFile(string folder, byte[] name, byte[] content)
    {
        var path = Encoding(folder + "/")[..^1].Concat(name).Append((byte)0).ToArray();
        var fd = Create(path, Convert.ToUInt32("644", 8));
        if (fd < 0)
        {
            throw new IOException($"creat in {folder} failed (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Write(fd, content, content.Length) != content.Length)
            {
                throw new IOException($"write in {folder} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static byte[] Encoding(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(byte[] path, uint mode);

    [DllImport("libc", EntryPoint = "creat", SetLastError = true)]
    private static extern int Create(byte[] path, uint mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint Write(int fd, byte[] buffer, nint count);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
