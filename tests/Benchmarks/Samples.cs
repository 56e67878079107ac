using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Benchmarks;

/// <summary>The seed articles and shipped lexicons, read from the repo's data folder the way the Api parses them.</summary>
public static class Samples
{
    public static readonly DateOnly PublishedAt = new(2024, 8, 7);

    public static string DataDirectory { get; } = Find();

    public static IReadOnlyList<string> Articles() =>
        Directory.EnumerateFiles(Path.Combine(DataDirectory, "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    /// <summary>The shipped lexicons through the parser the Api's LexiconLoader uses.</summary>
    public static Lexicons Lexicons() => LexiconParser.ParseAll(name =>
    {
        var path = Path.Combine(DataDirectory, "lexicons", name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    });

    /// <summary>BenchmarkDotNet runs from a generated folder under bin/, so look upward from both places.</summary>
    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(candidate, "lexicons")) && Directory.Exists(Path.Combine(candidate, "articles")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("data/lexicons and data/articles not found above " + Directory.GetCurrentDirectory());
    }
}
