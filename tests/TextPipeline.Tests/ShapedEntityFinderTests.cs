using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class ShapedEntityFinderTests
{
    private static readonly Lexicons Shipped = RepoFiles.Lexicons;
    private static readonly LexiconMatcher Matcher = new(Shipped);
    private static readonly ShapedEntityFinder Finder = new(Shipped);

    private static (IReadOnlyList<ShapedEntity> Bodies, IReadOnlyList<PersonMention> People) Find(string text)
    {
        var key = StageInput.Key(text);
        var tokens = StageInput.Tokens(text);
        return Finder.Find(key, tokens, Matcher.Match(key, tokens), []);
    }

    [Theory]
    [InlineData("أعلنت وزارة الزراعة السورية عن خطة جديدة", "وزارة الزراعة السورية", ActorKind.Government)]
    [InlineData("وقالت هيئة النزاهة الاتحادية في بيان", "هيئة النزاهة الاتحادية", ActorKind.Government)]
    [InlineData("فاز المنتخب الأردني بالمباراة", "المنتخب الأردني", ActorKind.Organization)]
    [InlineData("وقعت شركة نفط الشمال عقدا جديدا", "شركة نفط الشمال", ActorKind.Organization)]
    [InlineData("انسحب نواب ائتلاف الوطنية من الجلسة", "ائتلاف الوطنية", ActorKind.Organization)]
    [InlineData("أصدرت المفوضية العليا لحقوق الإنسان تقريرا", "المفوضية العليا", ActorKind.Government)]
    public void AHeadNounWithItsGenitiveAndAdjectivesIsABody(string text, string name, ActorKind kind)
    {
        var body = Find(text).Bodies.ShouldHaveSingleItem();
        body.Span.Text.ShouldBe(name);
        body.Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("أعلنت الوزارة أنها ستراجع القرار")]
    [InlineData("تأسس حزب سياسي جديد في المدينة")]
    [InlineData("قالت وزارة الصحة الأحد إن")]
    [InlineData("لم ترد أنباء عن وقوع خسائر")]
    [InlineData("وصرح مسؤول لوكالات الأنباء بأن")]
    [InlineData("")]
    public void AHeadAloneOrACommonPhraseIsNoBody(string text)
    {
        var bodies = Find(text).Bodies;
        bodies.ShouldAllBe(b => !b.Span.Text.Contains("الأحد") && !b.Span.Text.Contains("أنباء"));
        if (!text.Contains("الصحة")) bodies.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("وذكرت قناة الغد أن القصف استمر", "قناة الغد")]
    [InlineData("ونقلت صحيفة ذا تايمز عن مصدر", "صحيفة ذا تايمز")]
    [InlineData("بحسب ما أورده موقع نبض نيوز المحلي", "موقع نبض نيوز المحلي")]
    [InlineData("وتابع نبض نيوز الخبر", "نبض نيوز")]
    [InlineData("ذكرت وكالة الأنباء الأردنية أن", "وكالة الأنباء الأردنية")]
    public void OutletsAreFoundByTheirKindOrTheirNewsWord(string text, string name) =>
        Find(text).Bodies.ShouldContain(b => b.Span.Text == name && b.Kind == ActorKind.Media);

    [Theory]
    [InlineData("صحيفة أمريكية تكشف تفاصيل جديدة")]
    [InlineData("وقالت قناة محلية إن")]
    public void AnAdjectiveAfterTheOutletsKindIsNoName(string text) => Find(text).Bodies.ShouldBeEmpty();

    [Fact]
    public void AnAgencyThatIsNotCitedAndNotNewsIsNoOutlet() =>
        Find("تراقب وكالة الطاقة الذرية المنشأة").Bodies.ShouldNotContain(b => b.Kind == ActorKind.Media);

    [Fact]
    public void ALatinAcronymCitedIsAnOutlet() =>
        Find("وأفادت XNA بأن الانفجار وقع ليلا").Bodies.ShouldHaveSingleItem().Span.Text.ShouldBe("XNA");

    [Theory]
    [InlineData("وسجل الهدف الأول سامي يوسف في الدقيقة العاشرة", "سامي يوسف")]
    [InlineData("وقال ماجد الربيعي إن الاتفاق سيوقع قريبا", "ماجد الربيعي")]
    public void TwoGivenNamesOrAGivenNameAfterSpeechAreAPerson(string text, string name) =>
        Find(text).People.ShouldHaveSingleItem().Span.Text.ShouldBe(name);

    [Theory]
    [InlineData("اعتمد ماجد على خبرته")]
    [InlineData("حضر ماجد الاجتماع")]
    [InlineData("وصل محمد على متن الطائرة")]
    public void AGivenNameWithoutASecondPieceOfEvidenceIsNoPerson(string text) => Find(text).People.ShouldBeEmpty();

    [Fact]
    public void IdsAreStableAcrossClitics()
    {
        var plain = Find("أعلنت وزارة الزراعة السورية").Bodies.Single();
        var withClitic = Find("وبحسب بيان لوزارة الزراعة السورية").Bodies.Single();
        withClitic.Id.ShouldBe(plain.Id);
    }

    [Theory]
    [InlineData("أعلن المتحدث باسم وزارة الزراعة السورية سامي حداد أن الموسم جيد", "سامي حداد")]
    [InlineData("وأبلغ حميد زبير مدير الناحية الأهالي بالقرار", "حميد زبير")]
    [InlineData("وسلمت الخارجية السفير الفرنسي لدى بغداد فاتح دوران مذكرة", "فاتح دوران")]
    public void AGivenNameAfterARolesPhraseOrASpeechVerbIsAPerson(string text, string name) =>
        Find(text).People.Select(p => p.Span.Text).ShouldContain(name);

    [Fact]
    public void AGivenNameAfterAFunctionWordNeedsMoreEvidence() => Find("توفي عن عمر يناهز السبعين").People.ShouldBeEmpty();

    [Fact]
    public void AQuotedShortNameAfterAnOutletIsTheOutletToo() =>
        Find("وقالت وكالة الأنباء اللبنانية \"لانا\" إن الطريق أغلق").Bodies.Select(b => b.Span.Text)
            .ShouldBe(["وكالة الأنباء اللبنانية", "لانا"]);

    [Theory]
    [InlineData("بثت شبكة QTV مقابلة مع الوزير", "شبكة QTV")]
    [InlineData("حسب ما نقله موقع الرصد المحلي", "موقع الرصد المحلي")]
    public void AnEverydayOutletNounIsAnOutletWithALatinNameOrCited(string text, string name) =>
        Find(text).Bodies.ShouldContain(b => b.Span.Text == name && b.Kind == ActorKind.Media);

    [Theory]
    [InlineData("تعطلت شبكة الكهرباء في المدينة")]
    [InlineData("وصل المحققون إلى موقع الهجوم")]
    public void AnEverydayOutletNounAloneIsNoOutlet(string text) => Find(text).Bodies.ShouldBeEmpty();

    [Fact]
    public void ALatinAcronymOpeningADatelineIsAnAgency() =>
        Find("XNA - بغداد\nأعلنت السلطات إغلاق الطريق").Bodies.ShouldHaveSingleItem().Span.Text.ShouldBe("XNA");

    [Fact]
    public void ADefiniteHeadAndItsArticleFormGiveOneId() =>
        Find("وقالت الحكومة الانتقالية إن").Bodies.Single().Id.ShouldBe(Find("بيان للحكومة الانتقالية").Bodies.Single().Id);

    [Theory]
    [InlineData("انتشرت قوات النخبة في المدينة", "قوات النخبة")]
    [InlineData("وقالت حكومة العراق إنها ستحقق", "حكومة العراق")]
    public void AConstructHeadOrAHeadThatTakesAPlaceIsABody(string text, string name) =>
        Find(text).Bodies.Select(b => b.Span.Text).ShouldContain(name);

    [Theory]
    [InlineData("انسحبت القوات الأجنبية من المنطقة")]
    [InlineData("التقى قيادة إسرائيل")]
    public void ADefiniteForceOrALeadershipOfAPlaceIsNoBody(string text) => Find(text).Bodies.ShouldBeEmpty();

    /// <summary>Unnamed groups described by a plural head and its adjectives are armed groups; an affiliation word ends them.</summary>
    [Theory]
    [InlineData("وتبنت الفصائل المسلحة الانفصالية الهجوم بطائرات مسيرة", "الفصائل المسلحة الانفصالية")]
    [InlineData("وقصفت الطائرات مواقع الميليشيات المتمردة قرب الحدود", "الميليشيات المتمردة")]
    [InlineData("هددت الفصائل الانفصالية التابعة لتنظيم محلي بالرد", "الفصائل الانفصالية")]
    public void APluralGroupHeadWithAnAdjectiveIsAnArmedGroup(string text, string name)
    {
        var body = Find(text).Bodies.ShouldHaveSingleItem();
        body.Span.Text.ShouldBe(name);
        body.Kind.ShouldBe(ActorKind.ArmedGroup);
    }

    [Theory]
    [InlineData("انسحبت الفصائل من المدينة بعد الاتفاق")]
    [InlineData("دعت الحكومة الفصائل إلى الحوار")]
    public void AGroupHeadAloneIsNoBody(string text) => Find(text).Bodies.ShouldBeEmpty();

    /// <summary>A name in quotes after an indefinite head is its name, whatever its words.</summary>
    [Theory]
    [InlineData("تعاقدت الوزارة مع شركة «دلتا لوجستكس» لنقل المعدات", "شركة «دلتا لوجستكس", ActorKind.Organization)]
    [InlineData("وحصل حزب \"نهوض\" على ثلاثة مقاعد", "حزب \"نهوض", ActorKind.Organization)]
    public void AQuotedNameAfterAHeadIsABody(string text, string name, ActorKind kind)
    {
        var body = Find(text).Bodies.ShouldHaveSingleItem();
        body.Span.Text.ShouldBe(name);
        body.Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("أعلنت شركة نفطية كبرى عن خطة للتوسع")]
    [InlineData("وصف الوزير الشركة بأنها «رائدة» في مجالها")]
    public void AnUnquotedCommonWordAfterAHeadIsNoBody(string text) => Find(text).Bodies.ShouldBeEmpty();

    /// <summary>A kunya with a family name is a person; without it, or as a place, it is not.</summary>
    [Theory]
    [InlineData("وقال أبو حيدر الدراجي إن الفصائل لن تتراجع", "أبو حيدر الدراجي")]
    [InlineData("قتل في الغارة القيادي وأبو جعفر الدراجي مرافقه", "أبو جعفر الدراجي")]
    public void AKunyaWithAFamilyNameIsAPerson(string text, string name) =>
        Find(text).People.ShouldContain(p => p.NameAr == name);

    [Theory]
    [InlineData("نقل المعتقلون إلى سجن أبو غريب غربي بغداد")]
    [InlineData("ظهر أبو حيدر في تسجيل مصور")]
    public void AKunyaWithoutAFamilyNameIsNoPerson(string text) => Find(text).People.ShouldNotContain(p => p.NameAr.StartsWith("أبو"));

    /// <summary>A quoted name after لـ in a speaker's or a source's phrase is the outlet told.</summary>
    [Theory]
    [InlineData("وقال مصدر أمني لـ «الرصد» إن الهجوم لم يوقع إصابات", "الرصد")]
    [InlineData("وأكد القيادي في تصريح لـ“صدى الأحداث” أن الفصائل", "صدى الأحداث")]
    public void AQuotedNameAfterLamInASourcesPhraseIsAnOutlet(string text, string name)
    {
        var body = Find(text).Bodies.ShouldHaveSingleItem();
        body.Span.Text.ShouldBe(name);
        body.Kind.ShouldBe(ActorKind.Media);
    }

    [Fact]
    public void AQuotedWordAfterLamWithoutASourceIsNoOutlet() => Find("أهدى اللاعب الفوز لـ «جماهيره» الوفية").Bodies.ShouldBeEmpty();
}
