using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class TransliteratorTests
{
    [Theory]
    [InlineData("الرحبة", "al-Rhba")]
    [InlineData("قلعة الرحبة", "Ql'a al-Rhba")]
    [InlineData("سيدكان", "Sydkan")]
    public void TheArticleIsWrittenAlAndTheNameCapitalized(string arabic, string latin) => Transliterator.ToLatin(arabic).ShouldBe(latin);

    [Theory]
    [InlineData("الى", "Ala")]
    [InlineData("ZNA", "ZNA")]
    [InlineData("", "")]
    public void AShortWordOrLatinIsNoArticle(string arabic, string latin) => Transliterator.ToLatin(arabic).ShouldBe(latin);
}
