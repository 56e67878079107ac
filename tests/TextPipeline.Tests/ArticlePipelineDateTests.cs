using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>Dates the pipeline finds on lines cleaning removed: mentions of the page, invisible to the stages that read the text.</summary>
public class ArticlePipelineDateTests
{
    private static ArticleFacts Run(string text, DateOnly? publishedAt = null) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text, PublishedAt: publishedAt));

    private const string Stamped = "سقوط صواريخ قرب قاعدة عين الأسد\n"
        + "آخر تحديث 2024-02-03 10:45:00 - المصدر: وكالات\n\n"
        + "أعلنت خلية الإعلام الأمني سقوط صاروخين من نوع كاتيوشا قرب قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، دون وقوع خسائر بشرية.";

    [Fact]
    public void ADateOnARemovedStampLineIsAMentionOfThatLine()
    {
        var facts = Run(Stamped);
        var stamp = facts.Dates.Where(d => d.Line is not null).ShouldHaveSingleItem();
        stamp.Value.ShouldBe("2024-02-03");
        var line = facts.Article.Removed.Single(l => l.LineNumber == stamp.Line);
        line.Text.Substring(stamp.Span.Start, stamp.Span.Length).ShouldBe(stamp.Span.Text);
        facts.Article.Text.ShouldNotContain("2024-02-03");
    }

    [Fact]
    public void ADateOnARemovedLineDatesNoIncident() =>
        Run(Stamped).Incidents.ShouldAllBe(i => i.Date == null || i.Date.Line == null);

    [Fact]
    public void DatesInTheTextKeepNoLine() =>
        Run("قصفت طائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار يوم الاثنين 5 شباط 2024 دون خسائر.").Dates.ShouldAllBe(d => d.Line == null);
}
