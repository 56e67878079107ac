using NewsFacts.TextPipeline.Extraction;

namespace NewsFacts.TextPipeline.Tests;

public class WeaponCounterTests
{
    private static readonly WeaponClassifier Classifier = new(StageInput.Terms);
    private static readonly WeaponCounter Counter = new(StageInput.Terms);

    private static int? Count(string text)
    {
        var tokens = StageInput.Tokens(text);
        var hit = Classifier.Find(tokens, 0, tokens.Count).First(h => !h.Fallback);
        return Counter.Count(tokens, StageInput.Numbers(text), hit);
    }

    [Theory]
    [InlineData("استهدفت طائرتان مسيرتان القاعدة", 2)]
    [InlineData("تصدت لطائرتين مسيرتين", 2)]
    [InlineData("أسقطت طائرتين بدون طيار", 2)]
    [InlineData("سقوط ثلاثة صواريخ كاتيوشا", 3)]
    [InlineData("سقوط 4 صواريخ", 4)]
    [InlineData("هجوم بصاروخ واحد", 1)]
    [InlineData("سقطت قذيفتي هاون", 2)]
    [InlineData("إن قذيفة استهدفت القاعدة", 1)]
    [InlineData("بطائرة مسيرة ملغمة", 1)]
    [InlineData("بسقوط صاروخي كاتيوشا على القاعدة", 2)]
    [InlineData("إن صاروخا سقط", 1)]
    [InlineData("أطلق مجهولون ٤ صواريخ", 4)]
    [InlineData("تصدت لثلاث طائرات مسيرة", 3)]
    [InlineData("استهدف هجوم المعسكر بثمانية عشر صاروخا", 18)]
    [InlineData("سقط خمسة وعشرون صاروخا على القاعدة", 25)]
    [InlineData("أطلقت إحدى عشرة قذيفة هاون", 11)]
    [InlineData("سقوط ثلاث قذائف كاتيوشا", 3)]
    public void CountsTheWeapons(string text, int count) => Count(text).ShouldBe(count);

    /// <summary>
    /// Some of a whole (من أصل، من مجموع) count the whole: the attack had them all. Past the weapon's adjectives too; a
    /// place after "من بين" is no whole, and a count stays its own when no number follows.
    /// </summary>
    [Theory]
    [InlineData("اعتراض صاروخين من أصل ثلاثة صواريخ", 3)]
    [InlineData("أسقطت الدفاعات طائرتين مسيرتين من أصل ثلاث", 3)]
    [InlineData("أسقطت الدفاعات طائرتين مسيرتين انتحاريتين من أصل أربع", 4)]
    [InlineData("أسقطت الدفاعات ثلاث طائرات مسيرة مفخخة من مجموع خمس طائرات", 5)]
    [InlineData("أطلق المسلحون صاروخين من بين المنازل", 2)]
    [InlineData("أطلق المسلحون صاروخين من منطقة زراعية", 2)]
    public void SomeOfAWholeCountTheWhole(string text, int count) => Count(text).ShouldBe(count);

    /// <summary>A number before a weapon that carries ب counts something else (a unit's number); on the count, ب counts.</summary>
    [Theory]
    [InlineData("استهداف مقر اللواء 45 بطائرة مسيرة", 1)]
    [InlineData("قصف مقر الفوج 3 بقذائف الهاون", null)]
    [InlineData("استهداف القاعدة بـ 3 صواريخ", 3)]
    public void ANumberBeforeAnInstrumentIsNotItsCount(string text, int? count) => Count(text).ShouldBe(count);

    /// <summary>A salvo told with what it is made of (مؤلفة من، تضم) takes that count; a salvo alone has none.</summary>
    [Theory]
    [InlineData("سقطت رشقة صاروخية مؤلفة من ستة صواريخ على القاعدة", 6)]
    [InlineData("هجوم بموجة من الطائرات المسيرة تضم خمس طائرات", 5)]
    [InlineData("سقطت رشقة صاروخية على القاعدة", null)]
    [InlineData("سقطت رشقة صاروخية على القاعدة التي تضم خمسة آلاف جندي", null)]
    public void ASalvoTakesTheCountOfWhatItIsMadeOf(string text, int? count) => Count(text).ShouldBe(count);

    /// <summary>The model after "من طراز/نوع" is the weapon word; the noun before it carries the count, the designation after it none.</summary>
    [Theory]
    [InlineData("صاروخين من طراز كاتيوشا", 2)]
    [InlineData("ثلاث قذائف من نوع هاون", 3)]
    [InlineData("صاروخ من نوع غراد", 1)]
    [InlineData("صواريخ من طراز غراد 122", null)]
    [InlineData("قذائف من نوع هاون 120", null)]
    public void CountsTheNounBeforeTheModel(string text, int? count)
    {
        var tokens = StageInput.Tokens(text);
        var model = Classifier.Find(tokens, 0, tokens.Count).Last();
        Counter.Count(tokens, StageInput.Numbers(text), model).ShouldBe(count);
    }

    [Theory]
    [InlineData("هجوم صاروخي على القاعدة")]
    [InlineData("حرب الطائرات المسيرة")]
    [InlineData("سقوط صواريخ قرب المطار")]
    [InlineData("في عام 2020 صواريخ")]
    [InlineData("بعدد من الصواريخ الباليستية")]
    [InlineData("القصف الصاروخي الذي طال القاعدة")]
    public void NoNumberAndNoSingularNounIsUnknown(string text) => Count(text).ShouldBeNull();
}
