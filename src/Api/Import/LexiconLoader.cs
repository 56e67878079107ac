using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Import;

/// <summary>Reads the lexicon files under data/lexicons; the pipeline gets their parsed contents, never the files.</summary>
public static class LexiconLoader
{
    public static Lexicons Load(string directory) => LexiconParser.ParseAll(name =>
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    });
}
