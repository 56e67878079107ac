using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class CliticStripperTests
{
    private static string[] Forms(string word) => CliticStripper.Forms(ArabicNormalizer.Fold(word)).Select(f => f.Form).ToArray();

    [Theory]
    [InlineData("بالعراق", "عراق")]
    [InlineData("والحشد", "حشد")]
    [InlineData("للتحالف", "تحالف")]
    [InlineData("فالقاعدة", "قاعده")]
    [InlineData("كالهجوم", "هجوم")]
    [InlineData("وبالقرب", "قرب")]
    [InlineData("ولم", "لم")]
    public void ReadsTheWordWithoutItsProclitics(string word, string stem) => Forms(word).ShouldContain(stem);

    [Theory]
    [InlineData("واشنطن")]
    [InlineData("بغداد")]
    [InlineData("لبنان")]
    public void KeepsTheWholeWordAsTheFirstReading(string word) => Forms(word)[0].ShouldBe(ArabicNormalizer.Fold(word));

    [Fact]
    public void DoesNotStripACliticFromATwoLetterWord() => Forms("لم").ShouldBe(["لم"]);

    [Fact]
    public void LeavesLatinWordsAlone() => Forms("KH").ShouldBe(["kh"]);

    [Fact]
    public void TheSpanOfLamLamKeepsThePreposition()
    {
        var forms = CliticStripper.Forms(ArabicNormalizer.Fold("للتحالف"));
        forms.Single(f => f.Form == "تحالف").Offset.ShouldBe(0);
    }

    [Fact]
    public void EmptyWordHasItselfOnly() => CliticStripper.Forms("").Select(f => f.Form).ShouldBe([""]);
}
