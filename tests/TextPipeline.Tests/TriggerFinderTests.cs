using NewsFacts.TextPipeline.Extraction;

namespace NewsFacts.TextPipeline.Tests;

public class TriggerFinderTests
{
    private static readonly TriggerFinder Finder = new(StageInput.Terms);

    private static IReadOnlyList<Trigger> Find(string text)
    {
        var tokens = StageInput.Tokens(text);
        return Finder.Find(tokens, 0, tokens.Count);
    }

    [Theory]
    [InlineData("استهدفت طائرة مسيرة القاعدة")]
    [InlineData("وقع هجوم على القاعدة")]
    [InlineData("تعرضت القاعدة لقصف")]
    [InlineData("بعد انفجار هائل")]
    [InlineData("شنت غارة على الموقع")]
    [InlineData("وأسقطت الدفاعات الجوية صاروخا")]
    public void FindsEventWords(string text) => Find(text).ShouldNotBeEmpty();

    [Theory]
    [InlineData("أسقطت المحكمة التهم عن المتهمين")]
    [InlineData("تعرض الوزير لانتقادات حادة")]
    [InlineData("سقوط أمطار غزيرة في أربيل")]
    [InlineData("أطلق الوزير مبادرة جديدة")]
    public void WeakEventWordsNeedAWeaponInTheSentence(string text) => Find(text).ShouldBeEmpty();

    /// <summary>A drop verb is an event word only with a munition as its object in its clause.</summary>
    [Theory]
    [InlineData("أفادت مصادر أمنية بأن طائرة مسيرة ألقت قنبلتين على موقع للجيش", "ألقت", true)]
    [InlineData("وكانت طائرات مسيرة تلقي متفجرات على مواقع الفصائل", "تلقي", true)]
    [InlineData("ألقت القوات الأمنية القبض على مطلقي الصواريخ", "ألقت", false)]
    [InlineData("ألقى قائد العمليات كلمة عن الطائرات المسيرة، وقذائف الهاون", "ألقى", false)]
    public void ADropVerbNeedsAMunitionAfterIt(string text, string verb, bool isTrigger)
    {
        var tokens = StageInput.Tokens(text);
        var at = StageInput.IndexOf(tokens, verb);
        Finder.Find(tokens, 0, tokens.Count).Any(t => t.Index == at).ShouldBe(isTrigger);
    }

    [Fact]
    public void AdjacentEventWordsAreOneTrigger() => Find("تعرض لهجوم بصاروخ").ShouldHaveSingleItem().Length.ShouldBe(2);

    [Fact]
    public void EmptySentenceHasNoTriggers() => Find("").ShouldBeEmpty();
}
