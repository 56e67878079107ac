using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsFacts.Api.Import;

/// <summary>
/// CPU time of the calling thread (Linux: clock_gettime with CLOCK_THREAD_CPUTIME_ID), else wall time. On a machine
/// shared with other builds and tests the wall time of a stage grows with the load, its thread's CPU time hardly. The
/// import's CPU log and the benchmarks read it.
/// </summary>
public static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static bool MeasuresCpu { get; } = OperatingSystem.IsLinux();

    /// <summary>Nanoseconds of the thread's CPU time; wall time where the platform has no thread clock or it fails.</summary>
    public static long Now()
    {
        if (MeasuresCpu && ClockGetTime(ThreadCpuTime, out var time) == 0)
        {
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    public static TimeSpan Since(long start) => TimeSpan.FromTicks((Now() - start) / 100);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
