using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;

namespace Search.Core.Documents;

/// <summary>
/// Lists the document files of one folder with the C library's <c>readdir</c> on 64-bit Linux: each entry's name,
/// type and inode number, straight from the folder, with no object per entry but the id.
/// </summary>
/// <remarks>
/// An update of a large seeds folder lists every name and then reads every file's status. The inode numbers let the
/// status calls run in the order the file system keeps the files (<see cref="SeedFolderScanner"/>), which costs the
/// kernel less than the order of the folder's hash index (a C loop over a million files: 2.6 instead of 2.9 s). A
/// one-shot update of a million files took 0.94x as long as with .NET's enumerator (system time 3.4–3.8 → 2.8–3.3 s).
/// It lists what the .NET enumeration lists for the scanner: every entry that is not a folder (nor a link to one).
/// Named pipes, sockets and devices are among them; the reader refuses them with a reason
/// (<see cref="FileStatusReader.IsSpecial"/>). Any number of folders may be listed at once.
/// </remarks>
internal static class UnixFolderListing
{
    private const byte TypeUnknown = 0;
    private const byte TypeDirectory = 4;
    private const byte TypeLink = 10;

    // struct dirent of glibc and musl on 64-bit Linux: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
    private const int InodeOffset = 0;
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private static bool _missing = !(OperatingSystem.IsLinux() && Environment.Is64BitProcess);

    /// <summary>Whether this listing can be used here (64-bit Linux, and the C library has not failed before).</summary>
    public static bool IsAvailable => !Volatile.Read(ref _missing);

    /// <summary>
    /// Adds the files of <paramref name="dir"/> whose names match <paramref name="pattern"/> (ignoring case; names
    /// starting with a dot left out) to <paramref name="files"/>, as ids <paramref name="prefix"/> + name with unknown
    /// status, and their inode numbers to <paramref name="inodes"/>. A folder that cannot be opened adds nothing.
    /// </summary>
    /// <returns>False when the C library could not be used; nothing was added and the caller lists another way.</returns>
    /// <remarks>
    /// <paramref name="unlisted"/>, when given, receives this folder's path (the prefix without its slash) when it is
    /// there but cannot be opened, and each link in it that points nowhere (it may have been a folder).
    /// </remarks>
    public static bool TryAddFiles(string root, string dir, string prefix, string pattern, List<SeedFile> files, List<ulong> inodes, List<string>? unlisted = null)
    {
        if (!IsAvailable)
        {
            return false;
        }

        IntPtr stream;
        try
        {
            stream = OpenDirectory(Encoding.UTF8.GetBytes(dir + "\0"));
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            Volatile.Write(ref _missing, true);
            return false;
        }

        if (stream == IntPtr.Zero)
        {
            if (unlisted is not null && prefix.Length > 0 && Directory.Exists(dir))
            {
                unlisted.Add(prefix.TrimEnd('/')); // there, but not readable: what it holds is unknown
            }

            return true; // vanished: no documents there
        }

        try
        {
            IntPtr entry;
            while ((entry = ReadDirectory(stream)) != IntPtr.Zero)
            {
                if (Marshal.ReadByte(entry, NameOffset) == (byte)'.')
                {
                    continue; // hidden, and the folder itself and its parent
                }

                var type = Marshal.ReadByte(entry, TypeOffset);
                if (type == TypeDirectory)
                {
                    continue;
                }

                var name = Marshal.PtrToStringUTF8(entry + NameOffset)!;
                var matches = FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: true);
                if (!matches && type == TypeLink && unlisted is not null && FileStatusReader.Read(Path.Join(dir, name)).Size < 0)
                {
                    unlisted.Add(prefix + name); // a link that points nowhere may have been a folder of documents
                    continue;
                }

                if (!matches || (type is TypeLink or TypeUnknown && Directory.Exists(Path.Join(dir, name))))
                {
                    continue; // a link to a folder is walked as a folder
                }

                files.Add(new SeedFile(root, prefix + name, -1, -1));
                inodes.Add((ulong)Marshal.ReadInt64(entry, InodeOffset));
            }
        }
        finally
        {
            CloseDirectory(stream);
        }

        return true;
    }

    [DllImport("libc", EntryPoint = "opendir")]
    private static extern IntPtr OpenDirectory(byte[] path);

    [DllImport("libc", EntryPoint = "readdir")]
    private static extern IntPtr ReadDirectory(IntPtr stream);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int CloseDirectory(IntPtr stream);
}
