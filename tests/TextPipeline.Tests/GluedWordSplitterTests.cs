using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class GluedWordSplitterTests
{
    private static readonly GluedWordSplitter Splitter = new(RepoFiles.Lexicons);

    private static string[] Words(string text)
    {
        var key = ArabicNormalizer.ToMatchKey(text).Key;
        return CliticTokenizer.Tokenize(key, Splitter).Select(t => t.Text).ToArray();
    }

    [Theory]
    [InlineData("وحذرت الولاياتالمتحدة من الرد", new[] { "وحذرت", "الولايات", "المتحده", "من", "الرد" })]
    [InlineData("القوات العراقيةبغداد", new[] { "القوات", "العراقيه", "بغداد" })]
    [InlineData("المفاوضات بين إيرانوالولاياتالمتحدة", new[] { "المفاوضات", "بين", "ايران", "والولايات", "المتحده" })]
    public void WordsGluedTogetherAreCut(string text, string[] words) => Words(text).ShouldBe(words);

    [Theory]
    [InlineData("الدفاعات الجوية العراقية")]
    [InlineData("المسيرات المفخخة استهدفت القاعدة")]
    [InlineData("القوات الأمريكية والتحالف الدولي")]
    [InlineData("Pentagon")]
    [InlineData("centcomarabic iraqikurdistan")]
    [InlineData("تفجير الأنابيب النفطية")]
    public void OrdinaryWordsStayWhole(string text) =>
        Words(text).Length.ShouldBe(text.Split(' ').Length);

    [Fact]
    public void TheMatcherFindsTheNameInsideAGluedWord()
    {
        var matcher = new LexiconMatcher(RepoFiles.Lexicons);
        var key = ArabicNormalizer.ToMatchKey("وحذرت الولاياتالمتحدة من الرد");
        var match = matcher.Match(key, CliticTokenizer.Tokenize(key.Key, Splitter)).ShouldHaveSingleItem();
        match.IsPlace.ShouldBeFalse();
        match.Span.Text.ShouldBe("الولاياتالمتحدة");
    }

    [Fact]
    public void WithoutASplitterAWordIsOneToken() => CliticTokenizer.Tokenize("الولاياتالمتحده").ShouldHaveSingleItem();

    [Fact]
    public void EmptyTextHasNoTokens() => CliticTokenizer.Tokenize("", Splitter).ShouldBeEmpty();
}
