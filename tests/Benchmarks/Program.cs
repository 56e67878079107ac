using BenchmarkDotNet.Running;
using NewsFacts.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project tests/Benchmarks -- --profile corpus.jsonl [count] [rounds]
// dotnet run -c Release --project tests/Benchmarks -- --writer corpus.jsonl [count] [rounds]
if (args is ["--profile", var corpus, ..])
{
    CorpusProfile.Run(corpus, args.Length > 2 ? int.Parse(args[2]) : 2000, args.Length > 3 ? int.Parse(args[3]) : 3);
    return;
}
if (args is ["--writer", var articles, ..])
{
    WriterProfile.Run(articles, args.Length > 2 ? int.Parse(args[2]) : 5000, args.Length > 3 ? int.Parse(args[3]) : 3);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
