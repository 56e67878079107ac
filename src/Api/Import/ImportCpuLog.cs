using System.Diagnostics;

namespace NewsFacts.Api.Import;

/// <summary>
/// Where an import's CPU went, per article: reading the input, extraction on the workers, the writer, and the whole
/// process (which adds the runtime's own threads: JIT, background GC, the WAL checkpointer). Each part is the CPU time
/// of the threads that did it (<see cref="ThreadClock"/>), so another process on a shared machine hardly moves it. A
/// collection runs on the thread whose allocation triggered it and is counted there.
/// </summary>
internal sealed class ImportCpuLog
{
    private readonly TimeSpan _processAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan _pausesAtStart = GC.GetTotalPauseDuration();
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private long _reading;
    private long _extraction;
    private long _writing;
    private long _commits;

    public void Reading(long started) => Interlocked.Add(ref _reading, ThreadClock.Now() - started);

    public void Extraction(long started) => Interlocked.Add(ref _extraction, ThreadClock.Now() - started);

    public void Writing(long started) => Interlocked.Add(ref _writing, ThreadClock.Now() - started);

    public void Commit(long started) => Interlocked.Add(ref _commits, ThreadClock.Now() - started);

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
}
