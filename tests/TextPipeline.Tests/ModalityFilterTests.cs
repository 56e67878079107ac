using NewsFacts.TextPipeline.Extraction;

namespace NewsFacts.TextPipeline.Tests;

public class ModalityFilterTests
{
    private static readonly TriggerFinder Finder = new(StageInput.Terms);
    private static readonly ModalityFilter Filter = new(StageInput.Terms);

    private static bool[] Events(string text)
    {
        var tokens = StageInput.Tokens(text);
        return Finder.Find(tokens, 0, tokens.Count).Select(t => Filter.IsEvent(tokens, 0, t)).ToArray();
    }

    [Theory]
    [InlineData("استهدفت طائرة مسيرة قاعدة عين الأسد")]
    [InlineData("رغم التهديدات، استهدف هجوم صاروخي قاعدة حرير")]
    [InlineData("قال مسؤول إن الهجوم وقع ليلا")]
    // A foiled drone attack with no word of its never being launched is a drone shot down.
    [InlineData("أحبطت الدفاعات الجوية هجوما بطائرة مسيرة على مطار أربيل")]
    public void AReportedAttackIsAnEvent(string text) => Events(text).ShouldContain(true);

    [Theory]
    [InlineData("هددت الفصائل بتصعيد الهجمات")]
    [InlineData("قالت الجماعة إنها ستستأنف الهجمات")]
    [InlineData("فإن الهجمات ستستأنف")]
    [InlineData("في حال فشلت المفاوضات فإن الهجوم قادم")]
    [InlineData("البنتاغون يخطط لتوجيه ضربات")]
    [InlineData("نفذت الميليشيات العشرات من الهجمات")]
    [InlineData("وهذا ثاني هجوم على القوات")]
    [InlineData("نرفض أي هجوم على القواعد")]
    [InlineData("لم يقع أي هجوم")]
    public void ThreatsPlansConditionsCountsAndNegationsAreNotEvents(string text) => Events(text).ShouldAllBe(e => !e);

    /// <summary>سـ on any imperfect attack verb, trigger or auxiliary, not only the futures listed one by one.</summary>
    [Theory]
    [InlineData("ستقوم الفصائل باستهداف قاعدة عين الأسد قريبا")]
    [InlineData("وسنواصل استهداف قاعدة حرير حتى خروج المحتل")]
    [InlineData("سيتم قصف مواقع الفصائل في القائم")]
    [InlineData("ستعمل المقاومة على استهداف القواعد")]
    [InlineData("الهجمات ستتواصل على القاعدة")]
    [InlineData("هددت الفصائل التي تدعمها إيران باستهداف قاعدة عين الأسد")]
    public void AFutureVerbMakesTheAttackAPlan(string text)
    {
        var events = Events(text);
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => !e);
    }

    [Theory]
    [InlineData("استهدفت ستة صواريخ قاعدة عين الأسد")]
    [InlineData("سيارة مفخخة انفجرت قرب قاعدة بلد")]
    [InlineData("سنة بعد الانسحاب، استهدف هجوم قاعدة حرير")]
    [InlineData("سيتم الرد على الهجوم الذي استهدف قاعدة التنف")]
    public void WordsThatOnlyLookFutureAndARelativeClauseAfterAFutureStayEvents(string text) => Events(text).ShouldContain(true);

    private static bool[] CountsAttacks(string text)
    {
        var tokens = StageInput.Tokens(text);
        var weapons = new WeaponClassifier(StageInput.Terms).Find(tokens, 0, tokens.Count);
        return Finder.Find(tokens, 0, tokens.Count).Select(t => Filter.CountsAttacks(tokens, 0, tokens.Count, StageInput.Numbers(text), weapons, t)).ToArray();
    }

    [Theory]
    [InlineData("شهدت القاعدة أكثر من مئة هجوم صاروخي")]
    [InlineData("تعرضت القاعدة إلى ثلاث هجمات")]
    [InlineData("نفذت الفصائل 150 هجوما")]
    [InlineData("نفذت الفصائل عددا من الهجمات")]
    public void ANumberOnAnAttackNounCountsAttacks(string text) => CountsAttacks(text).ShouldContain(true);

    [Theory]
    [InlineData("شن الطيران الأمريكي ثلاث غارات على مواقع في البوكمال")]
    [InlineData("نفذت طائرات حربية أربع ضربات جوية على مقرات الفصائل")]
    [InlineData("شنت مقاتلات إسرائيلية 12 غارة على محيط دمشق فجر اليوم")]
    [InlineData("شن الطيران غارتين على القائم")]
    // The verb's subject before it: شن and its strike noun are one trigger.
    [InlineData("قالت مصادر إن الطيران الأمريكي شن غارتين على مواقع في القائم")]
    [InlineData("الطائرات الحربية شنت ثلاث غارات على البوكمال")]
    public void ANumberOnAStrikeNounIsTheSizeOfOneRaid(string text) => CountsAttacks(text).ShouldAllBe(c => !c);

    [Theory]
    [InlineData("نفذ التحالف 30 غارة خلال الأسبوع الماضي على مواقع التنظيم")]
    [InlineData("شن الطيران منذ بداية الشهر ثلاث غارات على البوكمال")]
    [InlineData("شن الطيران على مدى يومين أربع غارات على القائم")]
    public void ANumberOnAStrikeNounOverAPeriodCountsAttacks(string text) => CountsAttacks(text).ShouldContain(true);

    private static bool[] SentenceEvents(string text)
    {
        var tokens = StageInput.Tokens(text);
        var weapons = new WeaponClassifier(StageInput.Terms).Find(tokens, 0, tokens.Count);
        return Filter.Events(tokens, 0, tokens.Count, StageInput.Numbers(text), weapons, Finder.Find(tokens, 0, tokens.Count));
    }

    [Theory]
    [InlineData("تعرضت قاعدة حرير إلى ثلاث هجمات صاروخية")]
    [InlineData("ونفت القيادة تعرض قاعدة بلد لأي هجوم صاروخي")]
    [InlineData("شنت الفصائل عشرات الهجمات الصاروخية")]
    public void TheSupportVerbOfAnAttackNounThatIsNoEventIsNoEvent(string text) => SentenceEvents(text).ShouldAllBe(e => !e);

    [Theory]
    [InlineData("تعرضت قاعدة حرير لهجوم صاروخي")]
    [InlineData("تعرضت قاعدة حرير مساء اليوم لهجوم بطائرة مسيرة")]
    [InlineData("أطلقت الفصائل صواريخ على قاعدة حرير في ثاني هجوم خلال أسبوع")]
    public void ASupportVerbOfARealAttackOrAnotherVerbStaysAnEvent(string text) => SentenceEvents(text).ShouldContain(true);

    [Theory]
    [InlineData("ثلاثة صواريخ استهدفت قاعدة حرير")]
    [InlineData("أعلن مسؤول أن ثلاثة صواريخ استهدفت القاعدة")]
    [InlineData("ثلاث طائرات مسيرة هاجمت القاعدة")]
    [InlineData("صاروخين سقطا داخل القاعدة")]
    [InlineData("استهدفت ثلاثة صواريخ القاعدة")]
    [InlineData("هجوم بثلاث طائرات مسيرة")]
    public void ANumberOnTheWeaponCountsWeaponsNotAttacks(string text) => CountsAttacks(text).ShouldAllBe(c => !c);

    [Theory]
    [InlineData("وقال الجيش إن عدة صواريخ أصابت قاعدة حرير")]
    [InlineData("عشرات القذائف سقطت على المعسكر")]
    [InlineData("بعض الصواريخ سقطت قرب المطار")]
    public void AnAmountOnTheWeaponSizesOneSalvo(string text) => Events(text).ShouldContain(true);

    [Theory]
    [InlineData("عدة هجمات استهدفت قاعدة حرير")]
    [InlineData("أي صواريخ تسقط على القاعدة")]
    [InlineData("تعرضت القاعدة لعشرات الهجمات")]
    public void AnAmountOnTheAttackOrAnyQuantifierOnTheWeaponStaysGeneric(string text) => Events(text).ShouldAllBe(e => !e);
}
