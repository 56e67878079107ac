using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class NumberReaderTests
{
    private static IReadOnlyList<NumberMention> Find(string display) => NumberReader.Find(ArabicNormalizer.ToMatchKey(display));

    private static NumberMention Single(string display) => Find(display).ShouldHaveSingleItem();

    [Theory]
    [InlineData("خمسة", 5)]
    [InlineData("اثنين", 2)]
    [InlineData("اثنتان", 2)]
    [InlineData("واحدة", 1)]
    [InlineData("ثماني", 8)]
    [InlineData("ثمان", 8)]
    [InlineData("عشر", 10)]
    [InlineData("أحد عشر", 11)]
    [InlineData("إحدى عشرة", 11)]
    [InlineData("اثنا عشر", 12)]
    [InlineData("اثني عشر", 12)]
    [InlineData("ثلاثة عشر", 13)]
    [InlineData("تسع عشرة", 19)]
    [InlineData("عشرون", 20)]
    [InlineData("تسعين", 90)]
    [InlineData("خمسة وعشرون", 25)]
    [InlineData("ثلاثة وعشرين", 23)]
    [InlineData("مئة", 100)]
    [InlineData("مائة", 100)]
    [InlineData("مئتان", 200)]
    [InlineData("مئتي", 200)]
    [InlineData("مائتين", 200)]
    [InlineData("ثلاثمئة", 300)]
    [InlineData("ثلاثمائة", 300)]
    [InlineData("ثلاث مئة", 300)]
    [InlineData("ثمانمائة", 800)]
    [InlineData("مئة وخمسون", 150)]
    [InlineData("ألف", 1000)]
    [InlineData("ألفين", 2000)]
    [InlineData("ثلاثة آلاف", 3000)]
    [InlineData("ألف وخمسمئة", 1500)]
    [InlineData("عشرون ألفا", 20000)]
    [InlineData("مئة ألف", 100000)]
    [InlineData("2500", 2500)]
    [InlineData("٢٥٠٠", 2500)]
    [InlineData("2,500", 2500)]
    [InlineData("٢٬٥٠٠", 2500)]
    [InlineData("10 آلاف", 10000)]
    [InlineData("وخمسة", 5)]
    [InlineData("بثلاثة", 3)]
    [InlineData("طائرتين", 2)]
    public void ValuesPhrase(string display, int expected) => NumberReader.Value(ArabicNormalizer.Fold(display)).ShouldBe(expected);

    [Theory]
    [InlineData("بين")]
    [InlineData("العشرات")]
    [InlineData("خمسة ستة")]
    [InlineData("الاثنين")]
    [InlineData("أحد")]
    [InlineData("2.5")]
    [InlineData("")]
    public void DoesNotValueNonNumbers(string display) => NumberReader.Value(ArabicNormalizer.Fold(display)).ShouldBeNull();

    [Theory]
    [InlineData("ما أدى إلى إصابة خمسة على الأقل من أفراد الخدمة", "خمسة", 5)]
    [InlineData("وإصابة ثمانية أشخاص آخرين على الأقل", "ثمانية", 8)]
    [InlineData("الضربة تسببت بمقتل أربعة أعضاء من قوات الحشد الشعبي", "أربعة", 4)]
    [InlineData("ويتواجد في العراق نحو 2500 عسكري في إطار مكافحة داعش", "2500", 2500)]
    [InlineData("وتحتفظ الولايات المتحدة بنحو ٢٥٠٠ جندي في العراق", "٢٥٠٠", 2500)]
    [InlineData("تعرض لهجوم بصاروخ واحد دون أن يتسبب في وقوع إصابات", "واحد", 1)]
    [InlineData("وسقط صاروخ واحد قرب القاعدة", "واحد", 1)]
    [InlineData("أصيب خمسة وعشرون جنديا", "خمسة وعشرون", 25)]
    [InlineData("أطلقت الفصائل ثلاثة وعشرين صاروخا", "ثلاثة وعشرين", 23)]
    [InlineData("نشر مئتي عنصر", "مئتي", 200)]
    [InlineData("إصابة خمسة أمريكيين واثنين من المتعاقدين", "واثنين", 2)]
    [InlineData("قتل أحد عشر مسلحا", "أحد عشر", 11)]
    [InlineData("قتل الجنود الثلاثة", "الثلاثة", 3)]
    public void FindsCountInSentence(string sentence, string text, int value)
    {
        var found = Find(sentence).Where(m => m.IsCount && m.Span.Text == text).ShouldHaveSingleItem();
        found.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("قاعدة عين الأسد تتعرض لهجوم بطائرتين مسيرتين", "بطائرتين مسيرتين")]
    [InlineData("استهدفت طائرتان مسيرتان ملغومتان القاعدة", "طائرتان مسيرتان ملغومتان")]
    [InlineData("سقطت قذيفتين قرب السفارة", "قذيفتين")]
    [InlineData("أطلق صاروخين على القاعدة", "صاروخين")]
    [InlineData("سقط صاروخان في محيط المطار", "صاروخان")]
    [InlineData("أصيب جنديين في الهجوم", "جنديين")]
    [InlineData("وأضاف المصدران أنه لم يصب أحد", "المصدران")]
    [InlineData("أسقطت طائرتين مسيرتين اثنتين", "طائرتين مسيرتين اثنتين")]
    [InlineData("قال مسؤولان أمنيان عراقيان إن الهجوم", "مسؤولان أمنيان عراقيان")]
    public void DualNounCountsTwo(string sentence, string text)
    {
        var found = Find(sentence).ShouldHaveSingleItem();
        found.Kind.ShouldBe(NumberKind.Dual);
        found.Value.ShouldBe(2);
        found.Span.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("طائرتين")]
    [InlineData("طائرتان")]
    [InlineData("مسيرتين")]
    [InlineData("صاروخين")]
    [InlineData("جنديين")]
    [InlineData("الصاروخين")]
    [InlineData("ساعتين")]
    [InlineData("يومين")]
    [InlineData("عراقيان")]
    public void IsDualAcceptsDuals(string word) => NumberReader.IsDual(ArabicNormalizer.Fold(word)).ShouldBeTrue();

    [Theory]
    [InlineData("بين")]
    [InlineData("حين")]
    [InlineData("إيران")]
    [InlineData("لبنان")]
    [InlineData("عمان")]
    [InlineData("سكان")]
    [InlineData("مكان")]
    [InlineData("بيان")]
    [InlineData("الآن")]
    [InlineData("فلسطين")]
    [InlineData("اليمين")]
    [InlineData("المسلحين")]
    [InlineData("مسلحين")]
    [InlineData("الأمريكيين")]
    [InlineData("العراقيين")]
    [InlineData("المتعاقدين")]
    [InlineData("بوتين")]
    [InlineData("ستين")]
    [InlineData("اثنتين")]
    [InlineData("باكستان")]
    [InlineData("كردستان")]
    [InlineData("الكيان")]
    [InlineData("الطيران")]
    [InlineData("نيسان")]
    public void IsDualRejectsLookAlikes(string word) => NumberReader.IsDual(ArabicNormalizer.Fold(word)).ShouldBeFalse();

    [Fact]
    public void MasculineDualNeedsGivenStem()
    {
        var stems = new HashSet<string> { "مسلح" };
        NumberReader.IsDual("مسلحين", stems).ShouldBeTrue();
        NumberReader.IsDual("مسلحين").ShouldBeFalse();
    }

    [Theory]
    [InlineData("شنت الميليشيات العشرات من الهجمات على القواعد", "العشرات", 10)]
    [InlineData("اختيار مئات المقاتلين من بين صفوف الميليشيات", "مئات", 100)]
    [InlineData("نشر آلاف الجنود", "آلاف", 1000)]
    [InlineData("استهدفت عدد من الصواريخ القاعدة", "عدد من", 3)]
    [InlineData("أكدت عدة مصادر عراقية", "عدة", 3)]
    [InlineData("على مدى عشرات السنين", "عشرات", 10)]
    public void VagueQuantityIsNotACount(string sentence, string text, int magnitude)
    {
        var found = Find(sentence).ShouldHaveSingleItem();
        found.Kind.ShouldBe(NumberKind.Vague);
        found.IsCount.ShouldBeFalse();
        found.Span.Text.ShouldBe(text);
        found.Value.ShouldBe(magnitude);
    }

    [Theory]
    [InlineData("الذي تشكل عام 2014 للمساعدة في القتال", 2014)]
    [InlineData("أنشئ في العام 2021 وأعلنت بغداد", 2021)]
    [InlineData("سافروا إلى لبنان على مدار عدة أشهر في 2020 ، حيث تولى", 2020)]
    [InlineData("منذ ٢٠٠٣ والقوات في العراق", 2003)]
    [InlineData("بدأت المحادثات في 3 كانون الثاني 2024", 2024)]
    [InlineData("استهدفت القاعدة في 21 مايو 2023", 2023)]
    public void YearAfterYearWordIsMarkedYear(string sentence, int year)
    {
        var found = Find(sentence).Single(m => m.Kind is NumberKind.Year or NumberKind.Digits && m.Value >= 1000);
        found.Kind.ShouldBe(NumberKind.Year);
        found.Value.ShouldBe(year);
        found.IsCount.ShouldBeFalse();
    }

    [Fact]
    public void TroopFigureIsNotAYear() => Single("نحو 2000 عسكري").Kind.ShouldBe(NumberKind.Digits);

    [Theory]
    [InlineData("وقع الهجوم يوم الاثنين")]
    [InlineData("مقتل أحد أعضاء الفصيل")]
    [InlineData("لست متأكدا من ذلك")]
    [InlineData("الخميس والسبت والأربعاء")]
    [InlineData("قوات من التحالف الدولي في الشرق الأوسط")]
    [InlineData("")]
    public void FindsNothingInTextWithoutNumbers(string sentence) => Find(sentence).ShouldBeEmpty();

    [Fact]
    public void SpanPointsIntoDisplayText()
    {
        const string text = "أُطلِقَت خمسةُ صواريخ";
        var found = Single(text);
        text.Substring(found.Span.Start, found.Span.Length).ShouldBe(found.Span.Text);
        found.Span.Text.ShouldStartWith("خمس");
    }
}

/// <summary>The hand-written tokenizer must cut exactly where the token regex does.</summary>
public class NumberTokenizerTests
{
    [Theory]
    [InlineData("أطلقت 3 طائرات مسيرة و2.5 صاروخ")]
    [InlineData("1,234,567 و1,234,5678 و12,345 و1234,567")]
    [InlineData("٢٬٥٠٠ عسكري و٣٫٥ و2,500.")]
    [InlineData("10 آلاف، 2024م، ٢٠٢٤ و1,23 و,123 و123,")]
    [InlineData("abc123def ٤٥٦")]
    [InlineData("")]
    public void Cuts_like_the_token_regex(string text)
    {
        var key = NewsFacts.TextPipeline.Normalization.ArabicNormalizer.ToMatchKey(text).Key;
        NumberReader.ScannedTokens(key).ToList().ShouldBe(NumberReader.RegexTokens(key).ToList());
        NumberReader.ScannedTokens(text).ToList().ShouldBe(NumberReader.RegexTokens(text).ToList());
    }

    [Theory]
    [MemberData(nameof(RepoFiles.SeedIds), MemberType = typeof(RepoFiles))]
    public void Cuts_the_seed_articles_like_the_token_regex(string sample)
    {
        var key = NewsFacts.TextPipeline.Normalization.ArabicNormalizer.ToMatchKey(RepoFiles.Sample(sample)).Key;
        NumberReader.ScannedTokens(key).ToList().ShouldBe(NumberReader.RegexTokens(key).ToList());
    }
}
