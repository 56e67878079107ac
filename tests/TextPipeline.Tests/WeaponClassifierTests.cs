using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class WeaponClassifierTests
{
    private static readonly TriggerFinder Finder = new(StageInput.Terms);
    private static readonly WeaponClassifier Classifier = new(StageInput.Terms);

    /// <summary>The weapon type of each trigger of the sentence, Other when none.</summary>
    private static IncidentType[] Types(string text)
    {
        var tokens = StageInput.Tokens(text);
        var triggers = Finder.Find(tokens, 0, tokens.Count);
        var hits = Classifier.Find(tokens, 0, tokens.Count);
        return triggers.Select(t => WeaponClassifier.Classify(hits, triggers, t, tokens)?.Type ?? IncidentType.Other).ToArray();
    }

    [Theory]
    [InlineData("استهدفت طائرة مسيرة مفخخة القاعدة", IncidentType.Drone)]
    [InlineData("استهدفت مسيّرات القاعدة", IncidentType.Drone)]
    [InlineData("هجوم بطائرة بدون طيار", IncidentType.Drone)]
    [InlineData("سقوط ثلاثة صواريخ كاتيوشا", IncidentType.Rocket)]
    [InlineData("هجوم بصاروخ باليستي", IncidentType.Missile)]
    [InlineData("هجوم بصاروخين مضادين للسفن", IncidentType.Missile)]
    [InlineData("استهداف السفينة بصاروخ بحري", IncidentType.Missile)]
    [InlineData("هجوم بصواريخ مجنحة", IncidentType.Missile)]
    [InlineData("سقطت قذائف هاون", IncidentType.Shelling)]
    [InlineData("انفجار عبوة ناسفة", IncidentType.Ied)]
    [InlineData("غارة جوية على الموقع", IncidentType.Airstrike)]
    [InlineData("انفجار هائل في المستودع", IncidentType.Explosion)]
    [InlineData("وقع هجوم على الموقع", IncidentType.Other)]
    [InlineData("سقوط ثلاث قذائف كاتيوشا", IncidentType.Rocket)]
    [InlineData("سقطت قذائف صاروخية", IncidentType.Rocket)]
    [InlineData("سقطت قذائف الهاون", IncidentType.Shelling)]
    public void TypesTheTriggerByItsWeapon(string text, IncidentType type) => Types(text)[0].ShouldBe(type);

    /// <summary>
    /// Two attacks told in one sentence, each with its weapon after it: the second takes its own, not the first's that
    /// stands nearer before it across the comma. With no weapon of its own, the nearest one is still read.
    /// </summary>
    [Theory]
    [InlineData("استهدفت الفصائل قاعدة عين الأسد بثلاثة صواريخ، كما استهدفت قاعدة حرير بطائرة مسيرة", IncidentType.Rocket, IncidentType.Drone)]
    [InlineData("قصف المسلحون حقل العمر بقذائف الهاون، وهاجموا حقل كونيكو بطائرتين مسيرتين", IncidentType.Shelling, IncidentType.Drone)]
    [InlineData("أطلقت الفصائل صاروخين، استهدفا قاعدة حرير", IncidentType.Rocket, IncidentType.Rocket)]
    public void EachAttackTakesTheWeaponAfterIt(string text, IncidentType first, IncidentType second) =>
        Types(text).ShouldBe([first, second]);

    /// <summary>
    /// An air attack (هجوم جوي، عدوان جوي) is an air strike when no weapon is named; a named drone is the weapon of it
    /// (drones fly too), rockets right after it or after aircraft are their munitions.
    /// </summary>
    [Theory]
    [InlineData("تعرضت القاعدة لهجوم جوي", IncidentType.Airstrike)]
    [InlineData("نفذ العدو عدوانا جويا على مواقع في ريف حمص", IncidentType.Airstrike)]
    [InlineData("تعرضت القاعدة لهجوم جوي بطائرات مسيرة", IncidentType.Drone)]
    [InlineData("تعرض المطار لهجوم جوي بطائرتين مسيرتين مفخختين", IncidentType.Drone)]
    [InlineData("نفذ العدو عدوانا جويا برشقات من الصواريخ على المطار", IncidentType.Airstrike)]
    [InlineData("أطلقت مروحية صواريخ على موقع للفصائل", IncidentType.Airstrike)]
    [InlineData("تعرضت القاعدة لهجوم بثلاثة صواريخ", IncidentType.Rocket)]
    [InlineData("سقطت صواريخ على المطار بعد ساعة من غارة جوية على الحدود", IncidentType.Rocket)]
    // Rockets met in a later clause are the munitions of the air attack its trigger's clause tells, and only of one.
    [InlineData("نفذ العدو عدوانا جويا مستهدفا مواقع في ريف درعا، وتصدت الدفاعات للصواريخ المعادية", IncidentType.Airstrike)]
    [InlineData("تعرضت القاعدة لهجوم، وسقطت ثلاثة صواريخ قربها", IncidentType.Rocket)]
    public void AnAirAttackIsAnAirStrikeUnlessItsWeaponIsNamed(string text, IncidentType type) =>
        Types(text).First(t => t != IncidentType.Other).ShouldBe(type);

    [Fact]
    public void AnotherAttackNounBetweenKeepsTheWeapon() =>
        Types("أتى الهجوم على القاعدة بعد هجوم صاروخي آخر").ShouldBe([IncidentType.Other, IncidentType.Rocket]);

    [Fact]
    public void AVerbBetweenDoesNotKeepTheWeapon() =>
        Types("إن الصواريخ التي أطلقت من العراق سقطت قرب القاعدة").ShouldBe([IncidentType.Rocket, IncidentType.Rocket]);

    [Fact]
    public void ADistributiveWordGivesTheWeaponToEveryAttack() =>
        Types("الهجوم على القاعدة والهجوم على المطار وكلها باستخدام الطائرات المسيرة").ShouldBe([IncidentType.Drone, IncidentType.Drone]);
}
