using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>The lexicons are the extractor's knowledge: a host without them must say so, not import facts-free articles.</summary>
public sealed class LexiconLoadingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-lexicons-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ShippedLexicons => Path.Combine(RepoData.Directory, "lexicons");

    [Fact]
    public void LoadsTheShippedLexicons()
    {
        var lexicons = LexiconLoader.Load(ShippedLexicons);

        lexicons.Actors.ShouldNotBeEmpty();
        lexicons.Places.ShouldNotBeEmpty();
    }

    [Fact]
    public void NamesEachMissingFile()
    {
        foreach (var file in Directory.GetFiles(ShippedLexicons).Where(f => Path.GetFileName(f) is not ("places.json" or "titles.txt")))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }

        var error = Should.Throw<InvalidOperationException>(() => LexiconLoader.Load(_dir));

        error.Message.ShouldContain(_dir);
        error.Message.ShouldContain("places.json, titles.txt");
        error.Message.ShouldContain("NewsFacts:DataDirectory");
    }

    [Fact]
    public void ServerWithoutLexiconsStopsAtStart()
    {
        using var factory = new NewsFactsFactory(("NewsFacts:DataDirectory", _dir));

        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        error.Message.ShouldContain(Path.Combine(_dir, "lexicons"));
    }
}
