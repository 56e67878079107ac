using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>The shipped lexicons under data/lexicons and the seed samples copied into this project.</summary>
public static class RepoFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string LexiconDir => Path.Combine(RepoRoot, "data", "lexicons");

    /// <summary>The five seed articles' file prefixes, for theories that run over each of them.</summary>
    public static TheoryData<string> SeedIds => new() { "000", "001", "002", "003", "004" };

    public static string Sample(string fileStart) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), fileStart + "*").Single());

    private static readonly Lazy<Lexicons> Shipped = new(() => LexiconParser.ParseAll(name =>
    {
        var path = Path.Combine(LexiconDir, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }));

    public static Lexicons Lexicons => Shipped.Value;

    public static string ReadLexicon(string name, string fallback)
    {
        var path = Path.Combine(LexiconDir, name);
        return File.Exists(path) ? File.ReadAllText(path) : fallback;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Api.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Api.sln not found above " + AppContext.BaseDirectory);
    }
}
