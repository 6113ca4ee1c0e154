namespace HostageReports.Tests.Performance;

/// <summary>
/// What a piece of work allocates on the calling thread: the measure the linearity tests compare across
/// sizes (memory, never time, so that they do not depend on the machine).
/// </summary>
internal static class Allocation
{
    /// <summary>The bytes allocated on this thread while the work runs; its result is kept alive until then.</summary>
    public static long Of<T>(Func<T> work)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(work());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>The bytes allocated on this thread while the work runs.</summary>
    public static long Of(Action work) => Of(() =>
    {
        work();
        return 0;
    });
}
