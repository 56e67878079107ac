using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Import;

/// <summary>Reads the lexicon files under data/lexicons; the pipeline gets their parsed contents, never the files.</summary>
public static class LexiconLoader
{
    public static Lexicons Load(string directory)
    {
        string Read(string name, string fallback)
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? File.ReadAllText(path) : fallback;
        }

        return new Lexicons(
            LexiconParser.ParseActors(Read("actors.json", "[]")),
            LexiconParser.ParsePlaces(Read("places.json", "[]")),
            LexiconParser.ParsePhrases(Read("boilerplate.txt", "")),
            LexiconParser.ParsePhrases(Read("article-end.txt", "")));
    }
}
