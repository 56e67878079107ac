using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>Broken pages nest thousands of unclosed elements; the reader caps the depth before parsing and reads the same text.</summary>
public class HtmlDepthLimiterTests
{
    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void DropsStartTagsPastTheCapAndKeepsTheText()
    {
        var limited = HtmlDepthLimiter.Limit(string.Concat(Enumerable.Repeat("<div>", 1000)) + "<p>سقطت ثلاثة صواريخ</p>", 256);
        Count(limited, "<div>").ShouldBe(256);
        limited.ShouldEndWith("<p>سقطت ثلاثة صواريخ</p>");
    }

    [Fact]
    public void DropsTheEndTagsOfTheDroppedStartTags()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 300)) + "نص" + string.Concat(Enumerable.Repeat("</div>", 300)) + "<p>بعد</p>";
        var limited = HtmlDepthLimiter.Limit(html, 256);
        (Count(limited, "<div>"), Count(limited, "</div>")).ShouldBe((256, 256));
        limited.ShouldContain("نص");
        limited.ShouldEndWith("<p>بعد</p>");
    }

    /// <summary>Paragraphs past the cap stay (the reader looks for them) without letting the page deepen further.</summary>
    [Fact]
    public void KeepsParagraphsPastTheCapWithoutDeepening()
    {
        var html = string.Concat(Enumerable.Repeat("<div><p>نص</p>", 1000));
        var limited = HtmlDepthLimiter.Limit(html, 10);
        (Count(limited, "<div>"), Count(limited, "<p>"), Count(limited, "</p>")).ShouldBe((10, 1000, 1000));
    }

    [Fact]
    public void LeavesAPageWithinTheCapAsItIs()
    {
        const string page = "<!doctype html><html><head><title>عنوان</title><meta property=\"og:title\" content=\"عنوان\"><script>if (a < b) { x = '<div>'; }</script></head>"
            + "<body><!-- <div> --><div class=\"a\"><p>فقرة <b>أولى</b></p><br/><img src=\"x.jpg\"><p>a < b</p></div></body></html>";
        HtmlDepthLimiter.Limit(page, 8).ShouldBe(page);
    }

    [Fact]
    public void KeepsRawTextAndCommentsWhole()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 3)) + "<script>var s = '<div><div><div>';</script><!-- <div><div> --><style>p > a {}</style>نص";
        HtmlDepthLimiter.Limit(html, 2).ShouldBe("<div><div><script>var s = '<div><div><div>';</script><!-- <div><div> --><style>p > a {}</style>نص");
    }

    [Theory]
    [InlineData("")]
    [InlineData("نص بلا وسوم")]
    [InlineData("<div")]
    [InlineData("a < b < c")]
    public void ReadsTextAndCutOffTagsAsTheyAre(string html) => HtmlDepthLimiter.Limit(html, 2).ShouldBe(html);

    /// <summary>100,000 unclosed divs (1 MB, under the article limit): read like the flat page, in one linear pass.</summary>
    [Fact]
    public void ReadsTheArticleOfADeeplyBrokenPage()
    {
        var html = "<html><head><title>قصف قاعدة</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
            + "<p>سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار مساء أمس.</p><p>ولم يسفر القصف عن إصابات بحسب مصدر أمني.</p></body></html>";
        var item = new HtmlArticleReader().Read("deep.html", html);
        item.Text.ShouldNotBeNull().ShouldContain("سقطت ثلاثة صواريخ على قاعدة عين الأسد");
        item.Text.ShouldContain("ولم يسفر القصف عن إصابات");
    }
}
