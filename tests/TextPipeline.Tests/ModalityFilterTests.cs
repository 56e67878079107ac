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
}
