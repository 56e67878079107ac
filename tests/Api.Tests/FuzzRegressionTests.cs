using NewsFacts.Api.Import;
using NewsFacts.Fuzz;
using NewsFacts.TextPipeline;

namespace NewsFacts.Api.Tests;

/// <summary>
/// Replays what the fuzzers (tests/Fuzz/run.sh) start from and what they found: every seed and every regression input
/// under tests/Fuzz, each through its harness. CI replays; it does not fuzz.
/// </summary>
public sealed class FuzzRegressionTests
{
    // The fuzzer holds the pipeline to the import's 2 s budget; a replay on a loaded CI machine gets ten times that, so
    // an input the fix made fast passes and one that still hangs fails, without a timing race.
    private static readonly FuzzTargets Targets = new(new ArticlePipeline(LexiconLoader.Load(Path.Combine(RepoData.Directory, "lexicons"))), TimeSpan.FromSeconds(20));

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "seeds", "Regressions" })
        {
            foreach (var harness in FuzzTargets.Harnesses)
            {
                var directory = Path.Combine(AppContext.BaseDirectory, "Fuzz", folder, harness);
                foreach (var file in Directory.Exists(directory) ? Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
                {
                    data.Add(harness, Path.GetRelativePath(AppContext.BaseDirectory, file));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ReplaysWithoutAFinding(string harness, string file) =>
        Targets.Run(harness, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, file)));

    [Fact]
    public void EveryHarnessHasSeeds() =>
        FuzzTargets.Harnesses.ShouldAllBe(h => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "seeds", h)).Any());
}
