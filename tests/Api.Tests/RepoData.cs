namespace NewsFacts.Api.Tests;

/// <summary>The repository's data/ folder (shipped lexicons and articles), found above the test binaries.</summary>
public static class RepoData
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "lexicons"))) return candidate;
        }
        throw new DirectoryNotFoundException("data/lexicons above " + AppContext.BaseDirectory);
    }
}
