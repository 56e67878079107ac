using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// Conventions of news writing that decide whether words tell an attack, and whose and where: a drill is no attack, a
/// habit blamed names no doer, fire "from the direction of" a place did not land there, a purpose says where the weapon
/// was aimed, "طائرة بدون طيار" negates nothing, allies named by two adjectives both attacked, and "بجازان" is in Jizan.
/// Sentences written here, in the styles of SANA, Saba, SPA, Anadolu and Iraqi outlets; each rule both ways.
/// </summary>
public class NewsConventionTests
{
    private static ArticleFacts Run(string text, string publishedAt = "2024-03-05") =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text, PublishedAt: DateOnly.Parse(publishedAt, System.Globalization.CultureInfo.InvariantCulture)));

    private static string NameEn(string? placeId) => RepoFiles.Lexicons.Places.Single(p => p.Id == placeId).NameEn;

    [Theory]
    [InlineData("اختتمت القوات العراقية والأمريكية، اليوم الخميس، تمرينا مشتركا في قاعدة عين الأسد، تضمن التدريب على التصدي للطائرات المسيرة وإسقاطها.")]
    [InlineData("نفذت وحدات الدفاع الجوي تدريبات على اعتراض الصواريخ في قاعدة حرير الجوية صباح اليوم.")]
    [InlineData("وقال ضابط إن المناورة تحاكي هجوما بطائرات مسيرة على قاعدة التنف.")]
    public void ADrillIsNoAttack(string sentence) => Run(sentence).Incidents.ShouldBeEmpty();

    [Fact]
    public void AnAttackOnATrainingCampIsAnAttack() =>
        Run("استهدف هجوم بطائرة مسيرة معسكر زليكان التركي في بعشيقة، صباح اليوم.").Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("bashiqa-base");

    [Theory]
    [InlineData("وتعرضت قاعدة عين الأسد لهجمات بطائرات مسيرة في السنوات الماضية.")]
    [InlineData("وشهدت قاعدة حرير الجوية هجمات صاروخية في الأشهر الأخيرة.")]
    [InlineData("يشار إلى أن العديد من الهجمات الصاروخية حاولت على مدى الأشهر الماضية استهداف قاعدة عين الأسد.")]
    public void AttacksOverPastYearsOrMonthsAreAPattern(string sentence) => Run(sentence).Incidents.ShouldBeEmpty();

    [Fact]
    public void TheRaidThatCausedAPatternIsAnEventOfItsOwn()
    {
        var incident = Run("وهذا الهجوم هو الأول منذ أسابيع، وهي الهجمات التي اندلعت بسبب غارة جوية أمريكية بطائرة مسيرة قتلت قائدا بارزا في بغداد العام الماضي.")
            .Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.Background).ShouldBe((IncidentType.Airstrike, "baghdad", true));
    }

    [Fact]
    public void TheLatestOfAPatternOnItsDayIsAnAttack()
    {
        var incident = Run("تعرضت قاعدة عين الأسد لهجمات بطائرات مسيرة في الأشهر الماضية، آخرها هجوم بثلاث طائرات مسيرة يوم الثلاثاء.", "2023-11-02")
            .Incidents.ShouldHaveSingleItem();
        (incident.PlaceId, incident.Date?.Value, incident.WeaponCount).ShouldBe(("ain-al-asad", "2023-10-31", 3));
    }

    [Theory]
    [InlineData("ولم تتبن أي جهة الهجوم، لكن واشنطن تتهم عادة فصائل عراقية مسلحة مقربة من إيران بالوقوف وراء مثل هذه الهجمات.")]
    [InlineData("ولم تعلن أي جهة مسؤوليتها، وغالبا ما تتهم الولايات المتحدة كتائب حزب الله بالوقوف وراء الهجمات على قواتها.")]
    [InlineData("ولم يتبن أحد الهجوم، فيما اتهمت واشنطن مرارا كتائب حزب الله بالوقوف خلف هجمات مماثلة.")]
    public void AHabitBlamedNamesNoDoer(string followUp)
    {
        var incident = Run("سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية فجر اليوم. " + followUp).Incidents.ShouldHaveSingleItem();
        incident.PerpetratorIds.ShouldBeEmpty();
    }

    [Fact]
    public void AnAccusationOfTheAttackToldNamesItsDoer() =>
        Run("سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية فجر اليوم. واتهمت واشنطن كتائب حزب الله بالوقوف وراء الهجوم.")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(["kataib-hezbollah"]);

    [Fact]
    public void FireFromTheDirectionOfAPlaceDidNotLandThere()
    {
        var incident = Run("وقال مصدر عسكري إنه حوالي الساعة الثانية من فجر اليوم نفذ العدو الإسرائيلي عدوانا جويا برشقات من الصواريخ من اتجاه "
            + "شمال شرق بحيرة طبريا مستهدفا مطار دمشق الدولي ومحيطه.").Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.PerpetratorIds.Single()).ShouldBe((IncidentType.Airstrike, "damascus-international-airport", "israel"));
    }

    [Fact]
    public void APlaceNorthEastOfACityWithoutADirectionFromIsWhereItHit() =>
        Run("قصفت طائرات إسرائيلية فجر اليوم مواقع شمال شرق مدينة حمص.").Incidents.ShouldHaveSingleItem().PlaceId.ShouldNotBeNull();

    [Fact]
    public void AnAirAggressionTargetingATownIsPlacedThere()
    {
        var incident = Run("نحو الساعة 11:30 من مساء اليوم نفذ العدو الإسرائيلي عدوانا جويا برشقات من الصواريخ من اتجاه شمال شرق بيروت "
            + "مستهدفا بعض النقاط في محيط مدينة مصياف، وأدى العدوان إلى إصابة 5 عسكريين بجروح.", "2023-08-26").Incidents.ShouldHaveSingleItem();
        (NameEn(incident.PlaceId), incident.Wounded, incident.Date?.Value).ShouldBe(("Masyaf", 5, "2023-08-26"));
    }

    [Fact]
    public void ATargetedSiteVisitedIsNoAttack() =>
        Run("وزار وزير الدفاع الموقع المستهدف في مدينة مصياف صباح اليوم برفقة عدد من الضباط.").Incidents.ShouldBeEmpty();

    [Theory]
    [InlineData("اعترضت قوات التحالف صباح اليوم طائرة بدون طيار أطلقها الحوثيون باتجاه جازان.", "Jizan")]
    [InlineData("تمكنت قوات التحالف صباح اليوم من اعتراض وتدمير طائرة بدون طيار مفخخة أطلقتها الميليشيا الحوثية باتجاه خميس مشيط.", "Khamis Mushait")]
    public void ADroneWithoutAPilotNegatesNoLaunch(string sentence, string town)
    {
        var incident = Run(sentence).Incidents.ShouldHaveSingleItem();
        (incident.Type, NameEn(incident.PlaceId), incident.Intercepted, incident.PerpetratorIds.Single()).ShouldBe((IncidentType.Drone, town, true, "houthis"));
    }

    [Fact]
    public void ALaunchDeniedIsStillNoAttack() =>
        Run("نفى الحوثيون إطلاق أي طائرة بدون طيار باتجاه جازان، صباح اليوم.").Incidents.ShouldBeEmpty();

    [Fact]
    public void APurposeSaysWhereTheWeaponWasAimed() =>
        NameEn(Run("اعترضت قوات التحالف صباح اليوم طائرة مسيرة أطلقتها الميليشيا الحوثية لاستهداف المدنيين بخميس مشيط.")
            .Incidents.ShouldHaveSingleItem().PlaceId).ShouldBe("Khamis Mushait");

    [Fact]
    public void TargetingAsASupportVerbsObjectIsTheAttack()
    {
        var incident = Run("تعرضت قاعدة عين الأسد لاستهداف بطائرة مسيرة صباح اليوم.").Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId).ShouldBe((IncidentType.Drone, "ain-al-asad"));
    }

    [Theory]
    [InlineData("شن العدوان الأمريكي البريطاني، فجر اليوم السبت، خمس غارات على مديرية الصليف بمحافظة الحديدة.")]
    [InlineData("شنت طائرات أمريكية وبريطانية غارات على مطار الحديدة فجر اليوم.")]
    public void AlliesNamedByTwoAdjectivesBothAttacked(string sentence) =>
        Run(sentence, "2024-02-24").Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldContain("british-forces");

    [Fact]
    public void AnAdjectiveOnTheTargetNamesNoAlly() =>
        Run("شنت طائرات أمريكية غارات على قاعدة بريطانية في الحديدة فجر اليوم.", "2024-02-24")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldNotContain("british-forces");

    [Fact]
    public void AHedgedOwnerOfTheAircraftIsTheDoer() =>
        Run("رصد المرصد السوري استهداف طائرات مجهولة يرجح أنها تابعة للتحالف الدولي مواقع للميليشيات في مدينة البوكمال فجر اليوم.")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(["global-coalition"]);

    [Fact]
    public void AnOwnerOnlyWonderedAboutIsNoDoer() =>
        Run("رصد المرصد السوري استهداف طائرات مجهولة مواقع للميليشيات في مدينة البوكمال فجر اليوم، ولم يعرف إن كانت تابعة للتحالف الدولي.")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBeEmpty();

    [Theory]
    [InlineData("أعلنت خلية الإعلام الأمني، اليوم الاثنين، استشهاد ضابط ومنتسبين اثنين بانفجار عبوة ناسفة استهدفت عجلة عسكرية في قضاء المقدادية.", 3)]
    [InlineData("قتل ضابط وجنود ثلاثة بانفجار عبوة ناسفة في قضاء المقدادية اليوم.", 4)]
    public void AJoinedNounsCountMayFollowIt(string sentence, int killed) =>
        Run(sentence, "2023-12-18").Incidents.ShouldHaveSingleItem().Killed.ShouldBe(killed);

    [Fact]
    public void AJoinedPluralWithNoCountLeavesTheSumUnknown() =>
        Run("قتل ضابط ومدنيون بانفجار عبوة ناسفة في قضاء المقدادية اليوم.", "2023-12-18").Incidents.ShouldHaveSingleItem().Killed.ShouldBeNull();

    [Fact]
    public void AnAttackAnAnniversaryCommemoratesIsRecalled()
    {
        var incident = Run("أحيا الآلاف في بغداد، اليوم الأربعاء، الذكرى السنوية الرابعة لاغتيال قائد فيلق القدس قاسم سليماني بغارة أمريكية قرب مطار بغداد الدولي.", "2024-01-03")
            .Incidents.ShouldHaveSingleItem();
        (incident.Background, incident.Date).ShouldBe((true, null));
    }

    [Fact]
    public void AnAttackOnTheDayOfAVisitIsNotRecalled() =>
        Run("تعرضت قاعدة عين الأسد لهجوم صاروخي اليوم الأربعاء، بالتزامن مع زيارة وزير الدفاع إلى بغداد.", "2024-01-03")
            .Incidents.ShouldHaveSingleItem().Background.ShouldBeFalse();

    [Fact]
    public void ThePluperfectWithALongSubjectTellsTheDayBeforeAndItsDead()
    {
        var incidents = Run("أعلنت هيئة بحرية، اليوم الخميس، أن سفينة تجارية أبلغت عن انفجار على مقربة منها على بعد 50 ميلا بحريا جنوب غربي عدن. "
            + "وكان ثلاثة من طاقم سفينة \"ترو كونفيدنس\" قد قتلوا أمس الأربعاء في هجوم صاروخي حوثي في خليج عدن.", "2024-03-07").Incidents;
        var earlier = incidents.Single(i => i.Date?.Value == "2024-03-06");
        (earlier.Type, earlier.Killed, earlier.Background).ShouldBe((IncidentType.Missile, 3, true));
    }

    [Fact]
    public void ACountOfAGroupBeforeAPassiveIsItsFigureOnlyForPersons() =>
        Run("وكان ثلاثة من الصواريخ قد سقطت قرب قاعدة عين الأسد أمس الأربعاء دون أن يصاب أحد.", "2024-03-07")
            .Incidents.ShouldHaveSingleItem().Killed.ShouldNotBe(3);

    [Fact]
    public void WhatAnAttackIsLikenedToOverPastYearsIsNoAttack() =>
        Run("وقال ضابط إن المقاتلين تدربوا على صد هجمات مشابهة لتلك التي تعرضت لها قاعدة عين الأسد في السنوات الماضية.").Incidents.ShouldBeEmpty();

    [Fact]
    public void AMissileStrikeIsAMissileAttack() =>
        Run("نفذ الحرس الثوري ضربة صاروخية على مقر في مدينة أربيل فجر اليوم.").Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Missile);

    [Fact]
    public void AStrikeWithNoWordOfKindStaysAnAirStrike() =>
        Run("نفذت الطائرات الأمريكية ضربة على مقر في مدينة القائم فجر اليوم.").Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Airstrike);

    [Fact]
    public void TheDayATollRoseIsNotTheAttacksDay()
    {
        var incident = Run("أعلنت وزارة الدفاع الأمريكية، الثلاثاء، ارتفاع عدد المصابين جراء الضربة الصاروخية الإيرانية على قاعدة عين الأسد إلى 50. "
            + "وكانت إيران قد أطلقت في الثامن من يناير الجاري 16 صاروخا باليستيا على القاعدة.", "2020-01-29").Incidents.ShouldHaveSingleItem();
        (incident.Date?.Value, incident.WeaponCount, incident.Type).ShouldBe(("2020-01-08", 16, IncidentType.Missile));
    }

    [Fact]
    public void TheDayAReportToldOfDeathsDatesTheAttack() =>
        Run("أعلنت وزارة الدفاع، الثلاثاء، مقتل عدد من الجنود في هجوم صاروخي على قاعدة عين الأسد.", "2020-01-29")
            .Incidents.ShouldHaveSingleItem().Date?.Value.ShouldBe("2020-01-28");

    [Fact]
    public void ACountOfElevenOrMoreOverTwoJoinedWeaponsCountsNeither() =>
        Run("أطلقت إيران أكثر من 300 طائرة مسيرة وصاروخ على قاعدة نيفاتيم فجر اليوم.").Incidents.ShouldAllBe(i => i.WeaponCount == null);

    [Fact]
    public void AFewWeaponsAndAJoinedOneAreCountedApart()
    {
        var incidents = Run("أطلقت الفصائل ثلاثة صواريخ وطائرة مسيرة على قاعدة عين الأسد فجر اليوم.").Incidents;
        incidents.ShouldContain(i => i.WeaponCount == 3);
    }

    [Fact]
    public void ATownOfAnotherCountryThanItsWordsSayIsNotThePlace() =>
        Run("أعلنت المقاومة الإسلامية في لبنان أن مجاهديها استهدفوا ظهر اليوم موقع الرمثا في تلال كفرشوبا اللبنانية المحتلة بالأسلحة الصاروخية.")
            .Incidents.ShouldAllBe(i => i.PlaceId == null || NameEn(i.PlaceId) != "Ar Ramtha");

    [Fact]
    public void ATownWithItsOwnCountrysAdjectiveIsThePlace() =>
        NameEn(Run("استهدفت غارة إسرائيلية مدينة مصياف السورية فجر اليوم.").Incidents.ShouldHaveSingleItem().PlaceId).ShouldBe("Masyaf");

    [Fact]
    public void TheCountOfAGroupOfSoldiersBeforeItsPassiveIsTheDead()
    {
        var incident = Run("قال مصدر أمني إن ثلاثة من عناصر الشرطة الاتحادية استشهدوا وأصيب خامس بانفجار عبوة ناسفة استهدفت دوريتهم جنوبي كركوك، مساء الأحد.", "2021-09-06")
            .Incidents.ShouldHaveSingleItem();
        (incident.Killed, incident.Wounded).ShouldBe((3, 1));
    }

    [Fact]
    public void ASoldierOfAGroupIsOne() =>
        Run("قال مصدر أمني إن أحد عناصر الشرطة الاتحادية استشهد بانفجار عبوة ناسفة استهدفت دوريته جنوبي كركوك، مساء الأحد.", "2021-09-06")
            .Incidents.ShouldHaveSingleItem().Killed.ShouldBe(1);

    [Fact]
    public void AListOfTargetsEachWithItsPlaceAndWeaponIsOneAttackOnEach()
    {
        var incidents = Run("أعلنت المقاومة الإسلامية في العراق، اليوم السبت، استهداف قاعدة عين الأسد غربي العراق برشقة صاروخية، وقاعدة حرير في "
            + "أربيل بطائرة مسيرة، إضافة إلى قاعدة الشدادي في سوريا بطائرتين مسيرتين.", "2024-01-20").Incidents;
        incidents.Select(i => (i.PlaceId, i.Type, i.WeaponCount)).OrderBy(i => i.PlaceId).ShouldBe(
            [("ain-al-asad", IncidentType.Rocket, null), ("harir-air-base", IncidentType.Drone, 1), ("shaddadi-base", IncidentType.Drone, 2)]);
    }

    [Fact]
    public void AWordOfAdditionAfterAnAttackIsNoTargetList() =>
        Run("استهدفت طائرة مسيرة قاعدة عين الأسد فجر اليوم، إضافة إلى تصاعد التوتر في المنطقة.", "2024-01-20")
            .Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("ain-al-asad");

    [Fact]
    public void ATownAfterTheRefineryItHoldsIsThePlace()
    {
        var incident = Run("أعلن المتحدث العسكري أن سلاح الجو المسير نفذ فجر اليوم عملية بعشر طائرات مسيرة استهدفت مصفاة بقيق شرقي السعودية.", "2019-09-14")
            .Incidents.ShouldHaveSingleItem();
        (NameEn(incident.PlaceId), incident.WeaponCount, incident.PerpetratorIds.Single()).ShouldBe(("Abqaiq", 10, "houthis"));
    }

    [Fact]
    public void SuccessiveBlastsOnOneDayAreOneExplosionWhoseAllegedCauseDoesNotTypeIt()
    {
        var incident = Run("هزت انفجارات متتالية، مساء الإثنين، معسكر الصقر جنوبي بغداد، ما أدى إلى مقتل مدني وإصابة 29 آخرين. "
            + "وقالت قيادة العمليات المشتركة إن الانفجارات نجمت عن سوء التخزين، فيما رجحت مصادر أن تكون ناجمة عن ضربة جوية بطائرة مسيرة.", "2019-08-13")
            .Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.Killed, incident.Wounded).ShouldBe((IncidentType.Explosion, 1, 29));
        incident.TargetIds.ShouldBeEmpty();
    }

    [Fact]
    public void SuccessiveAttacksOverMonthsAreNone() =>
        Run("وتعرضت قاعدة عين الأسد لهجمات متتالية خلال الأشهر الماضية.").Incidents.ShouldBeEmpty();

    [Fact]
    public void ACauseToldAsTheReportsOwnTypesTheBlast() =>
        Run("هز انفجار، مساء الإثنين، معسكر الصقر جنوبي بغداد، وقالت مصادر إن الانفجار ناجم عن ضربة جوية بطائرة مسيرة.", "2019-08-13")
            .Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Airstrike);

    [Fact]
    public void ASiteLocatedNearAnotherIsThePlaceNotTheOtherOne() =>
        Run("أفاد مصدر أمني، فجر اليوم الجمعة، بأن منظومة سي رام في قاعدة فكتوريا قرب مطار بغداد الدولي أسقطت طائرة مسيرة مفخخة كانت تحلق فوق القاعدة.", "2022-01-28")
            .Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("victory-base-complex");

    [Fact]
    public void AnAttackNearASiteIsNearIt() =>
        Run("سقط صاروخ كاتيوشا قرب مطار بغداد الدولي فجر اليوم.", "2022-01-28")
            .Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("baghdad-international-airport");

    [Fact]
    public void AnotherAttackWithItsOwnTargetIsOneMore()
    {
        var incidents = Run("تبنت المقاومة الإسلامية في العراق، اليوم الاثنين، هجوما بالطائرات المسيرة على قاعدة عين الأسد الأمريكية غربي الأنبار، "
            + "وآخر على قاعدة حرير في أربيل.", "2024-01-15").Incidents;
        incidents.Select(i => i.PlaceId).Order().ShouldBe(["ain-al-asad", "harir-air-base"]);
        incidents.ShouldAllBe(i => i.Type == IncidentType.Drone && i.PerpetratorIds.Single() == "islamic-resistance-in-iraq");
    }

    [Fact]
    public void AnotherWordThatIsNoAttackAddsNone() =>
        Run("تبنت المقاومة الإسلامية في العراق، اليوم الاثنين، هجوما بطائرة مسيرة على قاعدة عين الأسد، وآخر ما قالته إن العمليات مستمرة.", "2024-01-15")
            .Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("ain-al-asad");

    [Fact]
    public void MembersOfAGroupThatLaunchedTheAttackAreItsDoer() =>
        Run("استشهد جنديان من الجيش العراقي، ليلة الأربعاء على الخميس، بهجوم شنه عناصر من تنظيم داعش على نقطة عسكرية في قضاء مخمور.", "2022-03-10")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(["isis"]);

    [Fact]
    public void MembersOfAGroupTargetedAreNoDoer() =>
        Run("قتل جنديان في هجوم استهدف عناصر من الجيش العراقي في قضاء مخمور فجر اليوم.", "2022-03-10")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBeEmpty();

    [Fact]
    public void AnOwnDroneThatFellThroughAFaultIsNoAttack() =>
        Run("سقطت طائرة مسيرة تابعة للجيش العراقي، صباح اليوم الاثنين، قرب قاعدة بلد الجوية أثناء رحلة تدريبية، بسبب عطل فني، دون وقوع إصابات.", "2023-06-12")
            .Incidents.ShouldBeEmpty();

    [Fact]
    public void ADroneThatHitInSpiteOfAFaultElsewhereIsAnAttack() =>
        Run("استهدفت طائرة مسيرة مفخخة قاعدة بلد الجوية صباح اليوم الاثنين، فيما تسبب عطل فني في انقطاع الكهرباء عن القاعدة.", "2023-06-12")
            .Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Drone);

    [Fact]
    public void ADroneShotDownInThePassiveIsAnInterceptedAttack()
    {
        var incident = Run("أفادت مصادر أمنية بأن طائرة مسيرة تم إسقاطها قرب قاعدة حرير الجوية شمالي أربيل، فجر اليوم الاثنين، قبل وصولها إلى هدفها.", "2024-02-05")
            .Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.Intercepted).ShouldBe((IncidentType.Drone, "harir-air-base", true));
    }

    [Theory]
    [InlineData("أطلق الحرس الثوري الإيراني صواريخ على مقر في مدينة أربيل فجر اليوم.")]
    [InlineData("شنت إيران هجوما صاروخيا على قاعدة عين الأسد فجر اليوم.")]
    public void AStatesRocketsAtAnotherCountryAreMissiles(string sentence) =>
        Run(sentence).Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Missile);

    [Fact]
    public void AMilitiasRocketsAreRockets() =>
        Run("أطلقت فصائل موالية لإيران صواريخ على قاعدة عين الأسد فجر اليوم.").Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Rocket);
}
