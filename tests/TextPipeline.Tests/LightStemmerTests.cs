using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.TextPipeline.Tests;

public class LightStemmerTests
{
    private static string StemOf(string word) => LightStemmer.Stem(ArabicNormalizer.Fold(word));

    [Theory]
    [InlineData("المسيرات")]
    [InlineData("مسيرة")]
    [InlineData("مسيرتين")]
    [InlineData("بالمسيرات")]
    [InlineData("مسيّرتين")]
    [InlineData("مسيرتان")]
    [InlineData("والمسيرة")]
    [InlineData("مسيراتها")]
    public void DroneFormsShareOneStem(string form) => StemOf(form).ShouldBe("مسير");

    [Fact]
    public void StripsDefiniteArticle() => StemOf("القاعدة").ShouldBe(StemOf("قاعدة"));

    [Fact]
    public void StripsConjunctionWawOnLongWords() => StemOf("وقاعدة").ShouldBe(StemOf("قاعدة"));

    [Fact]
    public void StripsLamLamPrefix() => StemOf("للقوات").ShouldBe(StemOf("القوات"));

    [Fact]
    public void StripsFeminineDualTeh() => StemOf("طائرتين").ShouldBe(StemOf("طائرة"));

    [Fact]
    public void StripsMasculinePluralSuffixes() => StemOf("العسكريين").ShouldBe(StemOf("عسكريون"));

    [Fact]
    public void NisbaSpellingsWithAndWithoutHamzaShareAStem() => StemOf("الأميركية").ShouldBe(StemOf("الاميركيه"));

    [Fact]
    public void DifferentSpellingsNeedNotMatch() => StemOf("الأميركية").ShouldNotBe(StemOf("الأمريكية"));

    [Fact]
    public void BareBehIsKeptSoAWordMatchesItsDefiniteForm() => StemOf("فصائل").ShouldBe(StemOf("الفصائل"));

    [Theory]
    [InlineData("من")]
    [InlineData("على")]
    [InlineData("ان")]
    [InlineData("قوات")]
    [InlineData("هجوم")]
    public void ShortWordsAreUntouched(string word) => StemOf(word).ShouldBe(ArabicNormalizer.Fold(word));

    [Theory]
    [InlineData("drones")]
    [InlineData("2500")]
    [InlineData("kh")]
    [InlineData("")]
    public void LatinDigitsAndEmptyAreUntouched(string token) => LightStemmer.Stem(token).ShouldBe(token);

    [Fact]
    public void StemNeverGoesBelowThreeLetters() => StemOf("ستين").Length.ShouldBeGreaterThanOrEqualTo(LightStemmer.MinStem);

    [Fact]
    public void StemmingAStemNeverLengthensIt()
    {
        foreach (var word in new[] { "المسيرات", "الصواريخ", "القاعدة", "العراقية", "بالقرب" })
        {
            var once = StemOf(word);
            LightStemmer.Stem(once).Length.ShouldBeLessThanOrEqualTo(once.Length);
        }
    }
}
