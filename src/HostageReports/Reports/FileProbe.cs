using System.Runtime.InteropServices;
using System.Text;

namespace HostageReports.Reports;

/// <summary>What a path names, links followed.</summary>
internal enum FileKind
{
    /// <summary>A regular file: the only kind a report is read from.</summary>
    Regular,

    /// <summary>Nothing: no such file, or a link whose target does not exist.</summary>
    Missing,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character or block device (<c>/dev/zero</c>, <c>/dev/sda</c>).</summary>
    Device,

    /// <summary>A FIFO (named pipe).</summary>
    Fifo,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>A file the platform cannot tell apart from a device, FIFO or socket: it holds no bytes.</summary>
    EmptyOrSpecial,
}

/// <summary>
/// Tells what a path names before it is opened, following links to their final target, so that a
/// device, FIFO or socket is never opened: <c>/dev/zero</c> gives bytes without end, and opening a
/// FIFO waits for a writer. .NET 10 has no API for a file's type (<see cref="File.GetUnixFileMode(string)"/>
/// gives only the permission bits, <see cref="FileSystemInfo.Attributes"/> calls a FIFO
/// <see cref="FileAttributes.Normal"/>, and <see cref="FileInfo.Length"/> of a link is the link's own
/// length), so on Linux the type and size come from <c>statx(2)</c>, whose record has one layout on
/// every architecture. Elsewhere, or where <c>statx</c> is missing, the managed answer is used and a
/// file of no bytes is not opened (<see cref="FileKind.EmptyOrSpecial"/>): that is what devices, FIFOs
/// and sockets report as their size, and an empty file is no report anyway.
/// </summary>
internal static class FileProbe
{
    /// <summary>Set once <c>statx</c> proved missing (an old C library): the managed answer from then on.</summary>
    private static volatile bool s_noStatx = !OperatingSystem.IsLinux();

    /// <summary>What the path names, and the size in bytes of what it names (0 unless a regular file).</summary>
    /// <param name="path">The path.</param>
    /// <param name="target">The final target when the path is a link, for messages; otherwise null.</param>
    /// <exception cref="IOException">The file system could not be asked.</exception>
    /// <exception cref="UnauthorizedAccessException">The path may not be looked at.</exception>
    public static (FileKind Kind, long Length) Probe(string path, out string? target)
    {
        var info = new FileInfo(path);
        target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.LinkTarget;
        if (!s_noStatx && StatX(path) is { } kind)
        {
            return kind;
        }

        return Managed(info);
    }

    private static (FileKind, long) Managed(FileInfo info)
    {
        FileSystemInfo resolved = info;
        if (info.LinkTarget is not null)
        {
            resolved = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            resolved.Refresh();
        }

        if (resolved is DirectoryInfo || System.IO.Directory.Exists(resolved.FullName))
        {
            return (FileKind.Directory, 0);
        }

        if (!resolved.Exists || resolved is not FileInfo file)
        {
            return (FileKind.Missing, 0);
        }

        return file.Length > 0 ? (FileKind.Regular, file.Length) : (FileKind.EmptyOrSpecial, 0);
    }

    /// <summary>The kind and size from <c>statx(2)</c>, links followed; null when it cannot answer (the caller asks .NET).</summary>
    private static (FileKind, long)? StatX(string path)
    {
        // A NUL-terminated UTF-8 path: a blittable array needs no marshalling.
        byte[] bytes = new byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        int result;
        StatXRecord record;
        try
        {
            result = NativeMethods.StatX(AtCurrentDirectory, bytes, 0, StatXType | StatXSize, out record);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_noStatx = true;
            return null;
        }

        if (result != 0)
        {
            // Missing, not allowed, not supported (a sandbox that refuses statx): .NET says which, in its words.
            return null;
        }

        if ((record.Mask & StatXType) == 0)
        {
            return null;
        }

        long size = (record.Mask & StatXSize) != 0 && record.Size <= long.MaxValue ? (long)record.Size : 0;
        return (record.Mode & TypeMask) switch
        {
            Regular => (FileKind.Regular, size),
            Directory => (FileKind.Directory, 0),
            CharacterDevice or BlockDevice => (FileKind.Device, 0),
            Fifo => (FileKind.Fifo, 0),
            Socket => (FileKind.Socket, 0),
            _ => null,
        };
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatXType = 0x1;
    private const uint StatXSize = 0x200;
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>The start of Linux's <c>struct statx</c>: 256 bytes on every architecture; the fields read here.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatXRecord
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }

    private static class NativeMethods
    {
        /// <summary>int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *buf); glibc 2.28 and later.</summary>
        [DllImport("libc", EntryPoint = "statx", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int StatX(int directory, byte[] path, int flags, uint mask, out StatXRecord record);
    }
}
