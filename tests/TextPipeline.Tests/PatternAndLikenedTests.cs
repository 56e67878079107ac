using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>Plural attacks over a span of time are a pattern; an attack likened to another struck the same target.</summary>
public class PatternAndLikenedTests
{
    private static ArticleFacts Run(string text, string publishedAt = "2024-03-05") =>
        new ArticlePipeline(TestLexicons.Fixture).Run(new ArticleInput(text, PublishedAt: DateOnly.Parse(publishedAt, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("يذكر أن الولايات المتحدة تستخدم منذ عام 2014 قاعدة عين الأسد الجوية في تنفيذ ضربات ضد تنظيم داعش.")]
    [InlineData("وتتعرض قاعدة حرير في أربيل منذ أشهر لهجمات متكررة تتبناها فصائل مسلحة.")]
    [InlineData("وشن التحالف الدولي خلال السنوات الماضية غارات على مواقع التنظيم في الأنبار.")]
    public void PluralAttacksOverASpanOfTimeAreAPattern(string sentence) =>
        Run(sentence).Incidents.ShouldBeEmpty();

    [Theory]
    [InlineData("شنت طائرات حربية غارات على مواقع في الأنبار فجر اليوم، في أعنف قصف منذ أشهر.")]
    [InlineData("تعرضت قاعدة حرير في أربيل مساء الأحد لهجمات بطائرات مسيرة هي الأولى منذ أسابيع.")]
    public void ADayMakesThemOneNightsAttacks(string sentence) =>
        Run(sentence).Incidents.ShouldHaveSingleItem().Background.ShouldBeFalse();

    [Fact]
    public void ALikenedAttackWithItsPlaceUnsaidStruckTheSameTargetOnItsOwnDay()
    {
        var facts = Run("تعرضت قاعدة حرير في أربيل لهجوم بطائرة مسيرة مساء الأحد دون إصابات. "
            + "وكانت قد شهدت هجوما مماثلا في الثامن من كانون الثاني الماضي.");

        facts.Incidents.Count.ShouldBe(2);
        facts.Incidents.ShouldAllBe(i => i.PlaceId == "harir" && i.Type == IncidentType.Drone);
        var earlier = facts.Incidents.Single(i => i.Date!.Value == "2024-01-08");
        earlier.Background.ShouldBeTrue();
        facts.Incidents.Single(i => i.Date!.Value == "2024-03-03").Background.ShouldBeFalse();
    }

    /// <summary>
    /// A likened attack described by a verb after it in its clause (هجوم مماثل استهدف قاعدة حرير) is at the verb's place,
    /// not at the place of the attack it is likened to: one earlier attack, there.
    /// </summary>
    [Fact]
    public void ALikenedAttackAVerbDescribesIsAtTheVerbsPlace()
    {
        var facts = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(
            "سقط صاروخان على قاعدة عين الأسد مساء أمس. ويأتي الهجوم بعد أسبوع من هجوم مماثل استهدف قاعدة حرير بطائرتين مسيرتين.",
            PublishedAt: new DateOnly(2024, 1, 29)));
        facts.Incidents.Select(i => (i.PlaceId, i.Background)).Order().ShouldBe([("ain-al-asad", false), ("harir-air-base", true)]);
    }

    [Fact]
    public void ALikenedAttackOnAnEarlierDayIsAnotherAttackThoughTheReportIsUndated()
    {
        // No publication date: the day cannot be resolved, but a month called past is before the report's own.
        var facts = new ArticlePipeline(TestLexicons.Fixture).Run(new ArticleInput(
            "أسقطت الدفاعات الجوية طائرة مسيرة حاولت استهداف قاعدة حرير في أربيل. "
            + "ولم يكن هذا أول هجوم على القاعدة، إذ شهدت هجوما مماثلا في العاشر من آذار الماضي."));

        facts.Incidents.Count.ShouldBe(2);
        facts.Incidents.ShouldAllBe(i => i.PlaceId == "harir" && i.Type == IncidentType.Drone);
        facts.Incidents.Count(i => i.Background).ShouldBe(1);
    }

    [Theory]
    // A comparison with no day of its own names no other attack.
    [InlineData("سقطت ثلاثة صواريخ على قاعدة حرير في أربيل مساء الأحد. وهذه أول مرة منذ سنوات يصاب فيها مدنيون في هجوم مماثل.")]
    // The month the report is in (الجاري) is its own story's month.
    [InlineData("سقطت ثلاثة صواريخ على قاعدة حرير في أربيل في العاشر من آذار الجاري.")]
    public void AnUndatedLikeningOrTheCurrentMonthMakesNoEarlierAttack(string text) =>
        new ArticlePipeline(TestLexicons.Fixture).Run(new ArticleInput(text)).Incidents.ShouldHaveSingleItem().Background.ShouldBeFalse();

    /// <summary>
    /// The verb of a sentence that tells a likened attack (تعرضت ... لهجوم مماثل بثلاثة صواريخ) tells that attack too: one
    /// earlier attack, of the weapon named, not one of it and one of no kind.
    /// </summary>
    [Theory]
    [InlineData("سقطت ستة صواريخ على قاعدة حرير في أربيل مساء الأحد. وكانت القاعدة قد تعرضت في الثامن من كانون الثاني الماضي لهجوم مماثل بثلاثة صواريخ.")]
    [InlineData("سقطت ستة صواريخ على قاعدة حرير في أربيل مساء الأحد. وكانت قد تعرضت في الثامن من كانون الثاني الماضي لهجوم مماثل بثلاثة صواريخ كاتيوشا.")]
    public void TheSentenceTellingALikenedAttackTellsOneAttack(string text)
    {
        var facts = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text, PublishedAt: new DateOnly(2024, 3, 5)));

        facts.Incidents.Select(i => $"{i.Type} {i.PlaceId} {i.Date?.Value} {i.WeaponCount}").ShouldBe(["Rocket harir-air-base 2024-03-03 6", "Rocket harir-air-base 2024-01-08 3"], ignoreOrder: true);
        var earlier = facts.Incidents.Where(i => i.Background).ShouldHaveSingleItem();
        earlier.Type.ShouldBe(IncidentType.Rocket);
        earlier.WeaponCount.ShouldBe(3);
        earlier.Date!.Value.ShouldBe("2024-01-08");
        facts.Incidents.Single(i => !i.Background).WeaponCount.ShouldBe(6);
    }

    /// <summary>
    /// An ordinal right before the attack noun counts it among others (ثاني هجوم خلال أسبوع: no one attack of its own);
    /// the ordinal of a month's name before it (كانون الثاني، تشرين الثاني) is a date.
    /// </summary>
    [Theory]
    [InlineData("تعرضت قاعدة حرير الجوية في الثامن من كانون الثاني الماضي لهجوم صاروخي.", 1)]
    [InlineData("تعرضت قاعدة حرير الجوية في 8 تشرين الثاني الماضي لهجوم بطائرة مسيرة.", 1)]
    [InlineData("وهذا ثاني هجوم تتعرض له قاعدة حرير الجوية خلال أسبوع.", 0)]
    public void AnOrdinalCountsTheAttackOnlyRightBeforeIt(string sentence, int incidents) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(sentence, PublishedAt: new DateOnly(2024, 3, 5))).Incidents.Count.ShouldBe(incidents);

    /// <summary>
    /// "عدوان" in the words of Syrian official media is an attack: dated and placed, it is one; told over a span of time
    /// it is a war, no event. Confronted (تصدت الدفاعات لعدوان), an attack of no known weapon is not said intercepted.
    /// </summary>
    [Fact]
    public void AnAggressionDatedAndPlacedIsAnAttack()
    {
        var incident = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(
            "تصدت الدفاعات الجوية السورية لعدوان إسرائيلي على مواقع في ريف دمشق فجر اليوم.", PublishedAt: new DateOnly(2024, 2, 11))).Incidents.ShouldHaveSingleItem();
        incident.PerpetratorIds.ShouldBe(["israeli-military"]);
        incident.Date!.Value.ShouldBe("2024-02-11");
        incident.Intercepted.ShouldBeNull();
    }

    [Theory]
    [InlineData("وتواصل إسرائيل عدوانها على غزة منذ أشهر.")]
    [InlineData("وأدانت الخارجية السورية العدوان الإسرائيلي المستمر على الأراضي السورية منذ سنوات.")]
    public void AnAggressionOverASpanOfTimeIsNoEvent(string sentence) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(sentence, PublishedAt: new DateOnly(2024, 2, 11))).Incidents.ShouldBeEmpty();

    [Fact]
    public void AnAttackNotLikenedGetsNoBorrowedPlace() =>
        Run("تعرضت قاعدة حرير في أربيل لهجوم بطائرة مسيرة مساء الأحد. وقالت مصادر إن هجوما آخر وقع في الثامن من كانون الثاني الماضي.")
            .Incidents.ShouldHaveSingleItem().Date!.Value.ShouldBe("2024-03-03");
}

/// <summary>A town only the gazetteer knows places an attack told as one event, when no lexicon place does.</summary>
public class GazetteerTownPlacesAnAttackTests
{
    private static readonly Lexicons WithTown = TestLexicons.Fixture with
    {
        Places = [.. TestLexicons.Places, new PlaceEntry("gn-1", "داقوق", "Daquq", PlacePrecision.City, "Iraq", 35.14, 44.45, ["داقوق"]) { FromGazetteer = true }],
    };

    private static ArticleFacts Run(string text) =>
        new ArticlePipeline(WithTown).Run(new ArticleInput(text, PublishedAt: new DateOnly(2024, 3, 5)));

    [Fact]
    public void ATownPlacesAnAttackWithAWeaponAndATime() =>
        Run("سقطت ثلاث قذائف هاون على منزل في داقوق مساء الأحد دون إصابات.").Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("gn-1");

    [Theory]
    // No weapon named: an attack with no kind is not placed by a town.
    [InlineData("وقع هجوم في داقوق مساء الأحد.")]
    // A pattern over time.
    [InlineData("تتعرض داقوق لقذائف هاون خلال الأشهر الماضية.")]
    public void ATownPlacesNoUntypedOrPatternAttack(string text) =>
        Run(text).Incidents.ShouldBeEmpty();

    [Fact]
    public void ALexiconPlaceNearTheAttackWinsOverATown() =>
        Run("سقطت ثلاث قذائف هاون على قاعدة كالسو قرب داقوق مساء الأحد.").Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("kalsu");
}

/// <summary>A many-word name between the attack word and its place counts as one word of the distance between them.</summary>
public class PlaceReachOverNamesTests
{
    private static IReadOnlyList<Incident> Run(string text) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text, PublishedAt: new DateOnly(2024, 3, 5))).Incidents;

    [Fact]
    public void ANameDoesNotPushThePlaceOutOfReach() =>
        Run("وكان طيران حربي مجهول قد قصف قبل أيام مخزنا للأسلحة تابعا لـ «كتائب سيد الشهداء» على بعد 5 كلم عن قلعة الرحبة بأطراف مدينة الميادين.")
            .ShouldHaveSingleItem().PlaceId.ShouldBe("mayadin");

    [Fact]
    public void AsManyOrdinaryWordsStillDo() =>
        Run("وكان طيران حربي مجهول قد قصف قبل أيام مخزنا للأسلحة والذخائر القديمة التي جمعها المسلحون منذ سنوات طويلة على بعد 5 كلم عن قلعة الرحبة بأطراف مدينة الميادين.")
            .ShouldBeEmpty();
}

/// <summary>An attack told on two months joined by و (في شهري آذار وتموز) is one attack in each; the figures after both are the first's.</summary>
public class CoordinatedMonthsTests
{
    private static IReadOnlyList<Incident> Run(string text) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text, PublishedAt: new DateOnly(2024, 11, 20))).Incidents;

    [Fact]
    public void TwoMonthsAreTwoAttacks()
    {
        var earlier = Run("تعرضت قاعدة التنف لقصف صاروخي فجر اليوم دون إصابات. "
            + "وسبق لهذه القاعدة أن استهدفت في شهري آذار وتموز الماضيين بصواريخ، أسفرت عن إصابة جنديين في آذار.").Where(i => i.Background).ToList();

        earlier.Select(i => i.Date!.Value).ShouldBe(["2024-03", "2024-07"]);
        earlier.ShouldAllBe(i => i.PlaceId == "al-tanf" && i.Type == IncidentType.Rocket);
        earlier.Select(i => i.Wounded).ShouldBe([2, null]);
    }

    [Theory]
    [InlineData("وسبق لهذه القاعدة أن استهدفت في آذار الماضي بصواريخ أسفرت عن إصابة جنديين.")]
    // A month and a day of it are one date, not two.
    [InlineData("وسبق لهذه القاعدة أن استهدفت في آذار الماضي وتحديدا يوم الخامس منه بصواريخ أسفرت عن إصابة جنديين.")]
    public void OneMonthIsOneAttack(string sentence) =>
        Run("تعرضت قاعدة التنف لقصف صاروخي فجر اليوم دون إصابات. " + sentence).Count(i => i.Background).ShouldBe(1);
}
