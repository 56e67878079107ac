using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsFacts.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux: clock_gettime with CLOCK_THREAD_CPUTIME_ID), else wall time. On a machine
/// shared with other builds and tests the wall time of a stage grows with the load, its thread's CPU time hardly.
/// </summary>
public static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static bool MeasuresCpu { get; } = OperatingSystem.IsLinux();

    public static long Now()
    {
        if (!MeasuresCpu)
        {
            return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
        }
        return ClockGetTime(ThreadCpuTime, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : throw new InvalidOperationException("clock_gettime failed");
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
