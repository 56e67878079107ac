using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class ShapedPlaceFinderTests
{
    private static readonly Lexicons Shipped = RepoFiles.Lexicons;
    private static readonly LexiconMatcher Matcher = new(Shipped);
    private static readonly ShapedPlaceFinder Finder = new(Shipped);

    private static IReadOnlyList<ShapedPlace> Find(string text)
    {
        var key = StageInput.Key(text);
        var tokens = StageInput.Tokens(text);
        return Finder.Find(key, tokens, Matcher.Match(key, tokens));
    }

    /// <summary>A noun of a kind of place and the proper name after it, in several outlets' phrasings.</summary>
    [Theory]
    [InlineData("قصفت طائرة مسيرة تركية سيارة في قرية كشان التابعة لقضاء العمادية", "قرية كشان", PlacePrecision.Village)]
    [InlineData("وأفاد مصدر محلي بسقوط قذيفتين قرب ناحية سرسنك شمالي دهوك", "ناحية سرسنك", PlacePrecision.District)]
    [InlineData("انفجرت عبوة ناسفة على رتل للدعم اللوجستي قرب منفذ صفوان جنوبي البصرة", "منفذ صفوان", PlacePrecision.BorderCrossing)]
    [InlineData("شنت طائرات مجهولة غارات على مواقع في منطقة الهري قرب الحدود", "منطقة الهري", PlacePrecision.Area)]
    [InlineData("تصاعد الدخان من حقل الأحدب الجنوبي بعد الانفجار", "حقل الأحدب الجنوبي", PlacePrecision.Field)]
    [InlineData("استهدفت مسيرة موقعا قرب قلعة «جعبر» على ضفة البحيرة", "قلعة «جعبر", PlacePrecision.Site)]
    [InlineData("تعمل إثيوبيا على ملء سد النهضة للمرة الرابعة", "سد النهضة", PlacePrecision.Dam)]
    [InlineData("رصدت الدوريات زوارق صيد في بحر قزوين", "بحر قزوين", PlacePrecision.Sea)]
    [InlineData("نزح الأهالي من قرية تل الذهب بعد القصف", "قرية تل الذهب", PlacePrecision.Village)]
    [InlineData("وسقط صاروخ في حي الأندلس وسط المدينة", "حي الأندلس", PlacePrecision.Neighbourhood)]
    [InlineData("انفجرت عبوة ناسفة على دورية في قرية البو عيثة جنوب بغداد", "قرية البو عيثة", PlacePrecision.Village)]
    public void AKindNounAndAProperNameIsAPlaceOfThatKind(string text, string span, PlacePrecision precision)
    {
        var place = Find(text).ShouldHaveSingleItem();
        place.Span.Text.ShouldBe(span);
        place.Kind.Precision.ShouldBe(precision);
    }

    /// <summary>Common phrases after the same nouns: adjectives, common genitives, clauses, time words, a definite noun.</summary>
    [Theory]
    [InlineData("أعلن الجيش المنطقة الشرقية منطقة عسكرية مغلقة")]
    [InlineData("ارتفع إنتاج حقل النفط إلى مستويات قياسية")]
    [InlineData("تحولت البلدة إلى منطقة عمليات مفتوحة")]
    [InlineData("عاد النازحون إلى قرية صغيرة على أطراف المدينة")]
    [InlineData("أقيم معبر حدودي جديد لتسهيل التجارة")]
    [InlineData("وقعت الاشتباكات في منطقة يسيطر عليها المسلحون")]
    [InlineData("تقع القاعدة في منطقة تبعد 20 كيلومترا عن الحدود")]
    [InlineData("صدرت التعليمات في بحر الأسبوع الماضي")]
    [InlineData("تسعى الحكومة إلى سد الفراغ الأمني في المحافظة")]
    [InlineData("وأدى ارتفاع الأسعار إلى احتجاجات واسعة")]
    [InlineData("نقل المصابون إلى منطقة أخرى")]
    [InlineData("قصفت الطائرات حقل ألغام زرعه التنظيم")]
    [InlineData("وتسكن عشيرة البو محمد قرب النهر")]
    [InlineData("")]
    public void ACommonPhraseAfterAKindNounIsNoPlace(string text) => Find(text).ShouldBeEmpty();

    [Fact]
    public void APlaceTheLexiconKnowsIsNotFoundAgain() => Find("سقطت قذائف قرب قاعدة حرير وحقل العمر النفطي").ShouldBeEmpty();

    [Fact]
    public void TheCountryIsThatOfALexiconPlaceBesideIt()
    {
        Find("قصفت مسيرة سيارة في ناحية سرسنك شمالي دهوك").ShouldHaveSingleItem().Country.ShouldBe("Iraq");
        Find("أصيب مدنيون في قرية الهري جنوب إدلب").ShouldHaveSingleItem().Country.ShouldBe("Syria");
        Find("نزح الأهالي من قرية تل الذهب بعد القصف").ShouldHaveSingleItem().Country.ShouldBeNull();
    }

    [Fact]
    public void ASeaHasNoCountry() => Find("أطلق صاروخ على سفينة في بحر قزوين قرب طهران").ShouldHaveSingleItem().Country.ShouldBeNull();

    [Fact]
    public void TheIdAndNameLeaveOutCliticsAndQuotes()
    {
        var place = Find("وفي منطقة «الهري» سقطت قذيفة").ShouldHaveSingleItem();
        place.Id.ShouldBe("منطقه-الهري");
        place.NameAr.ShouldBe("منطقة الهري");
        place.ProperName.ShouldBe("الهري");
    }

    [Fact]
    public void TwoPlacesJoinedByWawAreBothFound() =>
        Find("قصفت طائرة قرية كشان وناحية سرسنك").Select(p => p.Id).ShouldBe(Find("قصفت طائرة قرية كشان وناحية سرسنك").Select(p => p.Id));
}
