using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// A headline whose casualty figure disagrees with the body's for the one attack the article reports leaves that figure
/// unknown: neither is picked. A headline that agrees, or states no figure, changes nothing, and with two current
/// attacks the headline's figure is about neither in particular. Sentences written here.
/// </summary>
public class HeadlineFigureTests
{
    private static readonly ArticlePipeline Pipeline = new(RepoFiles.Lexicons);

    private static IReadOnlyList<Incident> Incidents(string title, string text) =>
        Pipeline.Run(new ArticleInput(text, title, new DateOnly(2026, 1, 10))).Incidents;

    private const string Body = "قتل ثلاثة جنود، وأصيب 24 آخرون، في هجوم بطائرة مسيرة على قاعدة التنف فجر اليوم.";

    [Theory]
    [InlineData("مقتل 3 جنود وإصابة 42 آخرين بهجوم مسيرة على قاعدة التنف", 3, null)]
    [InlineData("مقتل خمسة جنود أمريكيين وإصابة العشرات في هجوم على التنف", null, 24)]
    [InlineData("مقتل 3 جنود وإصابة 24 آخرين بهجوم مسيرة على قاعدة التنف", 3, 24)]
    [InlineData("هجوم بطائرة مسيرة على قاعدة التنف", 3, 24)]
    public void AFigureTheHeadlineGivesOtherwiseIsLeftUnknown(string title, int? killed, int? wounded)
    {
        var incident = Incidents(title, Body).ShouldHaveSingleItem();
        incident.Killed.ShouldBe(killed);
        incident.Wounded.ShouldBe(wounded);
        incident.Support.ShouldNotContain(s => s.Field == IncidentField.Wounded && wounded == null);
    }

    /// <summary>
    /// A page with no headline line gets its first words as a title; they are the first sentence cut short, not a
    /// second statement, so a figure they cut (امرأة، of "امرأة وطفلين") does not disagree with the whole one.
    /// </summary>
    [Fact]
    public void TheFirstWordsOfTheTextAreNoHeadline()
    {
        const string text = "سقط صاروخ على منزل قرب مطار بغداد، ما أدى إلى إصابة امرأة وطفلين بجروح، بحسب مصادر أمنية.";
        Pipeline.Run(new ArticleInput(text, PublishedAt: new DateOnly(2026, 1, 10))).Incidents.ShouldHaveSingleItem().Wounded.ShouldBe(3);
    }

    [Fact]
    public void WithTwoCurrentAttacksTheHeadlineFigureIsAboutNeither()
    {
        var incidents = Incidents("مقتل 5 جنود في هجومين على قاعدتين أمريكيتين",
            Body + " وفي وقت لاحق، قتل جنديان في هجوم صاروخي على قاعدة عين الأسد.");
        incidents.Where(i => !i.Background).Select(i => i.Killed).Order().ShouldBe([2, 3]);
    }
}
