using BenchmarkDotNet.Running;
using NewsFacts.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project tests/Benchmarks -- --profile corpus.jsonl [count] [rounds]
// dotnet run -c Release --project tests/Benchmarks -- --writer corpus.jsonl [count] [rounds] [grown.db [pragma ...]]
// dotnet run -c Release --project tests/Benchmarks -- --complexity [n-kilobytes] [rounds] [shape-filter]
// dotnet run -c Release --project tests/Benchmarks -- --json count rounds body.json ...
if (args is ["--profile", var corpus, ..])
{
    CorpusProfile.Run(corpus, args.Length > 2 ? int.Parse(args[2]) : 2000, args.Length > 3 ? int.Parse(args[3]) : 3);
    return 0;
}
if (args is ["--writer", var articles, ..])
{
    WriterProfile.Run(articles, args.Length > 2 ? int.Parse(args[2]) : 5000, args.Length > 3 ? int.Parse(args[3]) : 3, args.Length > 4 ? args[4] : null, args.Length > 5 ? args[5..] : []);
    return 0;
}
if (args is ["--complexity", ..])
{
    return ComplexityCheck.Run(args.Length > 1 ? int.Parse(args[1]) : 512, args.Length > 2 ? int.Parse(args[2]) : 7, args.Length > 3 ? args[3] : null);
}
if (args is ["--json", var count, var rounds, .. var bodies])
{
    return ResponseJsonProfile.Run(int.Parse(count), int.Parse(rounds), bodies);
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
