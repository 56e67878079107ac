using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Api.Import;

/// <summary>Reads the lexicon files under data/lexicons; the pipeline gets their parsed contents, never the files.</summary>
public static class LexiconLoader
{
    /// <summary>
    /// Every lexicon file must be there: without them the pipeline finds no actor, place or incident, and an import run
    /// from a folder that does not hold data/ would store a million articles with no facts and no complaint.
    /// </summary>
    public static Lexicons Load(string directory)
    {
        var missing = new List<string>();
        var lexicons = LexiconParser.ParseAll(name =>
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path)) return File.ReadAllText(path);
            missing.Add(name);
            return null;
        });
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Lexicon files not found in {directory}: {string.Join(", ", missing)}. Run from the repository (or the image, which copies data/) "
                + "or set NewsFacts:DataDirectory to the folder that holds lexicons/.");
        }
        return lexicons;
    }
}
