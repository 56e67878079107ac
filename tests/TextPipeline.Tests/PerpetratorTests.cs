using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// Who carried out an attack, as the sentence says it: a statement in an armed group's name, an agent phrase, a blame,
/// a subject fronted after إن. Never the defender, the reporter or the army that merely reports it. Sentences written here.
/// </summary>
public class PerpetratorTests
{
    private static IReadOnlyList<string> Perpetrators(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds;

    [Theory]
    [InlineData("قال بيان باسم المقاومة الإسلامية في العراق، مساء الأحد، إن طائرتين مسيرتين استهدفتا قاعدة حرير الجوية.", "islamic-resistance-in-iraq")]
    [InlineData("أفاد بيان صادر عن كتائب حزب الله بأن صواريخ أطلقت على قاعدة عين الأسد.", "kataib-hezbollah")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق أن هجوما بطائرة مسيرة طال قاعدة التنف.", "islamic-resistance-in-iraq")]
    [InlineData("تعرضت قاعدة التنف للاستهداف من قبل ما تسمى المقاومة الإسلامية في العراق.", "islamic-resistance-in-iraq")]
    [InlineData("ألقت وزارة الدفاع الأمريكية باللوم على كتائب حزب الله في الهجوم الصاروخي على قاعدة عين الأسد.", "kataib-hezbollah")]
    [InlineData("قال الجيش الأمريكي إن الحوثيين، المدعومين من إيران، أطلقوا صاروخا باليستيا باتجاه مدمرة في البحر الأحمر.", "houthis")]
    [InlineData("أغارت طائرات إسرائيلية على مواقع قرب مطار دمشق الدولي فجر اليوم.", "israeli-military")]
    [InlineData("شن مسلحون من تنظيم داعش هجوما على نقطة للجيش العراقي قرب قاعدة كي وان، فجر اليوم.", "isis")]
    [InlineData("نفذ العدو الإسرائيلي عدوانا جويا مستهدفا مطار الشعيرات في ريف حمص فجر اليوم.", "israel")]
    // The armed group holding the area a weapon was launched from.
    [InlineData("قالت القيادة المركزية إن طائرة مسيرة أطلقت من مناطق يسيطر عليها الحوثيون سقطت قرب سفينة تجارية في البحر الأحمر، الأحد.", "houthis")]
    [InlineData("ضربت الولايات المتحدة بصواريخ كروز مواقع للفصائل قرب مدينة القائم فجر اليوم.", "united-states")]
    [InlineData("شن الطيران التركي غارة على مواقع للحزب في قرية كشان فجر اليوم.", "turkish-military")]
    [InlineData("نفذ الطيران الحربي السوري غارات على مواقع للمعارضة قرب مدينة إدلب صباح اليوم.", "syrian-army")]
    [InlineData("أعلن \"فصيل أصحاب الكهف\" مسؤوليته عن تفجير عبوة ناسفة استهدفت رتلا للتحالف الدولي قرب مدينة الناصرية.", "ashab-al-kahf")]
    [InlineData("أصيب أربعة من أفراد طاقم سفينة شحن إثر هجوم صاروخي حوثي في خليج عدن، الأربعاء.", "houthis")]
    public void NamesTheGroupTheSentenceHoldsResponsible(string sentence, string perpetrator) => Perpetrators(sentence).ShouldContain(perpetrator);

    /// <summary>The Houthis' adjective names them only on an attack word: "المناطق الحوثية" names no doer.</summary>
    /// <summary>
    /// An answer told with no place of its own ("ردت ... على مصادر النيران بقصف مدفعي، بعد تعرض القاعدة لهجوم صاروخي") is
    /// not the attack it answers: that one keeps its rockets and no doer, and the answer, placed nowhere, is no incident.
    /// </summary>
    [Theory]
    [InlineData("أكد مسؤول في التحالف الدولي أن القوات الأمريكية ردت على مصادر النيران بقصف مدفعي، بعد تعرض قاعدة حقل العمر لهجوم صاروخي.")]
    [InlineData("ردت القوات الأمريكية بقصف مدفعي، بعد تعرض قاعدة حقل العمر لهجوم صاروخي.")]
    public void AnAnswerIsNotTheAttackItAnswers(string sentence)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Type, incident.PlaceId).ShouldBe((Model.IncidentType.Rocket, "al-omar-oil-field"));
        incident.PerpetratorIds.ShouldBeEmpty();
    }

    /// <summary>The Turkish defence ministry's verb "حيّد" (neutralized) has the force that struck as its subject; its object is the target.</summary>
    [Fact]
    public void TheForceThatNeutralizedIsTheDoer() =>
        Perpetrators("ذكرت وكالة الأناضول أن الجيش التركي حيّد 5 مسلحين من تنظيم \"بي كي كي\" في غارات جوية على منطقة هاكورك، الأحد.")
            .ShouldBe(["turkish-military"]);

    [Fact]
    public void TheHouthiAdjectiveOnAPlaceNamesNoDoer() =>
        Perpetrators("سقطت قذيفة هاون قرب مطار الحديدة في المناطق الحوثية فجر اليوم.").ShouldNotContain("houthis");

    /// <summary>
    /// A verb after the attack that takes it back as its object (الهجوم ... نفذته، شنها) has the doer for its subject; the
    /// doer is no target. Without the pronoun the verb's subject is not the attack's doer.
    /// </summary>
    [Theory]
    [InlineData("قال الرئيس إن الهجوم على قاعدة التنف الذي أدى إلى إصابة جنديين نفذته جماعات متشددة مدعومة من إيران.", new[] { "iran-backed-militias" })]
    [InlineData("أوضح المتحدث أن الضربة على قاعدة عين الأسد شنتها كتائب حزب الله بطائرة مسيرة.", new[] { "kataib-hezbollah" })]
    [InlineData("قال الرئيس إن الهجوم على قاعدة التنف جاء بعد أن نفذت كتائب حزب الله تدريبات قرب الحدود.", new string[0])]
    public void AVerbThatTakesTheAttackBackNamesItsDoer(string sentence, string[] perpetrators)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.PerpetratorIds.ShouldBe(perpetrators);
        incident.TargetIds.ShouldNotContain("iran-backed-militias");
    }

    /// <summary>
    /// A later sentence that takes the attack back with a definite noun (الهجوم) and names its doer names the attack's
    /// doer; one about another attack (هجوما سابقا) does not.
    /// </summary>
    [Theory]
    [InlineData("قتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة التنف. وقال الرئيس إن الهجوم على قواتنا الذي أسفر عن مقتل ثلاثة عسكريين نفذته جماعات متشددة مدعومة من إيران.", new[] { "iran-backed-militias" })]
    [InlineData("قتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة التنف. وقال الرئيس إن هجوما سابقا على قواتنا أسفر عن مقتل جنديين نفذته جماعات متشددة مدعومة من إيران.", new string[0])]
    public void ALaterSentenceNamingTheDoerOfTheAttackItTakesBackNamesIt(string text, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(perpetrators);

    /// <summary>
    /// A claim told after the attack (تبنت، أعلنت مسؤوليتها، تبنته), or an accusation of one group (تتهم ... بالوقوف وراء),
    /// that takes it back (الهجوم، العملية) names its doer; none when nobody claims it, when the group denies it, or when
    /// the claim or the accusation is of other attacks (هجمات، الهجمات المتكررة: a pattern, not an event).
    /// </summary>
    [Theory]
    [InlineData("سقط صاروخان داخل قاعدة حرير الجوية فجر اليوم. وأعلنت كتائب حزب الله في بيان مسؤوليتها عن الهجوم.", new[] { "kataib-hezbollah" })]
    [InlineData("استهدفت طائرة مسيرة قاعدة التنف مساء الثلاثاء. وتبنت المقاومة الإسلامية في العراق العملية عبر قناتها على تلغرام.", new[] { "islamic-resistance-in-iraq" })]
    [InlineData("تعرضت قاعدة عين الأسد لهجوم بثلاثة صواريخ، تبنته كتائب حزب الله.", new[] { "kataib-hezbollah" })]
    [InlineData("قصف الحرس الثوري مقرا في أربيل بصواريخ باليستية فجر اليوم. وأعلن الحرس الثوري، في بيان، مسؤوليته عن القصف.", new[] { "irgc" })]
    [InlineData("سقط صاروخان داخل قاعدة حرير الجوية فجر اليوم. ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.", new string[0])]
    [InlineData("سقط صاروخان داخل قاعدة حرير الجوية فجر اليوم. ونفت كتائب حزب الله أي علاقة لها بالهجوم.", new string[0])]
    [InlineData("سقط صاروخان داخل قاعدة حرير الجوية فجر اليوم. وسبق أن تبنت كتائب حزب الله هجمات على قواعد أمريكية.", new string[0])]
    [InlineData("سقطت ثلاث طائرات مسيرة قرب مطار أربيل الدولي مساء الجمعة. وتتهم حكومة الإقليم فصائل مسلحة موالية لإيران بالوقوف وراء الهجوم.", new[] { "iran-backed-militias" })]
    [InlineData("سقطت ثلاث طائرات مسيرة قرب مطار أربيل الدولي مساء الجمعة. وتتهم حكومة الإقليم فصائل مسلحة موالية لإيران بالوقوف وراء الهجمات المتكررة على أربيل.", new string[0])]
    public void AClaimToldAfterTheAttackNamesItsDoer(string text, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(perpetrators);

    /// <summary>
    /// A later sentence with no figures of its own that names who did the attack it takes back: its agent (الهجوم نفذته)،
    /// the subject of a verb of doing whose object it is (إن الكتائب نفذت الهجوم، شنت الكتائب الهجوم), or the one a blame
    /// verb lays its responsibility on (حمّلت واشنطن الكتائب مسؤولية الهجوم). Not a negated verb, a denial, nor حمّل
    /// without a word of responsibility (حملت: carried).
    /// </summary>
    [Theory]
    [InlineData("سقطت ثلاثة صواريخ داخل قاعدة حرير الجوية فجر الخميس. وقال مسؤول أمريكي إن الهجوم نفذته كتائب حزب الله.", new[] { "kataib-hezbollah" })]
    [InlineData("انفجرت طائرة مسيرة داخل قاعدة التنف مساء السبت. وقال البنتاغون إن جماعات مسلحة مدعومة من إيران نفذت الهجوم.", new[] { "iran-backed-militias" })]
    [InlineData("استهدفت صواريخ قاعدة عين الأسد ليل الأحد. وبحسب مصادر أمنية، شنت حركة النجباء الهجوم من منطقة قريبة.", new[] { "harakat-al-nujaba" })]
    [InlineData("سقطت ثلاثة صواريخ داخل قاعدة حرير الجوية فجر الخميس. وحمّلت حكومة الإقليم فصائل مسلحة موالية لإيران مسؤولية الهجوم.", new[] { "iran-backed-militias" })]
    [InlineData("انفجرت طائرة مسيرة داخل قاعدة التنف مساء السبت. وحمل البنتاغون ميليشيات مدعومة من إيران المسؤولية عن الهجوم.", new[] { "iran-backed-militias" })]
    [InlineData("سقطت ثلاثة صواريخ داخل قاعدة حرير الجوية فجر الخميس. وقال مسؤول إن كتائب حزب الله لم تنفذ الهجوم.", new string[0])]
    [InlineData("سقطت ثلاثة صواريخ داخل قاعدة حرير الجوية فجر الخميس. ونفت كتائب حزب الله أن تكون نفذت الهجوم.", new string[0])]
    [InlineData("سقطت ثلاثة صواريخ داخل قاعدة حرير الجوية فجر الخميس. وحملت كتائب حزب الله الهجوم إلى واجهة الأخبار.", new string[0])]
    public void ALaterSentenceNamingWhoDidTheAttackNamesIt(string text, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(perpetrators);

    /// <summary>
    /// A reporting verb opening a sentence with no subject of its own (كما أعلن، وأكد) continues the claim of the sentence
    /// right before: its attack is the same claimant's. Not when it names its own speaker, nor after a sentence that claims nothing.
    /// </summary>
    [Theory]
    [InlineData("أعلن المتحدث باسم جماعة الحوثي استهداف سفينة في خليج عدن بصاروخين بحريين.\nكما أعلن تنفيذ عملية استهدفت مدمرة أمريكية في البحر الأحمر بطائرات مسيرة.", new[] { "houthis" })]
    [InlineData("أعلن المتحدث باسم جماعة الحوثي استهداف سفينة في خليج عدن بصاروخين بحريين، الأحد.\nكما أعلن الجيش الأمريكي تعرض مدمرة في البحر الأحمر لهجوم بطائرات مسيرة، الأحد.", new string[0])]
    [InlineData("أعلن الجيش الأمريكي تعرض سفينة في خليج عدن لهجوم بصاروخين، الأحد.\nكما أعلن تعرض مدمرة في البحر الأحمر لهجوم بطائرات مسيرة، الأحد.", new string[0])]
    public void AReportingVerbWithoutASubjectContinuesTheClaimBefore(string text, string[] perpetrators)
    {
        var incident = TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.Single(i => i.PlaceId == "red-sea");
        incident.PerpetratorIds.ShouldBe(perpetrators);
        // The claimant's words, in the sentence before, support it.
        incident.Support.Where(x => x.Field == IncidentField.Perpetrator).Select(x => x.Value).ShouldBe(perpetrators);
    }

    /// <summary>
    /// An attack its country alone places (قاعدة في الأردن) is the story's attack: a doer named in the next sentence is its.
    /// </summary>
    [Theory]
    [InlineData("قتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة في الأردن. وقال مسؤول إن الهجوم نفذته كتائب حزب الله.", new[] { "kataib-hezbollah" })]
    [InlineData("قتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة في الأردن. وقال مسؤول إن هجوما سابقا نفذته كتائب حزب الله.", new string[0])]
    public void ADoerNamedAfterAnAttackPlacedByItsCountryIsItsDoer(string text, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(perpetrators);

    /// <summary>
    /// An armed group's spokesman, his title's adjectives before the group (المتحدث العسكري باسم), speaks for it: his
    /// announcing an attack is its claim. A ministry's spokesman announcing an attack it suffered claims nothing.
    /// </summary>
    [Theory]
    [InlineData("أعلن المتحدث العسكري باسم جماعة الحوثي استهداف سفينة تجارية في خليج عدن بصاروخين.", new[] { "houthis" })]
    [InlineData("قال المتحدث الرسمي باسم كتائب حزب الله إن مقاتليها استهدفوا قاعدة عين الأسد بطائرة مسيرة فجر اليوم.", new[] { "kataib-hezbollah" })]
    [InlineData("أعلن المتحدث باسم وزارة الدفاع العراقية تعرض قاعدة عين الأسد لهجوم بطائرة مسيرة فجر اليوم.", new string[0])]
    [InlineData("أفاد فصيل كتائب حزب الله بأن صاروخين سقطا قرب قاعدة بلد الجوية فجر اليوم.", new string[0])]
    public void AnArmedGroupsSpokesmanClaimsForIt(string sentence, string[] perpetrators) =>
        Perpetrators(sentence).ShouldBe(perpetrators);

    /// <summary>
    /// A group claiming under the name it calls itself (مجموعة تطلق على نفسها اسم ...) claims as by its name; a group with
    /// no name it calls itself claims for no one. One Iran-backed group, unnamed, is the unspecified Iran-backed militias.
    /// </summary>
    [Theory]
    [InlineData("تبنت مجموعة تطلق على نفسها اسم \"سرايا أولياء الدم\" الهجوم الصاروخي على مطار أربيل الدولي.", new[] { "saraya-awliya-al-dam" })]
    [InlineData("أعلنت مجموعة تسمي نفسها أصحاب الكهف مسؤوليتها عن تفجير عبوة ناسفة استهدفت رتلا للتحالف في الديوانية.", new[] { "ashab-al-kahf" })]
    [InlineData("تبنت مجموعة مجهولة الهجوم الصاروخي على مطار أربيل الدولي.", new string[0])]
    [InlineData("قال مسؤول أمريكي إن الهجوم على البرج 22 نفذته طائرة مسيرة أطلقتها جماعة مدعومة من إيران.", new[] { "iran-backed-militias" })]
    public void AGroupClaimsUnderTheNameItCallsItself(string sentence, string[] perpetrators) =>
        Perpetrators(sentence).ShouldBe(perpetrators);

    /// <summary>
    /// An armed force announcing that it carried out the attack (أعلنت القيادة المركزية تنفيذ ضربة، أعلن الجيش شن غارات)
    /// claims it; a ministry announcing it, or a force announcing one it suffered, does not.
    /// </summary>
    [Theory]
    [InlineData("أعلنت القيادة المركزية الأمريكية تنفيذ ضربة جوية في محافظة بابل استهدفت قياديا في كتائب حزب الله.", new[] { "centcom" })]
    [InlineData("أعلن الجيش الإسرائيلي، صباح اليوم، شن غارات على مواقع قرب مطار دمشق الدولي.", new[] { "israeli-military" })]
    [InlineData("أعلن الجيش الأمريكي تعرض قاعدة التنف لهجوم بطائرة مسيرة.", new string[0])]
    // "Neutralizing" fighters in the strikes is carrying them out.
    [InlineData("أعلن الجيش التركي، اليوم السبت، تحييد 12 مسلحا في غارات جوية على مواقع في قضاء العمادية.", new[] { "turkish-military" })]
    [InlineData("أعلن الجيش التركي، اليوم السبت، مقتل جنديين في هجوم على معسكر زليكان.", new string[0])]
    public void AForceAnnouncingItCarriedOutTheAttackClaimsIt(string sentence, string[] perpetrators) =>
        Perpetrators(sentence).ShouldBe(perpetrators);

    /// <summary>
    /// An armed group announcing an attack claims it, unless the attack struck its own sites (مواقعها، مقرا لها), or the
    /// sentence names another doer (طائرة مسيرة تركية): then it tells what it suffered.
    /// </summary>
    [Theory]
    [InlineData("أعلنت كتائب حزب الله استهداف قاعدة عين الأسد بطائرة مسيرة فجر اليوم.", new[] { "kataib-hezbollah" })]
    [InlineData("أكدت هيئة الحشد الشعبي أن مقرا لها قصف بطائرة مسيرة قرب القائم فجر اليوم.", new string[0])]
    [InlineData("أعلنت كتائب حزب الله أن أحد مواقعها استهدف بغارة جوية في القائم فجر اليوم.", new string[0])]
    [InlineData("أكدت قوات سوريا الديمقراطية أن طائرة مسيرة تركية استهدفت سيارة في القامشلي، ما أدى إلى مقتل اثنين من عناصرها.", new[] { "turkish-military" })]
    public void AnArmedGroupAnnouncingAnAttackOnItsOwnOrByAnotherClaimsNothing(string sentence, string[] perpetrators) =>
        Perpetrators(sentence).ShouldBe(perpetrators);

    /// <summary>
    /// A speaker who says it carried out the attack claims it: a complementizer pointing back to it (قالت ... إنها
    /// استهدفت) or its own forces (قال الجيش إن قواته قصفت), then an attack verb. Said of an attack it suffered, or
    /// denied, it claims nothing.
    /// </summary>
    [Theory]
    [InlineData("قالت كتائب حزب الله إنها استهدفت قاعدة حرير بطائرتين مسيرتين مساء الأحد.", new[] { "kataib-hezbollah" })]
    [InlineData("وقالت جماعة الحوثي في بيان إنها استهدفت سفينة تجارية في البحر الأحمر بصاروخ، الثلاثاء.", new[] { "houthis" })]
    [InlineData("قال الجيش الإسرائيلي إن قواته قصفت مواقع قرب مطار دمشق الدولي فجر اليوم.", new[] { "israeli-military" })]
    [InlineData("قالت قوات سوريا الديمقراطية إنها تعرضت لهجوم بطائرة مسيرة قرب حقل العمر فجر اليوم.", new string[0])]
    [InlineData("قالت كتائب حزب الله إنها لم تستهدف قاعدة حرير، بعد هجوم بطائرة مسيرة مساء الأحد.", new string[0])]
    // The unvowelled verb read as a passive: the speaker's side was the one attacked.
    [InlineData("قالت هيئة الحشد الشعبي إن قواتها استهدفت بطائرة مسيرة مجهولة قرب القائم فجر اليوم.", new string[0])]
    [InlineData("قال الجيش العراقي إنه استهدف بقذائف هاون قرب قاعدة بلد الجوية فجر اليوم.", new string[0])]
    // An object after the instrument makes the verb active again: the speaker struck it.
    [InlineData("أعلن الحرس الثوري الإيراني أنه استهدف بصواريخ باليستية مقرا لجماعة مسلحة في أربيل.", new[] { "irgc" })]
    [InlineData("قال الجيش التركي إنه قصف بالمدفعية مواقع لحزب العمال الكردستاني قرب مدينة زاخو.", new[] { "turkish-military" })]
    // An armed group announcing what an unknown hand did to it claims nothing.
    [InlineData("الحشد الشعبي: انفجار في مقر للواء 52 قرب قضاء طوزخورماتو ناجم عن قصف جوي مجهول.", new string[0])]
    [InlineData("كتائب حزب الله: استهداف قاعدة حرير بطائرتين مسيرتين مساء اليوم.", new[] { "kataib-hezbollah" })]
    public void ASpeakerSayingItDidTheAttackClaimsIt(string sentence, string[] perpetrators) =>
        Perpetrators(sentence).ShouldBe(perpetrators);

    /// <summary>An accusation that qualifies a plural attack noun (لهجمات تتهم واشنطن ... بالوقوف خلفها) is about those attacks.</summary>
    [Theory]
    [InlineData("سقطت ثلاثة صواريخ قرب السفارة الأمريكية في بغداد، في قصف يأتي بعد يوم تعرضت فيه مصالح أمريكية لهجمات تتهم واشنطن فصائل موالية لإيران بالوقوف خلفها.", new string[0])]
    [InlineData("سقطت ثلاثة صواريخ قرب السفارة الأمريكية في بغداد، وتتهم واشنطن فصائل موالية لإيران بالوقوف خلف الهجوم.", new[] { "iran-backed-militias" })]
    public void AnAccusationOfOtherAttacksNamesNoDoer(string sentence, string[] perpetrators) =>
        Perpetrators(sentence).ShouldBe(perpetrators);

    /// <summary>
    /// The armed side a sentence says answered an attack (ردت القوات ... على هجوم) carried out the first attack told after
    /// its answer, in that sentence or the next. Not a reply to words, not a side that is not armed, not two sentences on.
    /// </summary>
    [Theory]
    [InlineData("ردت القوات الأمريكية الموجودة في سوريا، على هجوم تعرضت له. وقال مسؤول إن الغارة التي شنتها المقاتلات استهدفت مقرا قرب مدينة الميادين.", new[] { "us-forces" })]
    [InlineData("ردت القوات الأمريكية على الهجوم بغارة على مقر للفصائل قرب مدينة الميادين.", new[] { "us-forces" })]
    [InlineData("ردت وزارة الخارجية على الانتقادات. وقال مسؤول إن الغارة التي شنتها المقاتلات استهدفت مقرا قرب مدينة الميادين.", new string[0])]
    [InlineData("ردت القوات الأمريكية على هجوم تعرضت له. وأعلن الجيش عن أمر آخر. وقال مسؤول إن الغارة التي شنتها المقاتلات استهدفت مقرا قرب مدينة الميادين.", new string[0])]
    public void TheSideThatAnswersAnAttackCarriedOutTheNextOne(string text, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldBe(perpetrators);

    /// <summary>
    /// A side that answered with an attack (وردت القوات الأمريكية بقصف مدفعي) carried it out; the attack it answered is not
    /// its own. A reply with words (ردت الوزارة ببيان) names no doer.
    /// </summary>
    [Theory]
    [InlineData("سقطت صواريخ على حقل كونيكو صباح اليوم، وردت القوات الأمريكية بقصف مدفعي على مصادر النيران قرب مدينة الميادين.", new[] { "us-forces" })]
    [InlineData("سقطت صواريخ على حقل كونيكو صباح اليوم، وردت وزارة الخارجية ببيان. وقصفت مدفعية مجهولة مواقع قرب مدينة الميادين.", new string[0])]
    // The attack answered may be told after the answer, past بعد: it is still not the answerer's.
    [InlineData("أكد مسؤول أن القوات الأمريكية ردت بقصف مدفعي على مصادر النيران قرب مدينة الميادين، بعد تعرض حقل كونيكو لهجوم صاروخي.", new[] { "us-forces" })]
    public void TheSideThatAnswersWithAnAttackCarriedItOut(string text, string[] perpetrators)
    {
        var facts = TestLexicons.Run(text, RepoFiles.Lexicons);
        facts.Incidents.Single(i => i.PlaceId == "mayadin").PerpetratorIds.ShouldBe(perpetrators);
        facts.Incidents.Single(i => i.PlaceId != "mayadin").PerpetratorIds.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("أكدت هيئة الحشد الشعبي، في بيان لها، وقوع انفجار في قاعدة كالسو العسكرية شمال بابل.")]
    [InlineData("قال بيان للجيش العراقي إن طائرتين مسيرتين استهدفتا قاعدة حرير الجوية.")]
    [InlineData("استهدفت طائرة مسيرة قاعدة عين الأسد، وتم إسقاطها من قبل قوات التحالف الدولي.")]
    [InlineData("قال الجيش العراقي إن مسلحين مجهولين أطلقوا صواريخ على قاعدة بلد الجوية.")]
    [InlineData("ضربت ثلاثة صواريخ قاعدة عين الأسد فجر اليوم.")]
    // An area a group holds, named as the target's, not the origin: the group is attacked, not the attacker.
    [InlineData("استهدفت غارة مجهولة مواقع في مناطق يسيطر عليها الحوثيون قرب مدينة الحديدة، فجر اليوم.")]
    public void NamesNoReporterOrDefender(string sentence) => Perpetrators(sentence).ShouldBeEmpty();

    /// <summary>The actor before an attack noun with ب is the casualties' owner, not the subject: a target, never the attacker.</summary>
    [Theory]
    [InlineData("قتل ثلاثة من عناصر حزب العمال الكردستاني بقصف جوي تركي استهدف سيارة قرب زاخو مساء الأحد.", "pkk", "turkish-military")]
    [InlineData("أصيب جنديان من القوات الأمريكية بقصف صاروخي استهدف قاعدة عين الأسد فجر اليوم.", "us-forces", null)]
    public void TheVictimsBeforeAnInstrumentalAttackNounAreNoPerpetrator(string sentence, string victim, string? attacker)
    {
        var incident = TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.PerpetratorIds.ShouldNotContain(victim);
        incident.PerpetratorIds.ShouldBe(attacker is null ? [] : [attacker]);
    }

    [Fact]
    public void TheSubjectBeforeAnAttackVerbIsThePerpetrator() =>
        Perpetrators("قالت مصادر إن القوات الأمريكية قصفت مواقع للفصائل في جرف الصخر فجر اليوم.").ShouldContain("us-forces");

    /// <summary>A group said to go on with its attacks carries out the attack the same sentence tells; a threat to is no such statement.</summary>
    [Theory]
    [InlineData("وجاء ذلك بعد ساعات من هجوم مماثل طال قاعدة عين الأسد غربي الأنبار، حيث استأنفت كتائب حزب الله هجماتها على القواعد التي تضم قوات أمريكية.", "kataib-hezbollah")]
    [InlineData("وواصلت جماعة الحوثي عملياتها في البحر الأحمر، إذ استهدف صاروخ باليستي سفينة تجارية قبالة الحديدة فجر اليوم.", "houthis")]
    [InlineData("وكثفت تركيا قصفها الجوي على مناطق حدودية في محافظة دهوك، إذ قتل ثلاثة مسلحين بغارة جوية قرب مدينة دهوك مساء الأحد.", "turkey")]
    public void AGroupGoingOnWithItsAttacksCarriesOutTheOneTold(string sentence, string perpetrator) =>
        Perpetrators(sentence).ShouldContain(perpetrator);

    [Theory]
    [InlineData("وسقط صاروخ على قاعدة عين الأسد فجر اليوم، بعدما هددت كتائب حزب الله باستئناف هجماتها على القوات الأمريكية.")]
    [InlineData("وسقط صاروخ على قاعدة عين الأسد فجر اليوم، فيما واصلت الحكومة العراقية اتصالاتها مع واشنطن.")]
    public void AThreatToGoOnOrAnUnarmedSubjectNamesNoPerpetrator(string sentence) => Perpetrators(sentence).ShouldBeEmpty();

    /// <summary>Denying the attack denies the event; denying a part in it says it happened.</summary>
    [Theory]
    [InlineData("من جهتها، نفت سلطة مطار أربيل في تصريح مقتضب تعرض صالة الركاب للقصف.", 0)]
    [InlineData("ونفت الحكومة العراقية وقوع أي انفجار في قاعدة بلد الجوية.", 0)]
    [InlineData("نفت كتائب حزب الله مسؤوليتها عن الهجوم الصاروخي على قاعدة عين الأسد.", 1)]
    [InlineData("نفى الحشد الشعبي أي علاقة له بالقصف الذي استهدف مطار أربيل الدولي.", 1)]
    [InlineData("نفت الوزارة التقارير الأولى وأكدت أن صاروخا سقط على قاعدة عين الأسد.", 1)]
    public void ADeniedAttackIsNoIncidentButADeniedRoleIs(string sentence, int incidents) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.Count.ShouldBe(incidents);

    /// <summary>A kind of attack one side alleges does not overrule the blast the report tells; told plainly, it does.</summary>
    [Theory]
    [InlineData("وقع انفجار في قاعدة كالسو العسكرية شمال بابل. وادعت قناة محلية استنادا إلى رواية سكان أن الانفجار الذي حصل في قاعدة كالسو كان بسبب غارة جوية.", Model.IncidentType.Explosion)]
    [InlineData("وقع انفجار في قاعدة كالسو العسكرية شمال بابل. وقالت مصادر أمنية إن الانفجار الذي وقع في قاعدة كالسو نجم عن غارة جوية.", Model.IncidentType.Airstrike)]
    public void AnAllegedCauseLeavesABlastABlast(string text, Model.IncidentType type) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().Type.ShouldBe(type);

    /// <summary>
    /// Attacks a sentence tells together, in the plural, with their doer and no site ("شنت ... غارات على خمسة مواقع في
    /// العراق وسوريا") are that doer's; a site told in the next two sentences with no doer of its own is one of them,
    /// a drone strike among a state's air strikes too. Not an attack by unknown aircraft, not another kind of attack, not
    /// an attack of the kind the same sentence told as another (the attack the raids came after), not after a single
    /// raid, not three sentences on.
    /// </summary>
    [Theory]
    [InlineData("شنت الولايات المتحدة غارات على خمسة مواقع لجماعة مسلحة في العراق وسوريا. وقال مسؤول إن طائرات مسيرة قصفت مقرا للجماعة في قضاء القائم، ما أدى إلى مقتل ثلاثة مسلحين.", "al-qaim", new[] { "united-states" })]
    [InlineData("شن الجيش التركي، مساء السبت، ضربات جوية ضد مواقع لحزب العمال الكردستاني شمالي العراق.\nوبحسب مصادر محلية، استهدفت إحدى الغارات مخبأ قرب مدينة دهوك.", "duhok", new[] { "turkish-military" })]
    [InlineData("شن الجيش التركي ضربات جوية ضد مواقع لحزب العمال الكردستاني شمالي العراق فجر الأحد. واستهدفت الغارات مخبأ قرب مدينة دهوك.", "duhok", new[] { "turkish-military" })]
    [InlineData("شنت الولايات المتحدة غارات على خمسة مواقع لجماعة مسلحة في العراق وسوريا. وفي حادث منفصل، قصفت طائرات مسيرة مجهولة مقرا للجماعة في قضاء القائم.", "al-qaim", new string[0])]
    [InlineData("شنت الولايات المتحدة غارات على خمسة مواقع لجماعة مسلحة في العراق وسوريا. وسقطت ثلاثة صواريخ على قاعدة عين الأسد.", "ain-al-asad", new string[0])]
    [InlineData("شنت القوات الأمريكية غارات على مواقع في سوريا بعد مقتل جندي في هجوم بطائرة مسيرة على قواتها. وقال البنتاغون إن هجوما بطائرة مسيرة استهدف قاعدة قرب الحسكة.", "hasakah", new string[0])]
    [InlineData("شنت الولايات المتحدة غارة على موقع لجماعة مسلحة في العراق. وقال مسؤول إن طائرات مسيرة قصفت مقرا للجماعة في قضاء القائم.", "al-qaim", new string[0])]
    [InlineData("شنت الولايات المتحدة غارات على خمسة مواقع لجماعة مسلحة في العراق وسوريا. وتصاعد التوتر في المنطقة منذ أشهر. وقال محللون إن الرد كان متوقعا. وقصفت طائرات مسيرة مقرا للجماعة في قضاء القائم.", "al-qaim", new string[0])]
    public void RaidsToldTogetherByTheirDoerAreTheDoersOfEachSiteToldAfter(string text, string place, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.Single(i => i.PlaceId == place).PerpetratorIds.ShouldBe(perpetrators);

    /// <summary>
    /// Attacks an accusation qualifies (لهجمات تتهم واشنطن فصائل ... بالوقوف خلفها) are told together with their accused
    /// doer: an attack of any kind told at a new site in the next two sentences is one of them. Not the attack the
    /// accusation's sentence tells, not words that take that attack back (لهذا القصف، الصواريخ الثلاثة), not a site an
    /// attack was told at before.
    /// </summary>
    [Theory]
    [InlineData("سقطت ثلاثة صواريخ قرب السفارة الأمريكية في بغداد فجر الخميس، في قصف يأتي بعد يوم تعرضت فيه مصالح أمريكية لهجمات تتهم واشنطن فصائل موالية لإيران بالوقوف خلفها. وأطلقت منظومة الدفاع الجوي صواريخ اعتراضية للتصدي لهذا القصف، فيما سقطت الصواريخ الثلاثة في المنطقة الخضراء. وكان هجوم بعشرة صواريخ استهدف قاعدة عين الأسد في الأنبار وأسفر عن إصابة جنديين.", "ain-al-asad", new[] { "iran-backed-militias" })]
    [InlineData("سقطت ثلاثة صواريخ قرب السفارة الأمريكية في بغداد فجر الخميس، في قصف يأتي بعد يوم تعرضت فيه مصالح أمريكية لهجمات تتهم واشنطن فصائل موالية لإيران بالوقوف خلفها. وأطلقت منظومة الدفاع الجوي صواريخ اعتراضية للتصدي لهذا القصف، فيما سقطت الصواريخ الثلاثة في المنطقة الخضراء. وكان هجوم بعشرة صواريخ استهدف قاعدة عين الأسد في الأنبار وأسفر عن إصابة جنديين.", "us-embassy-baghdad", new string[0])]
    [InlineData("أفاد مصدر أمني بأن مصالح أمريكية تعرضت لهجمات تتهم واشنطن فصائل موالية لإيران بتنفيذها. وسقط صاروخ على قاعدة عين الأسد في الأنبار مساء أمس.", "ain-al-asad", new[] { "iran-backed-militias" })]
    [InlineData("سقط صاروخ على قاعدة عين الأسد في الأنبار فجر اليوم. وتأتي الحادثة بعد أيام تعرضت فيها مصالح أمريكية لهجمات تتهم واشنطن فصائل موالية لإيران بالوقوف خلفها. وقال مسؤول إن صاروخا آخر سقط على قاعدة عين الأسد بعد ساعة.", "ain-al-asad", new string[0])]
    public void AttacksAnAccusationQualifiesAreTheAccusedsAtEachNewSiteToldAfter(string text, string place, string[] perpetrators) =>
        TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.Single(i => i.PlaceId == place).PerpetratorIds.ShouldBe(perpetrators);
}
