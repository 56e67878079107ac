using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsFacts.Api.Import;

/// <summary>
/// Where an import's CPU went, per article: reading the input, extraction on the workers, the writer, and the whole
/// process (which adds the runtime's own threads: JIT, background GC, the WAL checkpointer). Each part is the CPU time
/// of the threads that did it (Linux: <c>CLOCK_THREAD_CPUTIME_ID</c>; elsewhere wall time), so another process on a
/// shared machine hardly moves it. A collection runs on the thread whose allocation triggered it and is counted there.
/// </summary>
internal sealed class ImportCpuLog
{
    private const int ThreadCpuTime = 3;

    private static readonly bool MeasuresCpu = OperatingSystem.IsLinux();

    private readonly TimeSpan _processAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan _pausesAtStart = GC.GetTotalPauseDuration();
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private long _reading;
    private long _extraction;
    private long _writing;
    private long _commits;

    public void Reading(long started) => Interlocked.Add(ref _reading, Now() - started);

    public void Extraction(long started) => Interlocked.Add(ref _extraction, Now() - started);

    public void Writing(long started) => Interlocked.Add(ref _writing, Now() - started);

    public void Commit(long started) => Interlocked.Add(ref _commits, Now() - started);

    public void Write(ILogger logger, int items)
    {
        if (items == 0)
        {
            return;
        }
        double PerItem(long nanoseconds) => nanoseconds / 1000.0 / items;
        logger.LogInformation(
            "Import CPU per item: reading {ReadingMicroseconds:0} µs, extraction {ExtractionMicroseconds:0} µs, writer {WriterMicroseconds:0} µs (commits {CommitMicroseconds:0} µs); whole process {ProcessMicroseconds:0} µs; GC pauses {PauseMicroseconds:0} µs, allocated {AllocatedKilobytes:0} KB",
            PerItem(_reading), PerItem(_extraction), PerItem(_writing), PerItem(_commits),
            (Process.GetCurrentProcess().TotalProcessorTime - _processAtStart).TotalMicroseconds / items,
            (GC.GetTotalPauseDuration() - _pausesAtStart).TotalMicroseconds / items,
            (GC.GetTotalAllocatedBytes() - _allocatedAtStart) / 1024.0 / items);
    }

    /// <summary>The calling thread's CPU time in nanoseconds (wall time where the platform has no thread clock).</summary>
    public static long Now()
    {
        if (MeasuresCpu && ClockGetTime(ThreadCpuTime, out var time) == 0)
        {
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
