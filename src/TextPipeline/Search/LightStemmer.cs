namespace NewsFacts.TextPipeline.Search;

/// <summary>Light stemming of one match-key token for search. (Initial version: identity.)</summary>
public static class LightStemmer
{
    public static string Stem(string token) => token;
}
