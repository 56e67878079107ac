using System.Globalization;

namespace NewsFacts.CorpusGenerator;

public sealed record GeneratorOptions(int Count, int Seed, string OutputPath, string DataDirectory, double NoIncidentShare)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return null;
            values[args[i][2..]] = args[i + 1];
        }
        if (!values.TryGetValue("out", out var output) || !values.TryGetValue("count", out var countText)
            || !int.TryParse(countText, CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            return null;
        }
        var seed = values.TryGetValue("seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 42;
        var share = values.TryGetValue("no-incident-share", out var n) ? double.Parse(n, CultureInfo.InvariantCulture) : 0.25;
        var data = values.TryGetValue("data", out var d) ? d : FindDataDirectory();
        return new GeneratorOptions(count, seed, output, data, share);
    }

    /// <summary>The repo's data folder, found upward from the working directory or the binary, like the Api does.</summary>
    private static string FindDataDirectory()
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
        return "data";
    }
}
