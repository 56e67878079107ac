using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class PersonExtractorTests
{
    private static readonly LexiconMatcher Matcher = new(TestLexicons.Fixture);
    private static readonly PersonExtractor Extractor = new(TestLexicons.Fixture.PersonTitles, TestLexicons.Fixture.Actors);

    private static IReadOnlyList<PersonMention> Extract(string text)
    {
        var key = StageInput.Key(text);
        var tokens = StageInput.Tokens(text);
        return Extractor.Extract(key, tokens, Matcher.Match(key, tokens));
    }

    [Theory]
    [InlineData("وقال الكولونيل واين ماروتو في تغريدة", "واين ماروتو", "الكولونيل")]
    [InlineData("بحسب ما أعلن اللواء يحيى رسول.", "يحيى رسول", "اللواء")]
    [InlineData("وقال المتحدث باسم وزارة الخارجية ماثيو ميللر في بيان", "ماثيو ميللر", "المتحدث باسم وزارة الخارجية")]
    [InlineData("وأوضح الناطق باسم التحالف الدولي العقيد واين ماروتو", "واين ماروتو", "العقيد")]
    [InlineData("وكان رئيس الوزراء العراقي محمد شياع السوداني قد أكد", "محمد شياع السوداني", "رئيس الوزراء العراقي")]
    [InlineData("وتوعدت تريسي جاكوبسون مرشحة الرئيس الأميركي", "تريسي جاكوبسون", "مرشحة")]
    [InlineData("وصف السكرتير الصحفي للقوات الجوية الأمريكية اللواء باتريك رايدر الهجوم", "باتريك رايدر", "اللواء")]
    // A compound rank (الفريق أول ركن) is the title whole: its second word is no name.
    [InlineData("وقال رئيس الأركان الفريق أول ركن سامي ناصر إن القوات جاهزة", "سامي ناصر", "الفريق أول ركن")]
    [InlineData("وأكد العقيد الركن خالد منصور أن الطريق آمن", "خالد منصور", "العقيد الركن")]
    public void FindsANameAfterATitleOrBeforeARole(string text, string name, string role)
    {
        var person = Extract(text).ShouldHaveSingleItem();
        person.NameAr.ShouldBe(name);
        person.Role.ShouldBe(role);
        text.Substring(person.Span.Start, person.Span.Length).ShouldBe(name);
    }

    [Fact]
    public void IdIsASlugOfTheFoldedName() => Extract("قال العقيد واين ماروتو").Single().Id.ShouldBe("واين-ماروتو");

    [Fact]
    public void APersonTheLexiconKnowsIsNotFoundAgain() => Extract("وقال الرئيس الأميركي جو بايدن إن").ShouldBeEmpty();

    [Theory]
    [InlineData("وصل اللواء الثاني من الجيش إلى الموصل")]
    [InlineData("ويواجه رئيس الوزراء ضغوطا في البرلمان")]
    [InlineData("اجتمع العقيد في مقر القيادة")]
    public void ATitleWithoutANameAfterItFindsNoOne(string text) => Extract(text).ShouldBeEmpty();

    [Fact]
    public void EmptyTextHasNoPeople() => Extract("").ShouldBeEmpty();

    private static readonly LexiconMatcher ShippedMatcher = new(RepoFiles.Lexicons);
    private static readonly PersonExtractor ShippedExtractor = new(RepoFiles.Lexicons.PersonTitles, RepoFiles.Lexicons.Actors);

    private static IReadOnlyList<PersonMention> ExtractShipped(string text)
    {
        var key = StageInput.Key(text);
        var tokens = StageInput.Tokens(text);
        return ShippedExtractor.Extract(key, tokens, ShippedMatcher.Match(key, tokens));
    }

    [Fact]
    public void AShaykhIsATitle() => ExtractShipped("واستقبل الشيخ خالد العبيدي وفدا من العشائر").ShouldHaveSingleItem().NameAr.ShouldBe("خالد العبيدي");

    [Theory]
    [InlineData("تساقطت الثلوج على قمة جبل الشيخ في الجولان")]
    [InlineData("قتل مدنيان في حي الشيخ مقصود في حلب")]
    public void AShaykhInAPlaceNameIsNoPerson(string text) => ExtractShipped(text).ShouldBeEmpty();
}
