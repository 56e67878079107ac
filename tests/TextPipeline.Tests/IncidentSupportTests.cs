using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>Every value of an incident carries the words that support it, and its evidence is the sentences that tell it.</summary>
public class IncidentSupportTests
{
    private static string Words(Incident incident, IncidentField field) =>
        incident.Support.Where(s => s.Field == field).ShouldHaveSingleItem().Span.Text;

    [Fact]
    public void EachFigureIsSupportedByTheWordsThatStateIt()
    {
        const string text = "سقط صاروخان من طراز كاتيوشا داخل قاعدة عين الأسد الجوية في الأنبار فجر الثلاثاء، ما أسفر عن إصابة ثلاثة جنود.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();

        incident.WeaponCount.ShouldBe(2);
        Words(incident, IncidentField.WeaponCount).ShouldContain("صاروخان");
        Words(incident, IncidentField.Place).ShouldBe("قاعدة عين الأسد الجوية");
        Words(incident, IncidentField.Date).ShouldContain("الثلاثاء");
        Words(incident, IncidentField.Wounded).ShouldContain("ثلاثة جنود");
        // The rockets fell: not shot down, and the landing word says so.
        incident.Intercepted.ShouldBe(false);
        Words(incident, IncidentField.Intercepted).ShouldBe("سقط");
        Words(incident, IncidentField.Type).ShouldNotBeEmpty();
        incident.Support.ShouldNotContain(s => s.Field == IncidentField.Killed);
    }

    [Fact]
    public void CasualtiesOfALaunchedWeaponSupportItsNotBeingShotDown()
    {
        const string text = "استهدف صاروخ قاعدة حرير في أربيل مساء الأحد، ما أدى إلى مقتل جنديين.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();

        incident.Killed.ShouldBe(2);
        incident.Intercepted.ShouldBe(false);
        Words(incident, IncidentField.Intercepted).ShouldBe(Words(incident, IncidentField.Killed));
        Words(incident, IncidentField.Killed).ShouldContain("مقتل جنديين");
    }

    [Fact]
    public void AnInterceptionIsSupportedByItsVerbAndAClaimantByItsName()
    {
        const string text = "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة، فيما أسقطت الدفاعات الجوية الطائرة قبل وصولها.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();

        incident.Intercepted.ShouldBe(true);
        Words(incident, IncidentField.Intercepted).ShouldContain("أسقطت");
        var perpetrator = incident.Support.Where(s => s.Field == IncidentField.Perpetrator).ShouldHaveSingleItem();
        perpetrator.Value.ShouldBe(incident.PerpetratorIds.ShouldHaveSingleItem());
        perpetrator.Span.Text.ShouldContain("المقاومة الإسلامية");
    }

    [Fact]
    public void EvidenceListsOnlyTheSentencesThatTellTheIncident()
    {
        const string text = "استهدف هجوم بثلاث طائرات مسيرة قاعدة التنف مساء الأحد. "
            + "وتقع القاعدة قرب المثلث الحدودي وتضم مئات الجنود منذ سنوات طويلة. "
            + "وأضاف المصدر أن الهجوم لم يسفر عن إصابات.";
        var facts = TestLexicons.Run(text);
        var incident = facts.Incidents.ShouldHaveSingleItem();

        incident.Sentences.Count.ShouldBe(2);
        incident.Sentences[0].Text.ShouldStartWith("استهدف هجوم");
        incident.Sentences[1].Text.ShouldContain("لم يسفر عن إصابات");
        incident.Sentences.ShouldNotContain(s => s.Text.Contains("المثلث الحدودي"));
        Words(incident, IncidentField.Killed).ShouldContain("لم يسفر عن إصابات");
    }

    [Theory]
    [InlineData("أفادت مصادر محلية بسقوط أربع قذائف هاون على معسكر في محيط مطار بغداد الدولي دون وقوع خسائر بشرية.")]
    [InlineData("شنت طائرات حربية أمريكية غارات على مواقع لفصيل مسلح في القائم غربي الأنبار أسفرت عن مقتل خمسة مسلحين.")]
    [InlineData("انفجرت عبوة ناسفة بدورية للجيش العراقي على طريق سريع في الديوانية وأصيب اثنان من الجنود.")]
    public void EverySpanLiesInTheTextAndInsideASupportingSentence(string text)
    {
        var facts = TestLexicons.Run(text);
        var incident = facts.Incidents.ShouldHaveSingleItem();

        incident.Support.ShouldNotBeEmpty();
        foreach (var support in incident.Support)
        {
            facts.Article.Text.Substring(support.Span.Start, support.Span.Length).ShouldBe(support.Span.Text);
            incident.Sentences.ShouldContain(s => s.Start <= support.Span.Start && support.Span.End <= s.End, support.ToString());
        }
        // One span per single-valued field, none for a value the incident does not have.
        foreach (var field in new[] { IncidentField.Type, IncidentField.Place, IncidentField.WeaponCount, IncidentField.Killed, IncidentField.Wounded, IncidentField.Intercepted })
        {
            incident.Support.Count(s => s.Field == field).ShouldBeLessThanOrEqualTo(1, field.ToString());
        }
        incident.Support.Any(s => s.Field == IncidentField.WeaponCount).ShouldBe(incident.WeaponCount is not null);
        incident.Support.Any(s => s.Field == IncidentField.Killed).ShouldBe(incident.Killed is not null);
        incident.Support.Any(s => s.Field == IncidentField.Wounded).ShouldBe(incident.Wounded is not null);
    }
}

/// <summary>An attack dated more than a week before the report, told after the article's own news, is recalled.</summary>
public class RecalledAttackTests
{
    private static ArticleFacts Run(string text, string publishedAt) =>
        new ArticlePipeline(TestLexicons.Fixture).Run(new ArticleInput(text, PublishedAt: DateOnly.Parse(publishedAt, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AnOldDayAfterTodaysAttackIsBackground()
    {
        var facts = Run("سقط صاروخان على قاعدة حرير في أربيل مساء الأحد دون إصابات. "
            + "وكانت قاعدة عين الأسد الجوية قد تعرضت لهجوم بثلاثة صواريخ في 2 آذار 2024.", "2024-03-25");

        facts.Incidents.Count.ShouldBe(2);
        facts.Incidents.Single(i => i.PlaceId == "harir").Background.ShouldBeFalse();
        facts.Incidents.Single(i => i.PlaceId == "ain-al-asad").Background.ShouldBeTrue();
    }

    [Theory]
    // The article's own story, dated nine days back: nothing was told before it.
    [InlineData("كشف مسؤول أن هجوما بعشرة صواريخ استهدف قاعدة عين الأسد الجوية في 2 آذار 2024 أدى إلى إصابة جنود.", "2024-03-11")]
    // Two days back is still the news of the day.
    [InlineData("سقط صاروخان على قاعدة حرير في أربيل مساء الأحد. وتعرضت قاعدة عين الأسد الجوية لهجوم بثلاثة صواريخ في 9 آذار 2024.", "2024-03-11")]
    public void TheStoryItselfOrARecentDayIsNot(string text, string publishedAt) =>
        Run(text, publishedAt).Incidents.ShouldAllBe(i => !i.Background);
}
