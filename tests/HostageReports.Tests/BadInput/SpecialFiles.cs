using System.Diagnostics;
using System.Net.Sockets;

namespace HostageReports.Tests.BadInput;

/// <summary>A fact about files that are not files (devices, FIFOs, sockets): skipped, saying why, where the system has none.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!SpecialFiles.Available)
        {
            Skip = "needs a Unix system with /dev/zero, /dev/urandom and mkfifo: devices, FIFOs and symbolic links to them exist only there.";
        }
    }
}

/// <summary>Makes devices' links, FIFOs and sockets for tests, and guards a read that would hang on one.</summary>
internal static class SpecialFiles
{
    public static bool Available { get; } = (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        && File.Exists("/dev/zero") && File.Exists("/dev/urandom");

    /// <summary>A FIFO (named pipe) at the path, made by mkfifo(1).</summary>
    public static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start.");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} exited with {mkfifo.ExitCode}.");
        }

        return path;
    }

    /// <summary>A Unix socket bound at the path; the socket file stays while the returned socket is open.</summary>
    public static Socket MakeSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>
    /// Runs the work, which must not open the FIFOs: should it open one and wait for a writer, the FIFOs
    /// are opened for writing and closed after a minute, which ends the wait, and the test fails
    /// instead of hanging. A guard against a hang, not a measure of speed.
    /// </summary>
    public static T WithoutOpening<T>(Func<T> work, params string[] fifos)
    {
        var task = Task.Run(work);
        if (task.Wait(TimeSpan.FromMinutes(1)))
        {
            return task.Result;
        }

        foreach (string fifo in fifos)
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }

        task.Wait();
        throw new Xunit.Sdk.XunitException($"a FIFO was opened and read (the work waited for a writer): {string.Join(", ", fifos)}");
    }
}
