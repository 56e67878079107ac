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

    /// <summary>
    /// A page's stamp glued to its text (a scraped page loses its lines): the date after منشور or تحديث dates the page,
    /// not the attack told after it. A date after the attack's words still dates it.
    /// </summary>
    [Theory]
    [InlineData("أخبار العراق منشور الأحد 4 شباط 2024 سقط صاروخ على قاعدة حرير الجوية في محافظة أربيل دون إصابات.", null)]
    [InlineData("آخر تحديث الأحد 4 شباط 2024 سقط صاروخ على قاعدة حرير الجوية في محافظة أربيل دون إصابات.", null)]
    [InlineData("أخبار العراق سقط صاروخ على قاعدة حرير الجوية في محافظة أربيل الأحد 4 شباط 2024 دون إصابات.", "2024-02-04")]
    public void APagesStampInTheTextDatesNoAttack(string text, string? date) =>
        (Run(text, new DateOnly(2024, 2, 6)).Incidents.ShouldHaveSingleItem().Date?.Value).ShouldBe(date);

    /// <summary>
    /// A day right after a reporting verb dates the report; before the attack it reports, with nothing closer dating the
    /// attack, it is the attack's day too (Iraqi agencies' "أفاد مصدر، يوم الأربعاء، بتعرض ..."). The attack's own day wins,
    /// and a statement's day after the attack dates nothing of it.
    /// </summary>
    [Theory]
    [InlineData("أفاد مصدر أمني، يوم الأربعاء، بتعرض قاعدة بلد الجوية لهجوم بثلاثة صواريخ كاتيوشا.", "2024-02-07")]
    [InlineData("ذكرت مصادر محلية، اليوم الخميس، أن طائرة مسيرة سقطت داخل قاعدة حرير الجوية.", "2024-02-08")]
    [InlineData("قال مسؤولون يوم الاثنين إن صواريخ سقطت على قاعدة عين الأسد الجوية فجر الأحد.", "2024-02-04")]
    [InlineData("سقط صاروخ على قاعدة حرير الجوية، وقال مسؤول كردي يوم الاثنين إن التحقيق جار.", null)]
    public void AReportsDayDatesTheAttackItReportsWhenNothingCloserDoes(string text, string? date) =>
        (Run(text, new DateOnly(2024, 2, 10)).Incidents.ShouldHaveSingleItem().Date?.Value).ShouldBe(date);

    [Fact]
    public void DatesInTheTextKeepNoLine() =>
        Run("قصفت طائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار يوم الاثنين 5 شباط 2024 دون خسائر.").Dates.ShouldAllBe(d => d.Line == null);

    private const string Tweeted = "قصف صاروخي يستهدف قاعدة عين الأسد\n\n"
        + "سقطت ثلاثة صواريخ منتصف ليلة أمس على قاعدة عين الأسد الجوية في محافظة الأنبار، بحسب مصدر أمني. "
        + "وكانت القاعدة قد استهدفت في آذار بطائرة مسيرة.\n"
        + "— Security Media Cell (@SMCIraq) March 9, 2023\n"
        + "ولم تعلن أي جهة مسؤوليتها عن الهجوم.";

    [Fact]
    public void WithoutPublicationAQuotedTweetsDateAnchorsOtherDatesToTheMonth()
    {
        var facts = Run(Tweeted);
        facts.PublishedAt.ShouldBeNull();
        facts.Dates.Single(d => d.Span.Text == "ليلة أمس").Value.ShouldBe("2023-03");
        facts.Dates.Single(d => d.Span.Text.StartsWith("آذار", StringComparison.Ordinal)).Value.ShouldBe("2023-03");
    }

    [Fact]
    public void APublicationDateWinsOverATweetsDate() =>
        Run(Tweeted, new DateOnly(2023, 3, 10)).Dates.Single(d => d.Span.Text == "ليلة أمس").Value.ShouldBe("2023-03-09");

    [Fact]
    public void ABannerTakenForTheHeadlineAnchorsNothingButIsReadInBothCalendars()
    {
        var facts = Run("الخميس 31 أكتوبر 2024 الموافق 28 ربيع الثاني 1446\nرئيس التحرير\n\nسقطت ثلاثة صواريخ ليلة أمس على قاعدة عين الأسد الجوية في محافظة الأنبار، بحسب مصدر أمني.");
        facts.Dates.Single(d => d.Span.Text == "ليلة أمس").Value.ShouldBeNull();
        facts.Dates.Where(d => d.Line == 1).Select(d => d.Value).ShouldBe(["2024-10-31", "2024-10-31"]);
    }

    /// <summary>
    /// A time at the sentence's end, after a source given with a preposition (حسب مصدر في الشرطة), dates the attack: the
    /// source phrase does not take it out of reach, and a preposition tells no statement of its own. After a reporting
    /// verb told after the attack (وقال مصدر، صباح الخميس، إن), the time is the statement's.
    /// </summary>
    [Theory]
    [InlineData("سقطت قذيفتا هاون على مقر للشرطة الاتحادية في قضاء سامراء دون وقوع إصابات، حسب مصدر في الشرطة، صباح الخميس.", "2024-02-08")]
    [InlineData("سقطت قذيفتا هاون على مقر للشرطة الاتحادية في قضاء سامراء دون وقوع إصابات، وقال مصدر في الشرطة، صباح الخميس، إن التحقيق جار.", null)]
    public void ATimeAfterASourceGivenWithAPrepositionDatesTheAttack(string text, string? date) =>
        (Run(text, new DateOnly(2024, 2, 8)).Incidents.ShouldHaveSingleItem().Date?.Value).ShouldBe(date);
}
