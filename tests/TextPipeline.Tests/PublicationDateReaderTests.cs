using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class PublicationDateReaderTests
{
    private static readonly PublicationDateReader Reader = new(RepoFiles.Lexicons.PublicationLabels);

    [Theory]
    [InlineData("آخر تحديث: الأحد 28 كانون الثاني 2024 - 10:45", "2024-01-28")]
    [InlineData("نشر بتاريخ 28/01/2024", "2024-01-28")]
    [InlineData("تاريخ النشر: 2024-01-28 10:45", "2024-01-28")]
    [InlineData("نُشر في ٥ نوفمبر ٢٠٢٣", "2023-11-05")]
    [InlineData("الرئيسية\nأخبار\nاخر تحديث 3 شباط/فبراير 2020\nاستهدف صاروخ مطار بغداد.", "2020-02-03")]
    public void ReadsTheDateOfALabelledLine(string text, string date) =>
        Reader.Read(text).ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>No label, no full date, a sentence rather than a timestamp line, or no such day.</summary>
    [Theory]
    [InlineData("الأحد 28 كانون الثاني 2024")]
    [InlineData("آخر تحديث: منذ ساعتين")]
    [InlineData("آخر تحديث: الأحد 28 كانون الثاني")]
    [InlineData("وكان الجيش الأمريكي قد نشر في 3 فبراير 2020 تقريرا مفصلا عن الهجمات التي تعرضت لها القواعد العسكرية في العراق وسوريا خلال الأعوام الماضية")]
    [InlineData("نشر بتاريخ 31/02/2024")]
    [InlineData("وقال إن التقرير ينشر في 3 فبراير 2020")]
    public void ReadsNothingElse(string text) => Reader.Read(text).ShouldBeNull();

    [Fact]
    public void AnArticleWithNoDateOfItsOwnIsDatedByItsTimestampLineWhichCleaningRemoves()
    {
        const string page = "هجوم بطائرتين مسيرتين على قاعدة حرير\nآخر تحديث: الأحد 28 كانون الثاني 2024 - 10:45\n"
            + "تعرضت قاعدة حرير الجوية، يوم الأحد، لهجوم بطائرتين مسيرتين.";
        var facts = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(page));

        facts.PublishedAt.ShouldBe(new DateOnly(2024, 1, 28));
        facts.Incidents.ShouldHaveSingleItem().Date!.Value.ShouldBe("2024-01-28");
        facts.Article.Text.ShouldNotContain("آخر تحديث");
        facts.Article.Removed.ShouldContain(r => r.Reason == Cleaning.BoilerplateRemover.ReasonPublicationTime);
    }

    /// <summary>The facts of a page with a title, then <paramref name="line"/>, then one sentence, and no publication date given.</summary>
    private static ArticleFacts UnderTitle(string line, string sentence) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput("مسيرة تستهدف قاعدة حرير في أربيل\n" + line + "\n" + sentence));

    /// <summary>A line that is only a date and a time or weekday is the page's timestamp, label or not.</summary>
    [Theory]
    [InlineData("2024-01-15 09:32")]
    [InlineData("الاثنين 15 كانون الثاني 2024")]
    [InlineData("15/01/2024 - 10:45 ص")]
    [InlineData("الاثنين، 15 يناير 2024 (بتوقيت بغداد 09:32)")]
    public void ABareDateLineDatesTheArticle(string stamp)
    {
        var facts = UnderTitle(stamp, "أفاد مصدر أمني بأن طائرة مسيرة مفخخة استهدفت قاعدة حرير شمال أربيل يوم الاثنين.");

        facts.PublishedAt.ShouldBe(new DateOnly(2024, 1, 15));
        facts.Incidents.ShouldHaveSingleItem().Date!.Value.ShouldBe("2024-01-15");
        facts.Article.Removed.ShouldContain(r => r.Reason == Cleaning.BoilerplateRemover.ReasonPublicationTime && r.Text == stamp);
    }

    /// <summary>A date with words of its own, a sentence, or no full date: not a timestamp, and nothing dates the article.</summary>
    [Theory]
    [InlineData("15 كانون الثاني 2024: هجوم على القاعدة")]
    [InlineData("وقع الهجوم في 15 كانون الثاني 2024 على القاعدة.")]
    [InlineData("الاثنين 15 كانون الثاني")]
    [InlineData("09:32")]
    public void ALineThatIsMoreOrLessThanADateIsNoTimestamp(string line)
    {
        var facts = UnderTitle(line, "أفاد مصدر أمني بأن طائرة مسيرة مفخخة استهدفت قاعدة حرير شمال أربيل.");

        facts.PublishedAt.ShouldBeNull();
        facts.Article.Removed.ShouldNotContain(r => r.Reason == Cleaning.BoilerplateRemover.ReasonPublicationTime);
    }

    [Fact]
    public void TheSourcesDateWinsOverTheStatedOne()
    {
        const string page = "آخر تحديث: الأحد 28 كانون الثاني 2024 - 10:45\nتعرضت قاعدة حرير الجوية، يوم الأحد، لهجوم بطائرتين مسيرتين.";
        var facts = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(page, PublishedAt: new DateOnly(2024, 3, 10)));

        facts.PublishedAt.ShouldBe(new DateOnly(2024, 3, 10));
        facts.Incidents.ShouldHaveSingleItem().Date!.Value.ShouldBe("2024-03-10");
    }
}
