using NewsFacts.Api.Import;
using NewsFacts.Fuzz;
using NewsFacts.TextPipeline;

// Run by tests/Fuzz/run.sh under afl-fuzz: dotnet Fuzz.dll HARNESS DATA_DIRECTORY
// Without afl-fuzz, each file named after the harness is run once (a quick check of a corpus or a finding):
// dotnet Fuzz.dll HARNESS DATA_DIRECTORY FILE...
if (args.Length < 2 || !FuzzTargets.Harnesses.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Fuzz HARNESS DATA_DIRECTORY [FILE...]; harnesses: {string.Join(", ", FuzzTargets.Harnesses)}");
    return 2;
}
var harness = args[0];
// The import's default budget: an input the pipeline cannot finish in it is a finding.
FuzzTargets Create() => new(new ArticlePipeline(LexiconLoader.Load(Path.Combine(args[1], "lexicons"))), TimeSpan.FromSeconds(2));
if (args.Length > 2)
{
    var targets = Create();
    foreach (var file in args.Skip(2))
    {
        targets.Run(harness, File.ReadAllBytes(file));
        Console.WriteLine($"{file}: ok");
    }
    return 0;
}
// Instrumented code may run only inside the fuzzing loop (it writes to afl's coverage map, mapped by Run): the
// lexicons are loaded on the first input, once per process.
FuzzTargets? fuzzed = null;
SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
{
    fuzzed ??= Create();
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    fuzzed.Run(harness, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
