using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class IncidentExtractorTests
{
    [Theory]
    [InlineData("أفاد مصدر أمني بسقوط ثلاثة صواريخ كاتيوشا قرب قاعدة فكتوريا في محيط مطار بغداد الدولي دون أن تسفر عن إصابات.", IncidentType.Rocket, "victoria", 3, 0, 0)]
    [InlineData("استهدفت طائرة مسيرة مفخخة قاعدة حرير في أربيل فجر اليوم.", IncidentType.Drone, "harir", 1, null, null)]
    [InlineData("قتل جنديان وأصيب أربعة آخرون بانفجار عبوة ناسفة استهدفت رتلا للدعم اللوجستي في الديوانية.", IncidentType.Ied, "diwaniyah", 1, 2, 4)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بطائرتين مسيرتين.", IncidentType.Drone, "tanf", 2, null, null)]
    [InlineData("ذكرت شفق نيوز أن قذيفتي هاون سقطتا داخل قاعدة عين الأسد الجوية في الأنبار من دون تسجيل أي خسائر.", IncidentType.Shelling, "ain-al-asad", 2, 0, 0)]
    [InlineData("قال مصدر في شرطة دهوك لرووداو إن هجوما بطائرة مسيرة استهدف موقعا لقوات البشمركة في دهوك مساء أمس.", IncidentType.Drone, "duhok", 1, null, null)]
    [InlineData("سقط صاروخ قرب مطار بغداد الدولي ليلة الأحد.", IncidentType.Rocket, "baghdad-airport", 1, null, null)]
    [InlineData("ودوت انفجارات قوية في قاعدة كالسو جنوب بغداد أسفرت عن مقتل ثلاثة من عناصر الحشد الشعبي.", IncidentType.Explosion, "kalsu", null, 3, null)]
    public void ReadsOneIncidentFromANewsSentence(string sentence, IncidentType type, string place, int? count, int? killed, int? wounded)
    {
        var incident = TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(type);
        incident.PlaceId.ShouldBe(place);
        incident.WeaponCount.ShouldBe(count);
        incident.Killed.ShouldBe(killed);
        incident.Wounded.ShouldBe(wounded);
        sentence.ShouldContain(incident.Evidence.Text);
    }

    [Theory]
    [InlineData("هددت فصائل مسلحة بتصعيد الهجمات على قاعدة عين الأسد في حال لم تنسحب القوات الأمريكية.")]
    [InlineData("وقالت كتائب حزب الله إنها ستستأنف الهجمات على قاعدة حرير إذا فشلت المفاوضات.")]
    [InlineData("نفذت الفصائل العشرات من الهجمات على قاعدة عين الأسد منذ اندلاع الحرب.")]
    [InlineData("يشار إلى أن العديد من الهجمات الصاروخية حاولت على مدى الأشهر الماضية استهداف قواعد عسكرية تضم قوات أميركية.")]
    [InlineData("وبحث رئيس الوزراء مع السفير الأمريكي في بغداد سبل تعزيز التعاون الأمني بين البلدين.")]
    [InlineData("أعلنت وزارة الصحة في بغداد تسجيل ارتفاع في درجات الحرارة خلال الأسبوع المقبل.")]
    [InlineData("وتدرس وزارة الدفاع الأميركية توجيه ضربات إلى الفصائل في العراق.")]
    [InlineData("استهدفت طائرة مسيرة مواقع في العراق.")]
    [InlineData("ولوحت الفصائل باستئناف الهجمات على القوات الأميركية في قاعدة عين الأسد.")]
    public void RecordsNoIncidentFromThreatsPlansCountsOrOrdinaryNews(string sentence) =>
        TestLexicons.Run(sentence).Incidents.ShouldBeEmpty();

    [Theory]
    [InlineData("أفاد مصدر أمني لشفق نيوز، اليوم الثلاثاء، بسقوط صاروخين من نوع كاتيوشا داخل قاعدة فكتوريا الأمريكية قرب مطار بغداد الدولي، دون أن يسفر ذلك عن خسائر.", IncidentType.Rocket, "victory-base-complex", 2, null, 0, 0)]
    [InlineData("قالت خلية الإعلام الأمني في بيان إن صاروخا سقط في محيط السفارة الأمريكية في المنطقة الخضراء ببغداد دون وقوع إصابات.", IncidentType.Rocket, "us-embassy-baghdad", 1, null, 0, 0)]
    [InlineData("ذكرت وكالة فرانس برس نقلا عن مصدر أمني أن طائرتين مسيرتين مفخختين استهدفتا مطار أربيل الدولي الذي يضم قوات للتحالف.", IncidentType.Drone, "erbil-international-airport", 2, null, null, null)]
    [InlineData("أصيب ثلاثة جنود أمريكيين بجروح طفيفة في هجوم بطائرة مسيرة على قاعدة عين الأسد غرب العراق، بحسب ما أعلنت القيادة المركزية الأمريكية.", IncidentType.Drone, "ain-al-asad", 1, null, null, 3)]
    [InlineData("قتل ثلاثة جنود أمريكيين وأصيب أكثر من 30 آخرين في هجوم بطائرة مسيرة استهدف البرج 22 في الأردن قرب الحدود السورية.", IncidentType.Drone, "tower-22", 1, null, 3, 30)]
    [InlineData("تعرضت قاعدة الشدادي في ريف الحسكة لهجوم بعدة طائرات مسيرة، وقالت مصادر إن الدفاعات الجوية تصدت لها.", IncidentType.Drone, "shaddadi-base", null, true, null, null)]
    [InlineData("أحبطت القوات الأمنية هجوما بطائرة مسيرة كان يستهدف مطار أربيل.", IncidentType.Drone, "erbil-international-airport", 1, true, null, null)]
    [InlineData("الحشد الشعبي: ضربة جوية مجهولة استهدفت مقرا للواء 45 في منطقة جرف النصر وأسفرت عن مقتل عنصرين وإصابة ثلاثة.", IncidentType.Airstrike, "jurf-al-sakhar", null, null, 2, 3)]
    [InlineData("دوى انفجار قوي في قاعدة الإمام علي الجوية في الناصرية دون معرفة أسبابه.", IncidentType.Explosion, "imam-ali-air-base", null, null, null, null)]
    [InlineData("سقط صاروخ كاتيوشا على منزل في حي الجهاد غرب بغداد ما أدى إلى إصابة طفلة.", IncidentType.Rocket, "baghdad", 1, null, null, 1)]
    [InlineData("أربيل - رووداو: تعرض مطار أربيل الدولي مساء أمس لهجوم بثلاث طائرات مسيرة مفخخة، أسقطت الدفاعات الجوية اثنتين منها، فيما سقطت الثالثة قرب المطار دون أن تسفر عن خسائر.", IncidentType.Drone, "erbil-international-airport", 3, true, 0, 0)]
    [InlineData("قصفت المدفعية التركية، صباح اليوم، قرى في قضاء زاخو بمحافظة دهوك، ما أدى إلى احتراق مساحات زراعية.", IncidentType.Shelling, "zakho", null, null, null, null)]
    [InlineData("بغداد - أعلن الجيش العراقي، اليوم الخميس، مقتل ثلاثة من عناصر تنظيم داعش بضربة جوية في وادي حوران بمحافظة الأنبار.", IncidentType.Airstrike, "anbar", null, null, 3, null)]
    public void ReadsSentencesOfOtherOutletsWithTheShippedLexicons(string sentence, IncidentType type, string place, int? count, bool? intercepted, int? killed, int? wounded)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.WeaponCount, incident.Intercepted, incident.Killed, incident.Wounded)
            .ShouldBe((type, place, count, intercepted, killed, wounded));
    }

    [Theory]
    [InlineData("هددت كتائب حزب الله باستهداف القواعد الأمريكية في العراق وسوريا إذا لم تنسحب القوات الأجنبية.")]
    [InlineData("يخطط البنتاغون لتعزيز الدفاعات الجوية في قاعدة عين الأسد تحسبا لأي هجوم.")]
    [InlineData("زار قائد القيادة المركزية الأمريكية قاعدة عين الأسد الجوية والتقى بالجنود هناك.")]
    [InlineData("أجرت قوات التحالف تمرينا بالذخيرة الحية في قاعدة حرير.")]
    [InlineData("شن رئيس البرلمان هجوما حادا على الحكومة في بغداد بسبب أزمة الكهرباء.")]
    [InlineData("وصل وزير الخارجية الأمريكي إلى بغداد في زيارة لم يعلن عنها مسبقا.")]
    [InlineData("خرجت مسيرة حاشدة في أربيل للمطالبة بصرف الرواتب.")]
    [InlineData("ونفت الحكومة العراقية وقوع أي هجوم على قاعدة بلد الجوية.")]
    [InlineData("قال مسؤول أمريكي لرويترز إن قاعدة عين الأسد لم تتعرض لأي هجوم خلال الليلة الماضية.")]
    [InlineData("وجاء الهجوم قبل أقل من أسبوع من زيارة متوقعة لوفد عسكري عراقي إلى واشنطن لمواصلة المحادثات.")]
    [InlineData("سجل المنتخب العراقي هدفين في الشوط الثاني بعد هجمة مرتدة سريعة، وقاد خط الهجوم اللاعب أيمن حسين في ملعب البصرة الدولي.")]
    [InlineData("وشهدت قاعدة عين الأسد منذ عام 2020 أكثر من مئة هجوم صاروخي وبطائرات مسيرة، بحسب إحصاءات التحالف.")]
    [InlineData("أعلنت وزارة النفط عن انفجار في أنبوب لنقل النفط الخام قرب مصفاة بيجي بسبب خلل فني.")]
    [InlineData("يرى محللون أن الهجمات على القواعد الأمريكية في العراق وسوريا قد تتصاعد خلال الأشهر المقبلة.")]
    [InlineData("وكانت فصائل عراقية قد أعلنت في وقت سابق مسؤوليتها عن عشرات الهجمات على قاعدة عين الأسد.")]
    [InlineData("تعرض موكب محافظ البصرة لحادث سير على طريق البصرة - الناصرية أدى إلى إصابة اثنين من مرافقيه.")]
    public void FindsNoIncidentInThreatsDenialsAndOrdinaryNewsWithTheShippedLexicons(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldBeEmpty();

    [Fact]
    public void AnArmedGroupReportingAnAttackItSufferedDoesNotClaimIt()
    {
        var incident = TestLexicons.Run("وأعلنت قوات سوريا الديمقراطية عن تعرض حقل العمر النفطي لقصف صاروخي.", RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Reported);
        incident.PerpetratorIds.ShouldBeEmpty();
    }

    [Fact]
    public void MergesSentencesAboutOneAttackAndCarriesTheNoCasualtyFollowUp()
    {
        const string text = "استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية بالعراق وفق ما قال مصدران عسكريان عراقيان.\n"
            + "وقال مسؤول عسكري عراقي إن أنظمة الدفاع الجوي أسقطت طائرة مسيرة بالقرب من محيط القاعدة.\n"
            + "وأضاف المصدران أنه لم ترد تقارير عن وقوع إصابات.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Drone);
        incident.PlaceId.ShouldBe("ain-al-asad");
        incident.WeaponCount.ShouldBe(2);
        incident.Intercepted.ShouldBe(true);
        incident.Killed.ShouldBe(0);
        incident.Wounded.ShouldBe(0);
        incident.Attribution.ShouldBe("مصدران عسكريان عراقيان");
        incident.Evidence.Text.ShouldStartWith("استهدفت");
        incident.Evidence.Text.ShouldEndWith("إصابات.");
    }

    [Fact]
    public void KeepsAttacksOnTwoBasesApart()
    {
        const string text = "سقط صاروخ داخل قاعدة عين الأسد الجوية.\nوفي حادث آخر استهدفت طائرة مسيرة قاعدة حرير.";
        var incidents = TestLexicons.Run(text).Incidents;
        incidents.Select(i => i.PlaceId).ShouldBe(["ain-al-asad", "harir"]);
    }

    [Fact]
    public void AnUntypedFollowUpTakesTheTypeOfTheAttackItDescribes()
    {
        const string text = "تعرضت قاعدة حرير لهجوم صاروخي.\nوأسفر الهجوم على قاعدة حرير عن إصابة جنديين.";
        var incident = TestLexicons.Run(text).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Rocket);
        incident.Wounded.ShouldBe(2);
    }

    [Fact]
    public void TheBaseRefersToTheBaseTheTitleNames()
    {
        var facts = new ArticlePipeline(TestLexicons.Fixture).Run(new ArticleInput("وقال مصدر أمني إن صاروخين سقطا داخل القاعدة فجر اليوم.", Title: "هجوم صاروخي على قاعدة حرير"));
        facts.Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("harir");
    }

    [Fact]
    public void TheBaseWithNoBaseNamedAnywherePlacesNothing() =>
        TestLexicons.Run("وقال مصدر أمني إن صاروخين سقطا داخل القاعدة فجر اليوم.").Incidents.ShouldBeEmpty();

    [Fact]
    public void ACountryAloneDoesNotPlaceAnIncident() =>
        TestLexicons.Run("وردت الولايات المتحدة بضربات استهدفت مواقع تابعة لميليشيات في العراق.").Incidents.ShouldBeEmpty();

    [Fact]
    public void ArmedGroupAnnouncingAnAttackClaimsIt()
    {
        var incident = TestLexicons.Run("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بطائرتين مسيرتين.").Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Claimed);
        incident.PerpetratorIds.ShouldBe(["islamic-resistance-iraq"]);
    }

    [Fact]
    public void TheForceABaseHostsIsTheTarget() =>
        TestLexicons.Run("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية التي تستضيف القوات الأمريكية.").Incidents.ShouldHaveSingleItem()
            .TargetIds.ShouldBe(["us-forces"]);

    [Fact]
    public void TheForceTheCasualtiesBelongToIsTheTarget() =>
        TestLexicons.Run("انفجار هائل دمر قاعدة كالسو مما أسفر عن مقتل أحد أعضاء وحدات الحشد الشعبي.").Incidents.ShouldHaveSingleItem()
            .TargetIds.ShouldBe(["pmf"]);

    [Fact]
    public void AnAccusedGroupIsThePerpetrator() =>
        TestLexicons.Run("واتهمت واشنطن كتائب حزب الله بالوقوف وراء الهجوم الصاروخي على قاعدة حرير.").Incidents.ShouldHaveSingleItem()
            .PerpetratorIds.ShouldBe(["kataib-hezbollah"]);

    [Fact]
    public void OfficialBodyAnnouncingAnInterceptionConfirmsIt()
    {
        var incident = TestLexicons.Run("أعلنت خلية الإعلام الأمني أن الدفاعات الجوية في قاعدة عين الأسد تصدت لطائرتين مسيرتين وأسقطتهما.").Incidents.ShouldHaveSingleItem();
        incident.Stance.ShouldBe(Stance.Confirmed);
        incident.Attribution.ShouldBe("خلية الإعلام الأمني");
        incident.Intercepted.ShouldBe(true);
        incident.WeaponCount.ShouldBe(2);
    }

    [Fact]
    public void TargetIsTheForceTheAttackIsAimedAt()
    {
        var incident = TestLexicons.Run("وفتحت السلطات تحقيقا حول الهجوم الذي استهدف قوات من البشمركة في دهوك.").Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Other);
        incident.TargetIds.ShouldBe(["peshmerga"]);
    }

    [Fact]
    public void SummaryIsBuiltFromTheFields()
    {
        var incident = TestLexicons.Run("أسقطت القوات الأمريكية طائرتين بدون طيار بالقرب من قاعدة عين الأسد الجوية دون وقوع إصابات.").Incidents.ShouldHaveSingleItem();
        incident.SummaryEn.ShouldBe("Drone attack on Ain al-Asad Air Base (Iraq), targeting US forces: 2 drones, intercepted, no casualties.");
    }

    [Theory]
    [InlineData("ثلاثة صواريخ استهدفت قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.")]
    [InlineData("أعلن مسؤول أمريكي أن ثلاثة صواريخ استهدفت قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.")]
    [InlineData("استهدفت ثلاثة صواريخ قاعدة حرير الجوية في محافظة أربيل مساء الأحد، وأسفرت عن إصابة أربعة جنود أمريكيين.")]
    public void ACountedWeaponBeforeItsVerbIsTheSubjectNotACountOfAttacks(string sentence)
    {
        var incident = TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId, incident.WeaponCount, incident.Wounded).ShouldBe((IncidentType.Rocket, "harir", 3, 4));
    }

    [Fact]
    public void ACountOfAttacksBeforeTheAttackNounIsStillASummary() =>
        TestLexicons.Run("وتعرضت قاعدة حرير إلى ثلاث هجمات صاروخية منذ بداية الشهر.").Incidents.ShouldBeEmpty();

    [Fact]
    public void EmptyTextHasNoIncidents() => TestLexicons.Run("").Incidents.ShouldBeEmpty();
}
